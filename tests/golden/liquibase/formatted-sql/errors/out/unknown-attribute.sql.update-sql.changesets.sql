-- Changeset unknown-attribute.sql::one::alice

CREATE TABLE e_unknown_attr (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'unknown-attribute.sql', NOW(), 1, '9:fec0beac9393d2b960cbf2c214e5dd84', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

