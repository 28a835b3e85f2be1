--liquibase formatted sql

--changeset split:go-at-line-start
CREATE TABLE s (n int,
go int);
INSERT INTO s VALUES (1, 2);
