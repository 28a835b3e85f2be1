-- Changeset rollback-bare.sql::one::alice

CREATE TABLE e_rb_bare (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'rollback-bare.sql', NOW(), 1, '9:fb8e2980775437bd2809a18195e8a16f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

