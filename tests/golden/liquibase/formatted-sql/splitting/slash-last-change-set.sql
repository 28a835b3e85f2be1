--liquibase formatted sql

--changeset split:first-ends-with-slash failOnError:false
CREATE TABLE s1 (n int);
CREATE FUNCTION f_first() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  RETURN k;
END;
$$;
/

--changeset split:last-ends-with-slash
CREATE TABLE s2 (n int);
CREATE FUNCTION f_last() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  RETURN k;
END;
$$;
/
