-- Changeset precondition-after-sql.sql::one::alice

CREATE TABLE e_pc (id int);

CREATE TABLE e_pc_two (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'precondition-after-sql.sql', NOW(), 1, '9:575e4b7bdd33959295e15c3b9572b13e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

