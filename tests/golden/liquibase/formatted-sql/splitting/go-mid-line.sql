--liquibase formatted sql

--changeset split:go-mid-line
CREATE TABLE s (n int, go text); INSERT INTO s (n, go) VALUES (1, 'a') ;
INSERT INTO s VALUES (2, 'b') GO
INSERT INTO s VALUES (3, 'c')
GO;
