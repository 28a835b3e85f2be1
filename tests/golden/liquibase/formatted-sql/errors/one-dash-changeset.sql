--liquibase formatted sql

-changeset alice:one
CREATE TABLE e_one_dash (id int);
