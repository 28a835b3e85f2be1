--liquibase formatted sql

--changeset split:plpgsql-end-no-semicolon
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_plpgsql() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO s VALUES (1, 'from f_plpgsql');
  RETURN 1;
END
$$;
SELECT f_plpgsql();
