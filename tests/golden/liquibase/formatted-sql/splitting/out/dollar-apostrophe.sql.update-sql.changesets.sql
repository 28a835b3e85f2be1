-- Changeset dollar-apostrophe.sql::dollar-apostrophe::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, $$it's$$);
INSERT INTO s VALUES (2, 'b');
INSERT INTO s VALUES (3, 'c');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dollar-apostrophe', 'split', 'dollar-apostrophe.sql', NOW(), 1, '9:ca364c8d0c0a1cdc0efa90e97a7bdabe', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

