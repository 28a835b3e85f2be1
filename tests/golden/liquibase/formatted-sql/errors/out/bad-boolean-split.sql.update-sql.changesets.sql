-- Changeset bad-boolean-split.sql::one::alice

CREATE TABLE e_bad_bool_split (id int);
INSERT INTO e_bad_bool_split VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'bad-boolean-split.sql', NOW(), 1, '9:2582673deb736229d0d06915bf4e144c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

