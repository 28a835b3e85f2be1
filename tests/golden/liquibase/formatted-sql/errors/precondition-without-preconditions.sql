--liquibase formatted sql

--changeset alice:one
--precondition-table-exists table:e_nope
CREATE TABLE e_pc (id int);
