-- Changeset empty-statements.sql::empty-statements::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('empty-statements', 'split', 'empty-statements.sql', NOW(), 1, '9:cf8805c95700aa740f5514f452dfc9ed', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

