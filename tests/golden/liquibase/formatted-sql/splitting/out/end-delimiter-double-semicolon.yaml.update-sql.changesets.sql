-- Changeset end-delimiter-double-semicolon.yaml::end-delimiter-double-semicolon::split

CREATE TABLE s (n int, v text);;

CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END;
$$;;

SELECT f_declare();;

INSERT INTO s VALUES (2, 'x;;y');;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-double-semicolon', 'split', 'end-delimiter-double-semicolon.yaml', NOW(), 1, '9:96d297e4e1d4eb828e7c8cd5b58064e2', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

