--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_dup_a (id int);

--changeset alice:one
CREATE TABLE e_dup_b (id int);
