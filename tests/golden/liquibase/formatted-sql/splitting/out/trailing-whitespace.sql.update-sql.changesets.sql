-- Changeset trailing-whitespace.sql::trailing-whitespace::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('trailing-whitespace', 'split', 'trailing-whitespace.sql', NOW(), 1, '9:cb17c821aca5c4ea10d352793ab9e644', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

