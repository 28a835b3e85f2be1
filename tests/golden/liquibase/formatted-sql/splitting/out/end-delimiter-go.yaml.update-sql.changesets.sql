-- Changeset end-delimiter-go.yaml::end-delimiter-go::split

CREATE TABLE s (n int, v text)GO

CREATE FUNCTION f_declare() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  INSERT INTO s VALUES (k, 'from f_declare');
  RETURN k;
END;
$$GO

SELECT f_declare()GO

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('end-delimiter-go', 'split', 'end-delimiter-go.yaml', NOW(), 1, '9:49b4c3d0afd3b16d419eb7ed73411c01', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

