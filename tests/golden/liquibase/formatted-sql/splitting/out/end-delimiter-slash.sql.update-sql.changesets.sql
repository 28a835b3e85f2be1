-- Changeset end-delimiter-slash.sql::end-delimiter-slash::split

CREATE TABLE s (n int, v text)/

CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END;
$$/

SELECT f_declare() / 1/

INSERT INTO s VALUES (10 / 5, 'a; b')/

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-slash', 'split', 'end-delimiter-slash.sql', NOW(), 1, '9:025100087c969dc73aad6aea3d0a5f24', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

