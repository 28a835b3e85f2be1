--liquibase formatted sql

--changeset split:single-quotes
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a;b'); INSERT INTO s VALUES (2, 'it''s; fine');
INSERT INTO s VALUES (3, 'two
lines; in a string');
