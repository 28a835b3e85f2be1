-- Changeset sql-before-first-changeset.sql::one::alice

CREATE TABLE e_after (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'sql-before-first-changeset.sql', NOW(), 1, '9:fd2fbaf5a8502d5b95c30f93110ffde0', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

