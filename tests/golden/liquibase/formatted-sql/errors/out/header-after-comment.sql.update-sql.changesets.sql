-- Changeset header-after-comment.sql::raw::includeAll

-- a comment before the header
--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_header_comment (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'header-after-comment.sql', NOW(), 1, '9:3ddb0fb0631c0016e82c7368111f65fd', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

