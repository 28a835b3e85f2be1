-- Changeset attribute-before-author.sql::true::runOnChange

CREATE TABLE e_attr_first (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('true', 'runOnChange', 'attribute-before-author.sql', NOW(), 1, '9:d0f691e19654561a5df25c8a5f6be50e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

