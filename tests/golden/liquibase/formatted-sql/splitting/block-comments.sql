--liquibase formatted sql

--changeset split:block-comments
/* leading; comment */ CREATE TABLE s (n int, v text);
INSERT INTO s /* it's; inline */ VALUES (1, 'a');
/* multi-line
   comment; here */
INSERT INTO s VALUES (2, '/* not; a comment */');
