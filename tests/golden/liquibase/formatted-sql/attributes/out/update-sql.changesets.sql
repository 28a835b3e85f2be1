-- Changeset attributes.sql::plain::alice

CREATE TABLE t_plain (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('plain', 'alice', 'attributes.sql', NOW(), 1, '9:23eb495651dfb61bb038a814c572b0b7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::run-on-change::alice

CREATE TABLE t_roc (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('run-on-change', 'alice', 'attributes.sql', NOW(), 2, '9:9839ee991cda5f42019ba744b5965f72', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::run-always::alice

CREATE TABLE IF NOT EXISTS t_always (n int);

INSERT INTO t_always VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('run-always', 'alice', 'attributes.sql', NOW(), 3, '9:9bdc492eea3d41f4526c2ce6e8c9e748', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::ctx::alice

CREATE TABLE t_ctx_prod (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ctx', 'alice', 'attributes.sql', NOW(), 4, '9:a92b35706a4f50274b933c73678cf285', 'sql', '', 'EXECUTED', 'prod', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::ctx-filter::alice

CREATE TABLE t_ctx_test (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ctx-filter', 'alice', 'attributes.sql', NOW(), 5, '9:5213d03e6cda6f80a40d5aaa6abf415c', 'sql', '', 'EXECUTED', 'test', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::ctx-quoted::alice

CREATE TABLE t_ctx_expr (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ctx-quoted', 'alice', 'attributes.sql', NOW(), 6, '9:3a7f3a60214f988a3a56e3071e96bac7', 'sql', '', 'EXECUTED', '(prod and !test)', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::ctx-both::alice

CREATE TABLE t_ctx_both (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ctx-both', 'alice', 'attributes.sql', NOW(), 7, '9:ea0e119ad929133e415e6e960424f0c0', 'sql', '', 'EXECUTED', 'test', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::labels::alice

CREATE TABLE t_lab (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('labels', 'alice', 'attributes.sql', NOW(), 8, '9:42103fb24a4bebc032c5d8408023b322', 'sql', '', 'EXECUTED', NULL, 'lab1,lab2', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::labels-quoted::alice

CREATE TABLE t_lab_expr (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('labels-quoted', 'alice', 'attributes.sql', NOW(), 9, '9:3b0a2eab5e24e9526efc46d217c25bef', 'sql', '', 'EXECUTED', NULL, 'lab3 or lab4', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::dbms-pg::alice

CREATE TABLE t_dbms_pg (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dbms-pg', 'alice', 'attributes.sql', NOW(), 10, '9:7a2e4cd943ae3730a106b55ee9380a37', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::dbms-not-mysql::alice

CREATE TABLE t_dbms_not_mysql (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dbms-not-mysql', 'alice', 'attributes.sql', NOW(), 11, '9:e4dbda9baec4e44eda928bc87ee264e9', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::dbms-list::alice

CREATE TABLE t_dbms_list (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dbms-list', 'alice', 'attributes.sql', NOW(), 12, '9:0da4a5a58b87cc7d6eaa92f1cbfd75d3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::fail-on-error-false::alice

CREATE TABLE t_foe (id int);

SELECT * FROM no_such_table;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fail-on-error-false', 'alice', 'attributes.sql', NOW(), 13, '9:25bb78b71b7bdf45e22f8aa4b9fdf0bb', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::run-in-transaction-false::alice

CREATE INDEX CONCURRENTLY t_plain_id ON t_plain (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('run-in-transaction-false', 'alice', 'attributes.sql', NOW(), 14, '9:75817aa9601a9cedb18d7dcc30cf5295', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::split-false::alice

CREATE TABLE t_nosplit (id int);
INSERT INTO t_nosplit VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('split-false', 'alice', 'attributes.sql', NOW(), 15, '9:a4dd9d2033f0b9d9514135a783ea8ac3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::end-delimiter::alice

CREATE TABLE t_delim (id int);

INSERT INTO t_delim VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter', 'alice', 'attributes.sql', NOW(), 16, '9:b96f7606ade47fb2040e4b7389fff281', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::strip-comments-false::alice

-- a comment kept in the SQL
CREATE TABLE t_keep_comment (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('strip-comments-false', 'alice', 'attributes.sql', NOW(), 17, '9:b9ef5aeab998eb3b7b61707e00f1dac5', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::strip-comments-true::alice

CREATE TABLE t_strip_comment (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('strip-comments-true', 'alice', 'attributes.sql', NOW(), 18, '9:4c843e32d8e804a1f99815117a4b41b9', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset custom/path.sql::logical-path::alice

CREATE TABLE t_lfp (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('logical-path', 'alice', 'custom/path.sql', NOW(), 19, '9:9d2f6f2eba232f758a656635f3307b47', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::ignore-false::alice

CREATE TABLE t_ignore_false (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ignore-false', 'alice', 'attributes.sql', NOW(), 20, '9:0d118838658b1ad473b4e82a6130e3b9', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::created::alice

CREATE TABLE t_created (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('created', 'alice', 'attributes.sql', NOW(), 21, '9:5622541cd8378d12ce5a89853e45f77c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::run-order::alice

CREATE TABLE t_run_order (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('run-order', 'alice', 'attributes.sql', NOW(), 22, '9:d655fe8c3ea17ca3713ef8b6e4bc0424', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::rollback-attrs::alice

CREATE TABLE t_rb_attrs (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rollback-attrs', 'alice', 'attributes.sql', NOW(), 23, '9:db4c4a14e79c9e2f3346a5b9be339451', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::all-attrs::alice

CREATE TABLE t_all (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('all-attrs', 'alice', 'attributes.sql', NOW(), 24, '9:3f03f80ac8a3215fab6307cd87c1b54a', 'sql', '', 'EXECUTED', 'prod', 'lab1', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::attrs-upper::alice

CREATE TABLE t_upper (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('attrs-upper', 'alice', 'attributes.sql', NOW(), 25, '9:efd0619cca0f08712668f20e57762ffd', 'sql', '', 'EXECUTED', 'prod', 'lab2', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::bool-yes::alice

CREATE TABLE IF NOT EXISTS t_bool_yes (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('bool-yes', 'alice', 'attributes.sql', NOW(), 26, '9:a6ca9eecb15d9228335422db58ffbccd', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::spaced-dash::alice

CREATE TABLE t_spaced (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('spaced-dash', 'alice', 'attributes.sql', NOW(), 27, '9:22f716c6b8aceb64f3a5c806dd1c9ce3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::two-spaces::alice

CREATE TABLE t_two_spaces (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('two-spaces', 'alice', 'attributes.sql', NOW(), 28, '9:74e20b8d7d7461f3fabbb2c0c1a2126a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::spaces-after-dashes::alice

CREATE TABLE t_spaces_after (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('spaces-after-dashes', 'alice', 'attributes.sql', NOW(), 29, '9:0057903d31d5568733ebd594be0df482', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::upper-keyword::alice

CREATE TABLE t_upper_kw (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('upper-keyword', 'alice', 'attributes.sql', NOW(), 30, '9:5980a838aa98cfbc2e866625d5c01124', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::indented::alice

CREATE TABLE t_indented (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('indented', 'alice', 'attributes.sql', NOW(), 31, '9:8e298fde697d4c646cd55f1bbf898b57', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::id with spaces::bob smith

CREATE TABLE t_quoted (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('id with spaces', 'bob smith', 'attributes.sql', NOW(), 32, '9:1c7e8d94a2048f2e4b9f202f58b9bec0', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::c:d::a:b

CREATE TABLE t_quoted_colons (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('c:d', 'a:b', 'attributes.sql', NOW(), 33, '9:1b5d91d6480f7d49d5eb586e6389122a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::unquoted-author-with-space::bob smith

CREATE TABLE t_unquoted_space (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('unquoted-author-with-space', 'bob smith', 'attributes.sql', NOW(), 34, '9:7e3bd90e13f27b3a0a3aaa0cccccb0af', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::id:with:colons::bob

CREATE TABLE t_id_colons (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('id:with:colons', 'bob', 'attributes.sql', NOW(), 35, '9:cccbc763b398b50d63426052c26012ba', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::comment-colon::bob
-- the comment with a colon

CREATE TABLE t_comment1 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-colon', 'bob', 'attributes.sql', NOW(), 36, '9:f414ba3fb8940218d41018d8c8ae2320', 'sql', 'the comment with a colon', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::comment-no-colon::bob
-- the comment without a colon

CREATE TABLE t_comment2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-no-colon', 'bob', 'attributes.sql', NOW(), 37, '9:75cf41152c0863494e22051809ed007f', 'sql', 'the comment without a colon', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::comment-spaced::bob
-- spaced comment

CREATE TABLE t_comment3 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-spaced', 'bob', 'attributes.sql', NOW(), 38, '9:5f5b999e80625cbd5afda87dc974a6da', 'sql', 'spaced comment', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::comment-twice::bob
-- second

CREATE TABLE t_comment4 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-twice', 'bob', 'attributes.sql', NOW(), 39, '9:41da578d11425573c9032bd1f6944e9c', 'sql', 'second', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.sql::comment-after-sql::bob
-- after the SQL

CREATE TABLE t_comment5 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comment-after-sql', 'bob', 'attributes.sql', NOW(), 40, '9:193e22bf68ce90ed8a36504925c4ef72', 'sql', 'after the SQL', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

