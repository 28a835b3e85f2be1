-- Changeset begin-work.yaml::begin-work::split

CREATE TABLE s (n int, v text);

BEGIN WORK;
INSERT INTO s VALUES (1, 'a');
COMMIT;
INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('begin-work', 'split', 'begin-work.yaml', NOW(), 1, '9:70961ae5d1d45cf47986739298b18e20', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

