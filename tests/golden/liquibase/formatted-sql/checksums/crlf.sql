--liquibase formatted sql

--changeset cs:base
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:line-comment
-- a comment
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:multi-line-string
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (2, 'line 1
line 2');
