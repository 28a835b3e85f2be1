--liquibase formatted sql

--preconditions onFail:HALT
--precondition-table-exists table:e_nope

--changeset alice:one
CREATE TABLE e_pc (id int);
