--liquibase formatted sql

--changeset split:slash-last-no-semicolon
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a')
/
