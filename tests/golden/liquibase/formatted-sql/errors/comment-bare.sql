--liquibase formatted sql

--changeset alice:one
--comment
CREATE TABLE e_comment_bare (id int);
