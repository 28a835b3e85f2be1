--liquibase formatted sql

--changeset split:comments-in-function-body
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_comments() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  -- a line comment in the body
  INSERT INTO s VALUES (1, 'from f_comments'); /* a block comment */
  RETURN 1;
END
$$;
SELECT f_comments();
