--liquibase formatted sql

--changeset alice:one colour:blue
CREATE TABLE e_unknown_attr (id int);
