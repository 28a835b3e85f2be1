-- Changeset go-at-line-start.yaml::go-at-line-start::split

CREATE TABLE s (n int,;

int);

INSERT INTO s VALUES (1, 2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('go-at-line-start', 'split', 'go-at-line-start.yaml', NOW(), 1, '9:9799b4db6385c83c32f667f24e48ebce', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

