-- Changeset end-delimiter-hash.yaml::end-delimiter-hash::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a; b');

INSERT INTO s VALUES (2, 'c');

INSERT INTO s SELECT n + 10, v FROM s#
INSERT INTO s VALUES (3, 'd');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-hash', 'split', 'end-delimiter-hash.yaml', NOW(), 1, '9:bc491c479ce1f23eb708c7beb6540fb8', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

