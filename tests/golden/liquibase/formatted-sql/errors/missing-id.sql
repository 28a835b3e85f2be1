--liquibase formatted sql

--changeset alice:
CREATE TABLE e_missing_id (id int);
