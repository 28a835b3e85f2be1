-- Changeset slash-last-change-set.sql::first-ends-with-slash::split

CREATE TABLE s1 (n int);

CREATE FUNCTION f_first() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;

BEGIN
  RETURN k;
END;

$$;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('first-ends-with-slash', 'split', 'slash-last-change-set.sql', NOW(), 1, '9:9ce70d249c5c1280967d27e5535cdbc7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset slash-last-change-set.sql::last-ends-with-slash::split

CREATE TABLE s2 (n int);
CREATE FUNCTION f_last() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k int := 1;
BEGIN
  RETURN k;
END;
$$
/

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('last-ends-with-slash', 'split', 'slash-last-change-set.sql', NOW(), 2, '9:2617d606c3e8766bf6b75c9288e3f14f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

