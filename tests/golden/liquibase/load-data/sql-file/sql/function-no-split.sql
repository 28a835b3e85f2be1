CREATE TABLE fn_log2 (msg text);
CREATE FUNCTION add_one2(i int) RETURNS int AS $$
BEGIN
  INSERT INTO fn_log2 VALUES ('called; with semicolon');
  RETURN i + 1;
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION add_two2(i int) RETURNS int AS $body$ SELECT i + 2; $body$ LANGUAGE sql;
SELECT add_one2(1);
