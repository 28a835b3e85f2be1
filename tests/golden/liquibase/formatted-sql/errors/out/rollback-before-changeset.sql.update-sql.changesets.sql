-- Changeset rollback-before-changeset.sql::one::alice

CREATE TABLE e_rb_first (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'rollback-before-changeset.sql', NOW(), 1, '9:2b87e7c5a87e610ced1b39af0d901c57', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

