--liquibase formatted sql

--changeset split:split-false-plain splitStatements:false
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a');
GO
INSERT INTO s VALUES (2, 'b')
/
INSERT INTO s VALUES (3, 'c');
