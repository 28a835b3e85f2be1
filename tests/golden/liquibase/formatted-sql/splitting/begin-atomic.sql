--liquibase formatted sql

--changeset split:begin-atomic
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_atomic() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO s VALUES (1, 'from f_atomic');
  SELECT 1;
END;
SELECT f_atomic();
