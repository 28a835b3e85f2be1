--liquibase formatted sql

--changeset split:slash-default
CREATE TABLE s (n int, v text)
/
INSERT INTO s VALUES (1, 'a'); INSERT INTO s VALUES (2, 'b')
/
INSERT INTO s VALUES (3, 'c');
