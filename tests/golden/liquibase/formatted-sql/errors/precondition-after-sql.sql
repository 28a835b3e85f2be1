--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_pc (id int);
--preconditions onFail:MARK_RAN
--precondition-table-exists table:e_nope
CREATE TABLE e_pc_two (id int);
