-- Changeset go-indented.sql::go-indented::split

CREATE TABLE s (n int, v text)
  GO
INSERT INTO s VALUES (1, 'a')
  /
INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('go-indented', 'split', 'go-indented.sql', NOW(), 1, '9:e27e8ae85eca51dfafba8409c4b7b4ad', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

