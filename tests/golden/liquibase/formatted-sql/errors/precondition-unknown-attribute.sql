--liquibase formatted sql

--changeset alice:one
--preconditions onFail:MARK_RAN colour:blue
--precondition-table-exists table:e_nope schema:public colour:red
CREATE TABLE e_pc (id int);
