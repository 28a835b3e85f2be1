-- Changeset division-at-line-start.yaml::division-at-line-start::split

CREATE TABLE s (n int, v text);

INSERT INTO s VALUES (10;

2, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('division-at-line-start', 'split', 'division-at-line-start.yaml', NOW(), 1, '9:55611f694ef52874e19d14521f753d3d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

