-- Changeset transaction-begin-commit.yaml::transaction-begin-commit::split

CREATE TABLE s (n int, v text);

BEGIN;
INSERT INTO s VALUES (1, 'a');
COMMIT;
INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('transaction-begin-commit', 'split', 'transaction-begin-commit.yaml', NOW(), 1, '9:3e2ed5df2c6d0fa9c4bf75c310a40653', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

