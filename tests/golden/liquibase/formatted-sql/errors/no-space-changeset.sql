--liquibase formatted sql

--changesetalice:one
CREATE TABLE e_no_space (id int);
