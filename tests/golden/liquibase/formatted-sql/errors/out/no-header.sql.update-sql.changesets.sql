-- Changeset no-header.sql::raw::includeAll

-- a plain SQL file: no formatted SQL header
CREATE TABLE e_plain (id int);
INSERT INTO e_plain VALUES (1); INSERT INTO e_plain VALUES (2);

--changeset alice:ignored-without-header
CREATE TABLE e_plain_two (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'no-header.sql', NOW(), 1, '9:0f9981cda2f97f8e2e3a4cd460a58e12', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

