--liquibase formatted sql

--changeset alice:plain
CREATE TABLE t_plain (id int);

--changeset alice:run-on-change runOnChange:true
CREATE TABLE t_roc (id int);

--changeset alice:run-always runAlways:true
CREATE TABLE IF NOT EXISTS t_always (n int);
INSERT INTO t_always VALUES (1);

--changeset alice:ctx context:prod
CREATE TABLE t_ctx_prod (id int);

--changeset alice:ctx-filter contextFilter:test
CREATE TABLE t_ctx_test (id int);

--changeset alice:ctx-quoted context:"prod and !test"
CREATE TABLE t_ctx_expr (id int);

--changeset alice:ctx-both context:prod contextFilter:test
CREATE TABLE t_ctx_both (id int);

--changeset alice:labels labels:lab1,lab2
CREATE TABLE t_lab (id int);

--changeset alice:labels-quoted labels:"lab3 or lab4"
CREATE TABLE t_lab_expr (id int);

--changeset alice:dbms-pg dbms:postgresql
CREATE TABLE t_dbms_pg (id int);

--changeset alice:dbms-mysql dbms:mysql
CREATE TABLE t_dbms_mysql (id int);

--changeset alice:dbms-not-mysql dbms:!mysql
CREATE TABLE t_dbms_not_mysql (id int);

--changeset alice:dbms-list dbms:mysql,postgresql
CREATE TABLE t_dbms_list (id int);

--changeset alice:fail-on-error-false failOnError:false
CREATE TABLE t_foe (id int);
SELECT * FROM no_such_table;

--changeset alice:run-in-transaction-false runInTransaction:false
CREATE INDEX CONCURRENTLY t_plain_id ON t_plain (id);

--changeset alice:split-false splitStatements:false
CREATE TABLE t_nosplit (id int);
INSERT INTO t_nosplit VALUES (1);

--changeset alice:end-delimiter endDelimiter:#
CREATE TABLE t_delim (id int)#
INSERT INTO t_delim VALUES (1)#

--changeset alice:strip-comments-false stripComments:false
-- a comment kept in the SQL
CREATE TABLE t_keep_comment (id int);

--changeset alice:strip-comments-true stripComments:true
-- a comment stripped from the SQL
CREATE TABLE t_strip_comment (id int);

--changeset alice:logical-path logicalFilePath:custom/path.sql
CREATE TABLE t_lfp (id int);

--changeset alice:ignored ignore:true
CREATE TABLE t_ignored (id int);

--changeset alice:ignore-false ignore:false
CREATE TABLE t_ignore_false (id int);

--changeset alice:created created:2024-01-01
CREATE TABLE t_created (id int);

--changeset alice:run-order runOrder:first
CREATE TABLE t_run_order (id int);

--changeset alice:rollback-attrs rollbackSplitStatements:false rollbackEndDelimiter:#
CREATE TABLE t_rb_attrs (id int);
--rollback DROP TABLE t_rb_attrs;

--changeset alice:all-attrs runOnChange:true runAlways:false context:prod labels:lab1 dbms:postgresql failOnError:true runInTransaction:true splitStatements:true stripComments:true
CREATE TABLE t_all (id int);

--changeset alice:attrs-upper RUNONCHANGE:TRUE CONTEXT:prod LABELS:lab2
CREATE TABLE t_upper (id int);

--changeset alice:bool-yes runAlways:yes failOnError:no
CREATE TABLE IF NOT EXISTS t_bool_yes (id int);

-- changeset alice:spaced-dash
CREATE TABLE t_spaced (id int);

--changeset  alice:two-spaces
CREATE TABLE t_two_spaces (id int);

--   changeset alice:spaces-after-dashes
CREATE TABLE t_spaces_after (id int);

--CHANGESET alice:upper-keyword
CREATE TABLE t_upper_kw (id int);

  --changeset alice:indented
CREATE TABLE t_indented (id int);

--changeset "bob smith":"id with spaces"
CREATE TABLE t_quoted (id int);

--changeset "a:b":"c:d"
CREATE TABLE t_quoted_colons (id int);

--changeset bob smith:unquoted-author-with-space
CREATE TABLE t_unquoted_space (id int);

--changeset bob:id:with:colons
CREATE TABLE t_id_colons (id int);

--changeset bob:comment-colon
--comment: the comment with a colon
CREATE TABLE t_comment1 (id int);

--changeset bob:comment-no-colon
--comment the comment without a colon
CREATE TABLE t_comment2 (id int);

--changeset bob:comment-spaced
-- comment: spaced comment
CREATE TABLE t_comment3 (id int);

--changeset bob:comment-twice
--comment: first
--comment: second
CREATE TABLE t_comment4 (id int);

--changeset bob:comment-after-sql
CREATE TABLE t_comment5 (id int);
--comment: after the SQL
