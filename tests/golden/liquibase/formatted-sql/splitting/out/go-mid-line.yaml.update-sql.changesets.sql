-- Changeset go-mid-line.yaml::go-mid-line::split

CREATE TABLE s (n int, go text);

INSERT INTO s (n, go) VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b') GO
INSERT INTO s VALUES (3, 'c');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('go-mid-line', 'split', 'go-mid-line.yaml', NOW(), 1, '9:475aea84f8846d8eafcf932621e8b3ad', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

