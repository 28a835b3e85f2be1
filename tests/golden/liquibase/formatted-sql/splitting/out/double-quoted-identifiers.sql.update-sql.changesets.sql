-- Changeset double-quoted-identifiers.sql::double-quoted-identifiers::split

CREATE TABLE "s;q" (n int);

INSERT INTO "s;q" VALUES (1);

CREATE TABLE "it's" (n int);

INSERT INTO "it's" VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('double-quoted-identifiers', 'split', 'double-quoted-identifiers.sql', NOW(), 1, '9:b81de3d1b1fc50152aa1326fdfd17b08', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

