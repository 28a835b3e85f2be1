-- Changeset begin-atomic.sql::begin-atomic::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_atomic() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO s VALUES (1, 'from f_atomic');
  SELECT 1;
END;

SELECT f_atomic();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('begin-atomic', 'split', 'begin-atomic.sql', NOW(), 1, '9:fe583524a96faea0a0a1a064ec00f13e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

