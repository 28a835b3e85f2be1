--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_dup_alice (id int);

--changeset bob:one
CREATE TABLE e_dup_bob (id int);
