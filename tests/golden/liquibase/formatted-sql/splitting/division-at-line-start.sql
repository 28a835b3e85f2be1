--liquibase formatted sql

--changeset split:division-at-line-start
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (10
/ 2, 'a');
