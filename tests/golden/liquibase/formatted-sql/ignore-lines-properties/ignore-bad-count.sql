--liquibase formatted sql

--changeset ip:bad
CREATE TABLE ib (id int);
--ignoreLines:abc
SELECT 1;
