--liquibase formatted sql

--changeset alice:one runOnChange
CREATE TABLE e_bare_word (id int);
