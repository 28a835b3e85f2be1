--liquibase formatted sql

--changeset split:begin-atomic-case
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_atomic_case() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO s VALUES (CASE WHEN true THEN 1 ELSE 2 END, 'from f_atomic_case');
  SELECT 1;
END;
SELECT f_atomic_case();
