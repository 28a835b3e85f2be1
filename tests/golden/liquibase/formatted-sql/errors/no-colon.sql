--liquibase formatted sql

--changeset alice
CREATE TABLE e_no_colon (id int);
