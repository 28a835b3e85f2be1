--liquibase formatted sql

--changeset cs:multi-line-string
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (2, 'line 1
line 2');
