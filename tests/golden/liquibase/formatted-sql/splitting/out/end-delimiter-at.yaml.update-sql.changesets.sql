-- Changeset end-delimiter-at.yaml::end-delimiter-at::split

CREATE TABLE s (n int, v text)@@

INSERT INTO s VALUES (1, 'a; b')@@

INSERT INTO s VALUES (2, 'c')@@

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-at', 'split', 'end-delimiter-at.yaml', NOW(), 1, '9:3403e1b0dbbe1d4059b033fd28fa5836', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

