-- Changeset precondition-unknown-attribute.sql::one::alice

CREATE TABLE e_pc (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'precondition-unknown-attribute.sql', NOW(), 1, '9:4e9981c9174553d7ba7027058c374dd3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

