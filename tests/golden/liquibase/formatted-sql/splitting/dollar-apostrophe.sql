--liquibase formatted sql

--changeset split:dollar-apostrophe
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, $$it's$$);
INSERT INTO s VALUES (2, 'b');
INSERT INTO s VALUES (3, 'c');
