--liquibase formatted sql

--changeset pc:bogus
--preconditions onFail:SKIP
--precondition-table-exists table:x_nope
CREATE TABLE x_bogus (id int);
