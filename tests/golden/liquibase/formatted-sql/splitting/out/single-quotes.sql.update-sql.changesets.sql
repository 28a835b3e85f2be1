-- Changeset single-quotes.sql::single-quotes::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a;b');

INSERT INTO s VALUES (2, 'it''s; fine');

INSERT INTO s VALUES (3, 'two
lines; in a string');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('single-quotes', 'split', 'single-quotes.sql', NOW(), 1, '9:eadd24e92d84d193a477bcd2423f28d6', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

