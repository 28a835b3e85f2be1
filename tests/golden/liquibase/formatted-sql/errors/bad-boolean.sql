--liquibase formatted sql

--changeset alice:one runOnChange:maybe
CREATE TABLE e_bad_bool (id int);
