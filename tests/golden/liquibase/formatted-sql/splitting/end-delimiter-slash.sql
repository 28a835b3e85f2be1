--liquibase formatted sql

--changeset split:end-delimiter-slash endDelimiter:/
CREATE TABLE s (n int, v text)
/
CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END;
$$
/
SELECT f_declare() / 1
/
INSERT INTO s VALUES (10 / 5, 'a; b')
/
