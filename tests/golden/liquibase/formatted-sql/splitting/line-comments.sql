--liquibase formatted sql

--changeset split:line-comments
CREATE TABLE s (n int, v text); -- a comment; with a semicolon
INSERT INTO s VALUES (1, 'a'); -- it's an apostrophe
-- a whole line; of comment
INSERT INTO s VALUES (2, 'b--not a comment;');
