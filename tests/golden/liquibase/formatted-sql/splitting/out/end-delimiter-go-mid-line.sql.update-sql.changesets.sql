-- Changeset end-delimiter-go-mid-line.sql::end-delimiter-go-mid-line::split

CREATE TABLE s (n int, v text)GO

INSERT INTO s VALUES (1, 'a; b')GO

INSERT INTO s VALUES (2, 'goal')GO

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-go-mid-line', 'split', 'end-delimiter-go-mid-line.sql', NOW(), 1, '9:6532bac88d7ebbbd9bb4f901ed119daa', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

