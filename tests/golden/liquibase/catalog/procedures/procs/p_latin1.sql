CREATE PROCEDURE p_latin1()
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO log VALUES ('café crème');
END
$$;
