-- Changeset plpgsql-end-no-semicolon.yaml::plpgsql-end-no-semicolon::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_plpgsql() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO s VALUES (1, 'from f_plpgsql');
  RETURN 1;
END
$$;

SELECT f_plpgsql();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('plpgsql-end-no-semicolon', 'split', 'plpgsql-end-no-semicolon.yaml', NOW(), 1, '9:06722249e0a6d9131e535296909560ee', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

