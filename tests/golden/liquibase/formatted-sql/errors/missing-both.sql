--liquibase formatted sql

--changeset
CREATE TABLE e_missing_both (id int);
