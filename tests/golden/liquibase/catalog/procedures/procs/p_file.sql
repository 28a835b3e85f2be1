-- a comment line
CREATE PROCEDURE p_file()
LANGUAGE plpgsql
AS $$
DECLARE n int;
BEGIN
  n := 1;
  INSERT INTO log VALUES ('file ' || n);
END
$$
