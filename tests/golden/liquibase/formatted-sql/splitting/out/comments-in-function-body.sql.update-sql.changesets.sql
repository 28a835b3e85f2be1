-- Changeset comments-in-function-body.sql::comments-in-function-body::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_comments() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  
  INSERT INTO s VALUES (1, 'from f_comments'); 
  RETURN 1;
END
$$;

SELECT f_comments();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comments-in-function-body', 'split', 'comments-in-function-body.sql', NOW(), 1, '9:0c4aac2b473e89a543f5798e618d1e3c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

