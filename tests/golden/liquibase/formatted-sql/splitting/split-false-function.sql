--liquibase formatted sql

--changeset split:split-false-function splitStatements:false
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  IF true THEN
    INSERT INTO s VALUES (k, 'from f_declare');
  END IF;
  RETURN k;
END;
$$;
SELECT f_declare();
INSERT INTO s VALUES (2, $$it's; fine$$);
