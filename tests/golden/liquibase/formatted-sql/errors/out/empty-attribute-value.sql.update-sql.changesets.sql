-- Changeset empty-attribute-value.sql::one::alice

CREATE TABLE e_empty_value (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'empty-attribute-value.sql', NOW(), 1, '9:d8c7078754df09c88c0cfe078f00ec09', 'sql', '', 'EXECUTED', 'prod', NULL, '4.28.0', '<DEPLOYMENT_ID>');

