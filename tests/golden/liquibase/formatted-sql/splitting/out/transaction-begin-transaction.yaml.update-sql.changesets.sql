-- Changeset transaction-begin-transaction.yaml::transaction-begin-transaction::split

CREATE TABLE s (n int, v text);

BEGIN TRANSACTION;

INSERT INTO s VALUES (1, 'a');

COMMIT;

INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('transaction-begin-transaction', 'split', 'transaction-begin-transaction.yaml', NOW(), 1, '9:698fee0bfe8251cf3950e5fb9a6437e1', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

