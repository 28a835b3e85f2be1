--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_a (id int);
--changeset alice:one
--changeset alice:two
CREATE TABLE e_b (id int);
