--liquibase formatted sql

--changeset runOnChange:true alice:one
CREATE TABLE e_attr_first (id int);
