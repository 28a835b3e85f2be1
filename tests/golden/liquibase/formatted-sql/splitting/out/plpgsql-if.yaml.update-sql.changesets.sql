-- Changeset plpgsql-if.yaml::plpgsql-if::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_if() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  IF true THEN
    INSERT INTO s VALUES (1, 'from f_if');
  END IF;

RETURN 1;

END
$$;

SELECT f_if();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('plpgsql-if', 'split', 'plpgsql-if.yaml', NOW(), 1, '9:5ef9b17481cdaacfda2bdbaef422b687', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

