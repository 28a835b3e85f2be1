-- Changeset header-after-blank-line.sql::one::alice

CREATE TABLE e_header_blank (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'header-after-blank-line.sql', NOW(), 1, '9:4ade306b944c8d90b9fefad12c2746f1', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

