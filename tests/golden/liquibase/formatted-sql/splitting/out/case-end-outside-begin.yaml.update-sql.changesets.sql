-- Changeset case-end-outside-begin.yaml::case-end-outside-begin::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (CASE WHEN true THEN 1 ELSE 2 END, 'a');

INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('case-end-outside-begin', 'split', 'case-end-outside-begin.yaml', NOW(), 1, '9:93de39e24611fd8919726ed89f72fa3c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

