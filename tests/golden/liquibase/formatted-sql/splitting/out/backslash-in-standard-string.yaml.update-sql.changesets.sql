-- Changeset backslash-in-standard-string.yaml::backslash-in-standard-string::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'C:\');
INSERT INTO s VALUES (2, 'x;

y');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('backslash-in-standard-string', 'split', 'backslash-in-standard-string.yaml', NOW(), 1, '9:c23e2ca875501cd529c4b8b117178b82', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

