-- Changeset end-delimiter-semicolon.yaml::end-delimiter-semicolon::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;

BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END
$$;

SELECT f_declare();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-semicolon', 'split', 'end-delimiter-semicolon.yaml', NOW(), 1, '9:17b96a7881b5df47b59b891d0f99d396', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

