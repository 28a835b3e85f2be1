-- Changeset semicolons.yaml::semicolons::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b');

INSERT INTO s
  VALUES (3, 'c');

INSERT INTO s VALUES (4, 'no semicolon at the end');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('semicolons', 'split', 'semicolons.yaml', NOW(), 1, '9:304c813d4405e967bca96a447d170d82', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

