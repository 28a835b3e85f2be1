--liquibase formatted sql

--changeset alice:one
CREATE TABLE e_rb_dash (id int);
-rollback DROP TABLE e_rb_dash;
