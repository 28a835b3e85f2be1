--liquibase formatted sql

--changeset alice:one
--preconditions onFail:MARK_RAN
--precondition tableExists table:e_nope
CREATE TABLE e_pc (id int);
