-- Changeset end-delimiter-variants.sql::at-at::split

CREATE TABLE s1 (n int)@@

INSERT INTO s1 VALUES (1)@@

INSERT INTO s1 VALUES (2)@@

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('at-at', 'split', 'end-delimiter-variants.sql', NOW(), 1, '9:1f1f478281a2425e1605575133384181', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset end-delimiter-variants.sql::alternation::split

CREATE TABLE s2 (n int)@;

INSERT INTO s2 VALUES (1)!;

INSERT INTO s2 VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('alternation', 'split', 'end-delimiter-variants.sql', NOW(), 2, '9:b87f6e84105dabb4e401a45b5efa0d55', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset end-delimiter-variants.sql::bang-bang::split

CREATE TABLE s3 (n int);

INSERT INTO s3 VALUES (1);

INSERT INTO s3 VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('bang-bang', 'split', 'end-delimiter-variants.sql', NOW(), 3, '9:9baefc058ad213cb0ce85808a90353d9', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset end-delimiter-variants.sql::group::split

CREATE TABLE s4 (n int)@;

INSERT INTO s4 VALUES (1) @;

INSERT INTO s4 VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('group', 'split', 'end-delimiter-variants.sql', NOW(), 4, '9:1e12549ffaa8b34df4fcb429ae9a5625', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset end-delimiter-variants.sql::letters::split

CREATE TABLE s5 (n int)xx

INSERT INTO s5 VALUES (1)xx

INSERT INTO s5 VALUES (2)xx

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('letters', 'split', 'end-delimiter-variants.sql', NOW(), 5, '9:b7d741599e2d0511161e9231ae39f8ee', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset end-delimiter-variants.sql::class::split

CREATE TABLE s6 (n int)@ INSERT INTO s6 VALUES (1);

INSERT INTO s6 VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('class', 'split', 'end-delimiter-variants.sql', NOW(), 6, '9:ae077722cc1933165b602b1728812739', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

