--liquibase formatted sql

--changeset split:strip-comments-false stripComments:false
CREATE TABLE s (n int, v text); -- trailing; comment
-- a whole line; of comment
/* block; comment */ INSERT INTO s VALUES (1, 'a');
INSERT INTO s VALUES (2, 'b--not a comment;'); INSERT INTO s VALUES (3, '/* kept; */');
INSERT INTO s /* inline */ VALUES (4, 'd');
/* multi-line
   comment; here */
INSERT INTO s VALUES (5, 'e') -- no semicolon, then a comment
