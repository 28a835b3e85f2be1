--liquibase formatted sql

--changeset pc:no-table
--precondition-table-exists schema:public
CREATE TABLE u_no_table (id int);
