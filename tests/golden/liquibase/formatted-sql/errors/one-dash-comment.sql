--liquibase formatted sql

--changeset alice:one
-comment: one dash
CREATE TABLE e_comment_dash (id int);
