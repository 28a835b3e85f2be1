--liquibase formatted sql

--changeset pc:empty
--precondition-table-exists
CREATE TABLE u_empty (id int);
