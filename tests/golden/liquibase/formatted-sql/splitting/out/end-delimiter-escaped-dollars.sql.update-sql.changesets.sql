-- Changeset end-delimiter-escaped-dollars.sql::end-delimiter-escaped-dollars::split

CREATE TABLE s (n int, v text)$$
INSERT INTO s VALUES (1, 'a; b')$$
INSERT INTO s VALUES (2, 'c');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-escaped-dollars', 'split', 'end-delimiter-escaped-dollars.sql', NOW(), 1, '9:b6c838b52554a67790cbf4a2605d14a0', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

