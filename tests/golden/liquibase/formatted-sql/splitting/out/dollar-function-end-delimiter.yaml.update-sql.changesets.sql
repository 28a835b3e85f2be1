-- Changeset dollar-function-end-delimiter.yaml::dollar-function-end-delimiter::split

CREATE TABLE s (n int, v text)/

CREATE FUNCTION f_sql() RETURNS int LANGUAGE sql AS $$
  INSERT INTO s VALUES (1, 'from f_sql');
  SELECT 1;
$$/

SELECT f_sql()/

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dollar-function-end-delimiter', 'split', 'dollar-function-end-delimiter.yaml', NOW(), 1, '9:dcf84f3b22643f9e70f09e4c689589c7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

