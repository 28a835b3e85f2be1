CREATE TABLE fn_log (msg text);
CREATE FUNCTION add_one(i int) RETURNS int AS $$
BEGIN
  INSERT INTO fn_log VALUES ('called; with semicolon');
  RETURN i + 1;
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION add_two(i int) RETURNS int AS $body$ SELECT i + 2; $body$ LANGUAGE sql;
SELECT add_one(1);
