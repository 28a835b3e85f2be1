-- Changeset split-false-function.sql::split-false-function::split

CREATE TABLE s (n int, v text);
CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  IF true THEN
    INSERT INTO s VALUES (k, 'from f_declare');
  END IF;
  RETURN k;
END;
$$;
SELECT f_declare();
INSERT INTO s VALUES (2, $$it's; fine$$);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('split-false-function', 'split', 'split-false-function.sql', NOW(), 1, '9:cb49ac7fc06e5f1b5b4eea9b1935997a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

