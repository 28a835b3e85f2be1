--liquibase formatted sql

--changeset alice:one
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:zero SELECT count(*) FROM pg_tables WHERE tablename = 'e_pc'
CREATE TABLE e_pc (id int);
