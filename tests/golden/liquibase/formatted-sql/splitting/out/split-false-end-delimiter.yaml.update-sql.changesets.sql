-- Changeset split-false-end-delimiter.yaml::split-false-end-delimiter::split

CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('split-false-end-delimiter', 'split', 'split-false-end-delimiter.yaml', NOW(), 1, '9:8f6060aee42626839cfd72c74fb2d8d7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

