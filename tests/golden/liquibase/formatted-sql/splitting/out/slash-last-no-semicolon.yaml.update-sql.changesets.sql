-- Changeset slash-last-no-semicolon.yaml::slash-last-no-semicolon::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('slash-last-no-semicolon', 'split', 'slash-last-no-semicolon.yaml', NOW(), 1, '9:8632ce938aa1f1189eda8f3f600ac6db', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

