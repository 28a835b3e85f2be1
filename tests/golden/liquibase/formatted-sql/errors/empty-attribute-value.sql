--liquibase formatted sql

--changeset alice:one runOnChange: context:prod
CREATE TABLE e_empty_value (id int);
