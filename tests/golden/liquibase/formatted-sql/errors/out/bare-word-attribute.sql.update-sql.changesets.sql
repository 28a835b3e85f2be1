-- Changeset bare-word-attribute.sql::one::alice

CREATE TABLE e_bare_word (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'bare-word-attribute.sql', NOW(), 1, '9:8388579eaeb8b2a2c81e5a70b410b801', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

