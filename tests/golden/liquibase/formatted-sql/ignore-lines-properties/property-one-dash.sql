--liquibase formatted sql

-property name:x value:y

--changeset ip:one
CREATE TABLE po (id int);
