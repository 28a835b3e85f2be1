--liquibase formatted sql

--changeset split:plpgsql-if
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_if() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  IF true THEN
    INSERT INTO s VALUES (1, 'from f_if');
  END IF;
  RETURN 1;
END
$$;
SELECT f_if();
