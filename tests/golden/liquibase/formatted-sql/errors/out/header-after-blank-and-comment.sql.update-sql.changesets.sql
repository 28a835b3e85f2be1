-- Changeset header-after-blank-and-comment.sql::raw::includeAll

-- a comment before the header
--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_header_late (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'header-after-blank-and-comment.sql', NOW(), 1, '9:faa1be37089d3bb2c5ff8932099e823a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

