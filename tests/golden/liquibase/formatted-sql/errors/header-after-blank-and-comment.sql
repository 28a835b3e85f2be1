
-- a comment before the header
--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_header_late (id int);
