-- Changeset strip-comments-true.sql::strip-comments-true::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b--not a comment;');

INSERT INTO s VALUES (3, '/* kept; */');

INSERT INTO s  VALUES (4, 'd');

INSERT INTO s VALUES (5, 'e');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('strip-comments-true', 'split', 'strip-comments-true.sql', NOW(), 1, '9:9062d442526c756915f3f22f78bfc319', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

