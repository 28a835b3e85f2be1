-- Changeset block-comments.sql::block-comments::split

CREATE TABLE s (n int, v text);

INSERT INTO s  VALUES (1, 'a');

INSERT INTO s VALUES (2, '/* not; a comment */');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block-comments', 'split', 'block-comments.sql', NOW(), 1, '9:f5e04cb2e95c849f20e9cd284027aaf3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

