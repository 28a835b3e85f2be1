-- Changeset do-block.sql::do-block::split

CREATE TABLE s (n int, v text);

DO $$
BEGIN
  INSERT INTO s VALUES (1, 'from do');
  INSERT INTO s VALUES (2, 'from do');
END
$$;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('do-block', 'split', 'do-block.sql', NOW(), 1, '9:ea21ec42954ff68071edefed3af6440f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

