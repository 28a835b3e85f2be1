-- Changeset slash-end-variants.sql::slash-no-blank-line::split

CREATE TABLE s1 (n int);

INSERT INTO s1 VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('slash-no-blank-line', 'split', 'slash-end-variants.sql', NOW(), 1, '9:19af56643d8616fd99af26c42167e16b', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset slash-end-variants.sql::slash-blank-line::split

CREATE TABLE s2 (n int);

INSERT INTO s2 VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('slash-blank-line', 'split', 'slash-end-variants.sql', NOW(), 2, '9:9febf84feca5707a7d5adf45452e6c60', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset slash-end-variants.sql::slash-last-blank-lines::split

CREATE TABLE s3 (n int);
INSERT INTO s3 VALUES (1)
/

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('slash-last-blank-lines', 'split', 'slash-end-variants.sql', NOW(), 3, '9:1423834a5a665fc3d11d3e67a929f639', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

