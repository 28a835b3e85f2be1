--liquibase formatted sql

--changeset alice:one
--rollback
CREATE TABLE e_rb_bare (id int);
