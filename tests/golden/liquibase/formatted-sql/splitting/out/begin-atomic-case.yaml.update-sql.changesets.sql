-- Changeset begin-atomic-case.yaml::begin-atomic-case::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_atomic_case() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO s VALUES (CASE WHEN true THEN 1 ELSE 2 END, 'from f_atomic_case');

SELECT 1;

END;

SELECT f_atomic_case();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('begin-atomic-case', 'split', 'begin-atomic-case.yaml', NOW(), 1, '9:694238fe60ffa2260a1ffeb749c686e2', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

