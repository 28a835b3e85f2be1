--liquibase formatted sql

--changeset split:dollar-function-end-delimiter endDelimiter:/
CREATE TABLE s (n int, v text)
/
CREATE FUNCTION f_sql() RETURNS int LANGUAGE sql AS $$
  INSERT INTO s VALUES (1, 'from f_sql');
  SELECT 1;
$$
/
SELECT f_sql()
/
