--liquibase formatted sql

--changeset split:end-delimiter-go endDelimiter:GO
CREATE TABLE s (n int, v text)
GO
CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END;
$$
GO
SELECT f_declare()
go
