--liquibase formatted sql

--changeset pc:lower
--preconditions onfail:mark_ran
--precondition-table-exists table:l_nope
CREATE TABLE l_lower (id int);
