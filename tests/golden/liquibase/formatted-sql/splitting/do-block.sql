--liquibase formatted sql

--changeset split:do-block
CREATE TABLE s (n int, v text);
DO $$
BEGIN
  INSERT INTO s VALUES (1, 'from do');
  INSERT INTO s VALUES (2, 'from do');
END
$$;
