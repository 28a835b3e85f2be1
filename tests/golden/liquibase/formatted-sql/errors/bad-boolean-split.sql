--liquibase formatted sql

--changeset alice:one splitStatements:nope
CREATE TABLE e_bad_bool_split (id int);
INSERT INTO e_bad_bool_split VALUES (1);
