-- Changeset split-false-plain.sql::split-false-plain::split

CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a');
GO
INSERT INTO s VALUES (2, 'b')
/
INSERT INTO s VALUES (3, 'c');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('split-false-plain', 'split', 'split-false-plain.sql', NOW(), 1, '9:90c25a4df89fe4dcce652d53ddd8311f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

