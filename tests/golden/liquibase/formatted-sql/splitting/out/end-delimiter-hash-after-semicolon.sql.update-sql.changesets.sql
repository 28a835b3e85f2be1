-- Changeset end-delimiter-hash-after-semicolon.sql::end-delimiter-hash-after-semicolon::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (1, 'a');

INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-hash-after-semicolon', 'split', 'end-delimiter-hash-after-semicolon.sql', NOW(), 1, '9:65753d1c75a67126347b9fc8f7550017', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

