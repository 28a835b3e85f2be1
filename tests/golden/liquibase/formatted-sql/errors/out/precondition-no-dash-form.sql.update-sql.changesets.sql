-- Changeset precondition-no-dash-form.sql::one::alice

CREATE TABLE e_pc (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'precondition-no-dash-form.sql', NOW(), 1, '9:8a029bccedd7865b99eff89f224ef12c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

