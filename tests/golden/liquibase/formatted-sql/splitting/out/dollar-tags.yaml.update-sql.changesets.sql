-- Changeset dollar-tags.yaml::dollar-tags::split

CREATE TABLE s (n int, v text);

CREATE FUNCTION f_tag() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;b' $body$;

INSERT INTO s VALUES (1, f_tag());

INSERT INTO s VALUES (2, $q$semi;

colon$q$);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dollar-tags', 'split', 'dollar-tags.yaml', NOW(), 1, '9:9d8f1a7f8f624ac144afec004c68138e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

