--liquibase formatted sql

--changeset split:backslash-in-standard-string
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'C:\');
INSERT INTO s VALUES (2, 'x;y');
