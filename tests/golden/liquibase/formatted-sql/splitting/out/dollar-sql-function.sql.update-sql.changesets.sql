-- Changeset dollar-sql-function.sql::dollar-sql-function::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_sql() RETURNS int LANGUAGE sql AS $$
  INSERT INTO s VALUES (1, 'from f_sql');

SELECT 1;

$$;

SELECT f_sql();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dollar-sql-function', 'split', 'dollar-sql-function.sql', NOW(), 1, '9:07593fe3f08637b656f7693f12345add', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

