-- Changeset include-no-header.yaml::before::alice

CREATE TABLE e_inc_before (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('before', 'alice', 'include-no-header.yaml', NOW(), 1, '9:e10a2c5c0e40824e20e40981a11fb561', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset no-header.sql::raw::includeAll

-- a plain SQL file: no formatted SQL header
CREATE TABLE e_plain (id int);
INSERT INTO e_plain VALUES (1); INSERT INTO e_plain VALUES (2);

--changeset alice:ignored-without-header
CREATE TABLE e_plain_two (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'no-header.sql', NOW(), 2, '9:0f9981cda2f97f8e2e3a4cd460a58e12', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset header-after-comment.sql::raw::includeAll

-- a comment before the header
--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_header_comment (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'header-after-comment.sql', NOW(), 3, '9:3ddb0fb0631c0016e82c7368111f65fd', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

