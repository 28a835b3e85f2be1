--liquibase formatted sql

--rollback DROP TABLE e_rb_first;

--changeset alice:one
CREATE TABLE e_rb_first (id int);
