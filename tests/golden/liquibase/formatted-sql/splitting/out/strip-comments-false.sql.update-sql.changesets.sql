-- Changeset strip-comments-false.sql::strip-comments-false::split

CREATE TABLE s (n int, v text);

-- trailing; comment
-- a whole line; of comment
/* block; comment */ INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b--not a comment;');

INSERT INTO s VALUES (3, '/* kept; */');

INSERT INTO s /* inline */ VALUES (4, 'd');

/* multi-line
   comment; here */
INSERT INTO s VALUES (5, 'e') -- no semicolon, then a comment;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('strip-comments-false', 'split', 'strip-comments-false.sql', NOW(), 1, '9:9062d442526c756915f3f22f78bfc319', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

