--liquibase formatted sql

--changeset pc:empty
--precondition-sql-check
CREATE TABLE u_empty (id int);
