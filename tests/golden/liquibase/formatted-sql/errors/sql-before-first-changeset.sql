--liquibase formatted sql
CREATE TABLE e_before (id int);

--changeset alice:one
CREATE TABLE e_after (id int);
