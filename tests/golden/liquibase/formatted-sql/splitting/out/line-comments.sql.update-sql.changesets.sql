-- Changeset line-comments.sql::line-comments::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b--not a comment;');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('line-comments', 'split', 'line-comments.sql', NOW(), 1, '9:f9e9d0258a259a5781423a92cc99b84c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

