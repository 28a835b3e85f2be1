--liquibase formatted sql

--changeset split:e-strings
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, E'a\'b;c'); INSERT INTO s VALUES (2, E'tab\there;');
INSERT INTO s VALUES (3, E'back\\slash;');
