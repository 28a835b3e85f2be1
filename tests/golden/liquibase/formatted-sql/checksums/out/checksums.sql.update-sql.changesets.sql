-- Changeset checksums.sql::base::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('base', 'cs', 'checksums.sql', NOW(), 1, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::reindented::cs

CREATE   TABLE IF NOT EXISTS c (
	id int,
	note text
   );

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('reindented', 'cs', 'checksums.sql', NOW(), 2, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::one-line::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one-line', 'cs', 'checksums.sql', NOW(), 3, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::whitespace-removed-from-string::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'ab');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('whitespace-removed-from-string', 'cs', 'checksums.sql', NOW(), 4, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::no-trailing-semicolon::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('no-trailing-semicolon', 'cs', 'checksums.sql', NOW(), 5, '9:7a2e926d329a8664e324faeba699bc75', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::line-comment::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('line-comment', 'cs', 'checksums.sql', NOW(), 6, '9:aff19c411a4e91c924a7f2d4f8dc0f34', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::line-comment-strip-false::cs

-- a comment
CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('line-comment-strip-false', 'cs', 'checksums.sql', NOW(), 7, '9:aff19c411a4e91c924a7f2d4f8dc0f34', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::block-comment::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block-comment', 'cs', 'checksums.sql', NOW(), 8, '9:b48753dbbca3270f900a41fde54102d9', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::comment-line-after-sql::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-line-after-sql', 'cs', 'checksums.sql', NOW(), 9, '9:0172bfcd4015335c4eeed9eee6459712', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::trailing-comment-on-line::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('trailing-comment-on-line', 'cs', 'checksums.sql', NOW(), 10, '9:a08b881dbcd577c540177a06e0a83184', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::split-false::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('split-false', 'cs', 'checksums.sql', NOW(), 11, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::end-delimiter::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter', 'cs', 'checksums.sql', NOW(), 12, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::strip-true-split-false::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('strip-true-split-false', 'cs', 'checksums.sql', NOW(), 13, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::attributes::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('attributes', 'cs', 'checksums.sql', NOW(), 14, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', 'prod', 'lab1', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::comment-rollback-precondition::cs
-- a comment

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-rollback-precondition', 'cs', 'checksums.sql', NOW(), 15, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', 'a comment', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::ignore-lines::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ignore-lines', 'cs', 'checksums.sql', NOW(), 16, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::property::cs

CREATE TABLE IF NOT EXISTS c (id int, note text);

INSERT INTO c VALUES (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('property', 'cs', 'checksums.sql', NOW(), 17, '9:f9119a303f7d58ff0c1ef3b728ac0fbb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset checksums.sql::lower-case::cs

create table if not exists c (id int, note text);

insert into c values (1, 'a b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('lower-case', 'cs', 'checksums.sql', NOW(), 18, '9:232674c3d73af6bd6dcc5573ba39af39', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

