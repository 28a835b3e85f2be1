--liquibase formatted sql

--changeset rb:one
CREATE TABLE u_one (id int);
/* liquibase rollback
DROP TABLE u_one;
