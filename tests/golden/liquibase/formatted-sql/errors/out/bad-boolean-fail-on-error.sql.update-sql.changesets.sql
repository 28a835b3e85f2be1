-- Changeset bad-boolean-fail-on-error.sql::one::alice

CREATE TABLE e_bad_bool_foe (id int);

SELECT * FROM no_such_table;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'bad-boolean-fail-on-error.sql', NOW(), 1, '9:a7d7dbf9d460d2f211ff7614eb30ad35', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

