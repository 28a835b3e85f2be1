--liquibase formatted sql

--changeset split:go-default
CREATE TABLE s (n int, v text)
GO
INSERT INTO s VALUES (1, 'a')
go
INSERT INTO s VALUES (2, 'b');
