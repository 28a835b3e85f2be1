--liquibase formatted sql

--changeset alice:one
-preconditions onFail:MARK_RAN
-precondition-table-exists table:e_nope
CREATE TABLE e_pc_dash (id int);
