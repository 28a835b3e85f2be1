-- Changeset preconditions.sql::setup::pc

CREATE TABLE p_exists (id int);

CREATE VIEW p_view AS SELECT 1 AS one;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('setup', 'pc', 'preconditions.sql', NOW(), 1, '9:06385c09dca04392621cd1d9ac4707cf', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-pass::pc

CREATE TABLE p_sql_pass (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-pass', 'pc', 'preconditions.sql', NOW(), 2, '9:5b6fdb6898cf0cac21b23b44407c8ad7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-fail::pc

CREATE TABLE p_sql_fail (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-fail', 'pc', 'preconditions.sql', NOW(), 3, '9:b6f8a478e2140b09cda92cf1ac6feeb0', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-without-keyword::pc

CREATE TABLE p_sql_nokw (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-without-keyword', 'pc', 'preconditions.sql', NOW(), 4, '9:72a536342efada566432492c3a8bd9ca', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-single-quoted::pc

CREATE TABLE p_sql_squoted (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-single-quoted', 'pc', 'preconditions.sql', NOW(), 5, '9:8e1105e7fecf374054d43438ce7d8539', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-double-quoted::pc

CREATE TABLE p_sql_dquoted (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-double-quoted', 'pc', 'preconditions.sql', NOW(), 6, '9:0eb7bd4fd1ea4077150f9efbc3ea6251', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-semicolon::pc

CREATE TABLE p_sql_semicolon (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-semicolon', 'pc', 'preconditions.sql', NOW(), 7, '9:a6f2e5b447929635506426055d398eaf', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::sql-check-text-result::pc

CREATE TABLE p_sql_bool (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-check-text-result', 'pc', 'preconditions.sql', NOW(), 8, '9:98cccc43718f6a78961cf5c849a7cd92', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::table-exists-pass::pc

CREATE TABLE p_te_pass (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table-exists-pass', 'pc', 'preconditions.sql', NOW(), 9, '9:01fb05860af8ec1d9c499f9e73982db2', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::table-exists-no-preconditions-line::pc

CREATE TABLE p_te_default (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table-exists-no-preconditions-line', 'pc', 'preconditions.sql', NOW(), 10, '9:627c450112846f185c99a6538030a000', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::table-exists-fail::pc

CREATE TABLE p_te_fail (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table-exists-fail', 'pc', 'preconditions.sql', NOW(), 11, '9:12a6eb3080cde375c96743b3f57cd867', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::table-exists-upper-case::pc

CREATE TABLE p_te_upper (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table-exists-upper-case', 'pc', 'preconditions.sql', NOW(), 12, '9:2aad8fd046cc7cdbe1291f6d772756d6', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::table-exists-property::pc

CREATE TABLE p_te_property (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table-exists-property', 'pc', 'preconditions.sql', NOW(), 13, '9:2bd1a348f32268ee31ab8bf1b5d07237', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::view-exists-pass::pc

CREATE TABLE p_ve_pass (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('view-exists-pass', 'pc', 'preconditions.sql', NOW(), 14, '9:3cb25e7a161b0e81d1cd479367c4de0f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::view-exists-fail::pc

CREATE TABLE p_ve_fail (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('view-exists-fail', 'pc', 'preconditions.sql', NOW(), 15, '9:04f80dbb7675e8be5ae560ae54a6f951', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::view-exists-on-a-table::pc

CREATE TABLE p_ve_table (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('view-exists-on-a-table', 'pc', 'preconditions.sql', NOW(), 16, '9:c99108dfce728b225be5bace26026385', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-fail-continue::pc

CREATE TABLE p_continue (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-fail-continue', 'pc', 'preconditions.sql', NOW(), 17, '9:21bafcdaff440cc3d8b506bd4c857886', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-fail-warn::pc

CREATE TABLE p_warn (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-fail-warn', 'pc', 'preconditions.sql', NOW(), 18, '9:f32140c209ec9e8fb7e1d465ea02dc13', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-error-mark-ran::pc

CREATE TABLE p_error_mark_ran (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-error-mark-ran', 'pc', 'preconditions.sql', NOW(), 19, '9:4db75e705ae8c3ba0a2962e27883a298', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-error-continue::pc

CREATE TABLE p_error_continue (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-error-continue', 'pc', 'preconditions.sql', NOW(), 20, '9:f9bcca9fd8205cd7b181e3c5679e9b4d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-error-warn::pc

CREATE TABLE p_error_warn (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-error-warn', 'pc', 'preconditions.sql', NOW(), 21, '9:d6dcefc66ecd67901af802e92fac9d3c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::two-preconditions::pc

CREATE TABLE p_two (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('two-preconditions', 'pc', 'preconditions.sql', NOW(), 22, '9:0ff1a403e3565c01fc792dcb021ed77a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::precondition-after-sql::pc

CREATE TABLE p_after (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('precondition-after-sql', 'pc', 'preconditions.sql', NOW(), 23, '9:14661505ea2839260231c75a595152f6', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-sql-output-test::pc

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-sql-output-test', 'pc', 'preconditions.sql', NOW(), 24, '9:e8f65e7d5386d6278ba159d2ad837a34', 'sql', '', 'MARK_RAN', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-update-sql-ignore::pc

CREATE TABLE p_update_sql_ignore (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-update-sql-ignore', 'pc', 'preconditions.sql', NOW(), 25, '9:72a59894694dd060e1f51263f040c3c1', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset preconditions.sql::on-sql-output-fail::pc

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('on-sql-output-fail', 'pc', 'preconditions.sql', NOW(), 26, '9:f71c04e403aa56e75298366bb4f41d7a', 'sql', '', 'MARK_RAN', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

