--liquibase formatted sql

--changeset pc:both
--preconditions onFail:MARK_RAN onSqlOutput:TEST onUpdateSQL:IGNORE
--precondition-table-exists table:b_nope
CREATE TABLE b_both (id int);
