--liquibase formatted sql

--changeset rb:one
CREATE TABLE a_one (id int);
--rollback DROP TABLE a_one;

--changeset rb:two
CREATE TABLE a_two (id int);
--rollback changesetId:one
