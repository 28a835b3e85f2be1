--liquibase formatted sql

--changeset alice:one
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult 0 SELECT count(*) FROM pg_tables WHERE tablename = 'e_pc'
CREATE TABLE e_pc (id int);
