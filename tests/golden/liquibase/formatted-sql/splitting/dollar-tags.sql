--liquibase formatted sql

--changeset split:dollar-tags
CREATE TABLE s (n int, v text);
CREATE FUNCTION f_tag() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;b' $body$;
INSERT INTO s VALUES (1, f_tag());
INSERT INTO s VALUES (2, $q$semi;colon$q$);
