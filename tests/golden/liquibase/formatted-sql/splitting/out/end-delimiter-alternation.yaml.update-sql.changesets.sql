-- Changeset end-delimiter-alternation.yaml::end-delimiter-alternation::split

CREATE TABLE s (n int, v text) @;

INSERT INTO s VALUES (1, 'a; b') !;

INSERT INTO s VALUES (2, 'c')@;

INSERT INTO s VALUES (3, 'd');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-alternation', 'split', 'end-delimiter-alternation.yaml', NOW(), 1, '9:20303f14104084932928fa0ceecfbe16', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

