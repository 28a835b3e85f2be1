--liquibase formatted sql

--changeset alice: runOnChange:true
CREATE TABLE e_missing_id_attr (id int);
