-- Changeset plpgsql-end-semicolon.yaml::plpgsql-end-semicolon::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_plpgsql() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO s VALUES (1, 'from f_plpgsql');
  RETURN 1;
END;

$$;

SELECT f_plpgsql();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('plpgsql-end-semicolon', 'split', 'plpgsql-end-semicolon.yaml', NOW(), 1, '9:5fc7be6d0af1d673e85b77715d4aff2c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

