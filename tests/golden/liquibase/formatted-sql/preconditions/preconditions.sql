--liquibase formatted sql

--property name:ptable value:p_exists

--changeset pc:setup
CREATE TABLE p_exists (id int);
CREATE VIEW p_view AS SELECT 1 AS one;

--changeset pc:sql-check-pass
--preconditions onFail:MARK_RAN onError:HALT
--precondition-sql-check expectedResult:0 SELECT count(*) FROM pg_tables WHERE tablename = 'p_nope'
CREATE TABLE p_sql_pass (id int);

--changeset pc:sql-check-fail
--preconditions onFail:MARK_RAN onError:HALT
--precondition-sql-check expectedResult:1 SELECT count(*) FROM pg_tables WHERE tablename = 'p_nope'
CREATE TABLE p_sql_fail (id int);

--changeset pc:sql-check-without-keyword
--preconditions onFail:MARK_RAN
--precondition-sql-check 0 SELECT count(*) FROM p_exists
CREATE TABLE p_sql_nokw (id int);

--changeset pc:sql-check-single-quoted
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:'a b' SELECT 'a b'
CREATE TABLE p_sql_squoted (id int);

--changeset pc:sql-check-double-quoted
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:"x" SELECT 'x'
CREATE TABLE p_sql_dquoted (id int);

--changeset pc:sql-check-semicolon
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 SELECT 1;
CREATE TABLE p_sql_semicolon (id int);

--changeset pc:sql-check-text-result
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:t SELECT true
CREATE TABLE p_sql_bool (id int);

--changeset pc:table-exists-pass
--preconditions onFail:MARK_RAN
--precondition-table-exists table:p_exists schema:public
CREATE TABLE p_te_pass (id int);

--changeset pc:table-exists-no-preconditions-line
--precondition-table-exists table:p_exists
CREATE TABLE p_te_default (id int);

--changeset pc:table-exists-fail
--preconditions onFail:MARK_RAN
--precondition-table-exists table:p_nope schema:public
CREATE TABLE p_te_fail (id int);

--changeset pc:table-exists-upper-case
--preconditions onFail:MARK_RAN
--precondition-table-exists table:P_EXISTS schema:PUBLIC
CREATE TABLE p_te_upper (id int);

--changeset pc:table-exists-property
--preconditions onFail:MARK_RAN
--precondition-table-exists table:${ptable} schema:public
CREATE TABLE p_te_property (id int);

--changeset pc:view-exists-pass
--preconditions onFail:MARK_RAN
--precondition-view-exists view:p_view schema:public
CREATE TABLE p_ve_pass (id int);

--changeset pc:view-exists-fail
--preconditions onFail:MARK_RAN
--precondition-view-exists view:p_noview
CREATE TABLE p_ve_fail (id int);

--changeset pc:view-exists-on-a-table
--preconditions onFail:MARK_RAN
--precondition-view-exists view:p_exists
CREATE TABLE p_ve_table (id int);

--changeset pc:on-fail-continue
--preconditions onFail:CONTINUE
--precondition-table-exists table:p_nope
CREATE TABLE p_continue (id int);

--changeset pc:on-fail-warn
--preconditions onFail:WARN
--precondition-table-exists table:p_nope
CREATE TABLE p_warn (id int);

--changeset pc:on-error-mark-ran
--preconditions onFail:HALT onError:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM no_such_table
CREATE TABLE p_error_mark_ran (id int);

--changeset pc:on-error-continue
--preconditions onError:CONTINUE
--precondition-sql-check expectedResult:0 SELECT count(*) FROM no_such_table
CREATE TABLE p_error_continue (id int);

--changeset pc:on-error-warn
--preconditions onError:WARN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM no_such_table
CREATE TABLE p_error_warn (id int);

--changeset pc:two-preconditions
--preconditions onFail:MARK_RAN
--precondition-table-exists table:p_exists
--precondition-table-exists table:p_nope
CREATE TABLE p_two (id int);

--changeset pc:precondition-after-sql
CREATE TABLE p_after (id int);
--preconditions onFail:MARK_RAN
--precondition-table-exists table:p_nope

--changeset pc:on-sql-output-test
--preconditions onFail:MARK_RAN onSqlOutput:TEST
--precondition-table-exists table:p_nope
CREATE TABLE p_sql_output_test (id int);

--changeset pc:on-update-sql-ignore
--preconditions onFail:MARK_RAN onUpdateSQL:IGNORE
--precondition-table-exists table:p_nope
CREATE TABLE p_update_sql_ignore (id int);

--changeset pc:on-sql-output-fail
--preconditions onFail:MARK_RAN onSqlOutput:FAIL
--precondition-table-exists table:p_exists
CREATE TABLE p_sql_output_fail (id int);
