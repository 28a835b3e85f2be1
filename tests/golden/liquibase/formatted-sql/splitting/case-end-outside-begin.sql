--liquibase formatted sql

--changeset split:case-end-outside-begin
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (CASE WHEN true THEN 1 ELSE 2 END, 'a'); INSERT INTO s VALUES (2, 'b');
