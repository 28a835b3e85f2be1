-- liquibase formatted sql

--changeset alice:one
CREATE TABLE e_header_spaced (id int);
