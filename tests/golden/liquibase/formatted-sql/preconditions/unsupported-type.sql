--liquibase formatted sql

--changeset pc:column
--preconditions onFail:MARK_RAN
--precondition-column-exists table:p_exists column:id
CREATE TABLE u_column (id int);
