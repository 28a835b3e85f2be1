--liquibase formatted sql

--changeset ip:one-dash
CREATE TABLE io (id int);
-ignoreLines:start
SELECT 1;
--ignoreLines:end
