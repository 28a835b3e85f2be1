--liquibase formatted sql

--property name:novalue

--changeset ip:one
CREATE TABLE pn (v text);
INSERT INTO pn VALUES ('${novalue}');
