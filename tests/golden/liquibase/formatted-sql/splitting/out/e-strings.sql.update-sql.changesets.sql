-- Changeset e-strings.sql::e-strings::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, E'a\'b;c');

INSERT INTO s VALUES (2, E'tab\there;');

INSERT INTO s VALUES (3, E'back\\slash;');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('e-strings', 'split', 'e-strings.sql', NOW(), 1, '9:76e8e4b922739237a7a4465b00b0eca7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

