-- Changeset block-comments.yaml::block-comments::split

/* leading; comment */ CREATE TABLE s (n int, v text);

INSERT INTO s /* it's; inline */ VALUES (1, 'a');

/* multi-line
   comment; here */
INSERT INTO s VALUES (2, '/* not; a comment */');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block-comments', 'split', 'block-comments.yaml', NOW(), 1, '9:f5e04cb2e95c849f20e9cd284027aaf3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

