--liquibase formatted sql

--changeset pc:before
CREATE TABLE e_before (id int);

--changeset pc:errors
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM no_such_table
CREATE TABLE e_errored (id int);
