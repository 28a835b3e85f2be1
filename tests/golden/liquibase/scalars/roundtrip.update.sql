SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Create Database Lock Table
CREATE TABLE public.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID));

-- Initialize Database Lock Table
DELETE FROM public.databasechangeloglock;

INSERT INTO public.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<LOCKEDBY>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- Create Database Change Log Table
CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- Change Log: roundtrip.yaml
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset roundtrip.yaml::1.1::true
-- 1.5
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.rt_items (id INTEGER DEFAULT 31, code VARCHAR(50) DEFAULT '3', flag BOOLEAN DEFAULT TRUE, price numeric(10, 2) DEFAULT 1.1);

COMMENT ON TABLE public.rt_items IS 'Mon Jan 01 00:00:00 UTC 2024';

COMMENT ON COLUMN public.rt_items.code IS '1000.0';

COMMENT ON COLUMN public.rt_items.price IS '750';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.1', 'true', 'roundtrip.yaml', NOW(), 1, '9:45ba3c46dcfa5b2ed5b95c19af268104', 'createTable tableName=rt_items', '1.5', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::1.10::true
-- 1.50
SET SEARCH_PATH TO public, "$user","public";

select 1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.10', 'true', 'roundtrip.yaml', NOW(), 2, '9:3b78b9910981c62ca27148640fad7bc2', 'sql', '1.50', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::3::true
-- 31
SET SEARCH_PATH TO public, "$user","public";

select 1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('3', 'true', 'roundtrip.yaml', NOW(), 3, '9:3b78b9910981c62ca27148640fad7bc2', 'sql', '31', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::8::1.5
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.rt_items (id, code, flag, price) VALUES (8, '1000.0', FALSE, 1.5);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('8', '1.5', 'roundtrip.yaml', NOW(), 4, '9:947d395804c5b60533a9fccf304e89a4', 'insert tableName=rt_items', '', 'EXECUTED', '1.1', '31', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::750::false
-- Mon Jan 01 00:00:00 UTC 2024
SET SEARCH_PATH TO public, "$user","public";

select 2;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('750', 'false', 'roundtrip.yaml', NOW(), 5, '9:544e616a927aa802443672ed60087670', 'sql', 'Mon Jan 01 00:00:00 UTC 2024', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::1000.0::31
-- null
SET SEARCH_PATH TO public, "$user","public";

select 3;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1000.0', '31', 'roundtrip.yaml', NOW(), 6, '9:8f4948cad5a4e979f7ed9dba96c80631', 'sql', NULL, 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::Mon Jan 01 00:00:00 UTC 2024::750
SET SEARCH_PATH TO public, "$user","public";

select 4;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('Mon Jan 01 00:00:00 UTC 2024', '750', 'roundtrip.yaml', NOW(), 7, '9:0a5b9d6a6497683867a2fd462797be19', 'sql', '', 'EXECUTED', 'true', '1000.0', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::2001-12-14 21:59:43::0.5
-- Sat Dec 15 02:59:43 UTC 2001
SET SEARCH_PATH TO public, "$user","public";

select 5;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2001-12-14 21:59:43', '0.5', 'roundtrip.yaml', NOW(), 8, '9:848af4c0fca6ec828949a95375860390', 'sql', 'Sat Dec 15 02:59:43 UTC 2001', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::5::1000
SET SEARCH_PATH TO public, "$user","public";

select 6;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('5', '1000', 'roundtrip.yaml', NOW(), 9, '9:b94f681e62fa9744ada60100febe1ca5', 'sql', '', 'EXECUTED', '3', 'mon jan 01 00:00:00 utc 2024', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::1.0::1.0
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('1.0', '1.0', 'roundtrip.yaml', NOW(), 10, '9:aeb461f20038557526ac66dae49c4715', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>', '1.1');

-- Changeset roundtrip.yaml::Infinity::NaN
-- -0.0
SET SEARCH_PATH TO public, "$user","public";

select 7;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('Infinity', 'NaN', 'roundtrip.yaml', NOW(), 11, '9:02bb2c4f91464c0f07858518de622bd2', 'sql', '-0.0', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::99999999999999999999::0
-- 1.0E7
SET SEARCH_PATH TO public, "$user","public";

select 8;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('99999999999999999999', '0', 'roundtrip.yaml', NOW(), 12, '9:76e52d003620c1b9e015b69f1aada8ad', 'sql', '1.0E7', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::1.0E7::Sat Dec 15 02:59:43 UTC 2001
-- 1.23456789E7
SET SEARCH_PATH TO public, "$user","public";

select 9;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.0E7', 'Sat Dec 15 02:59:43 UTC 2001', 'roundtrip.yaml', NOW(), 13, '9:cb6d71bef6024209b0281296e14e1b61', 'sql', '1.23456789E7', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::223384::true
SET SEARCH_PATH TO public, "$user","public";

select 10;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('223384', 'true', 'roundtrip.yaml', NOW(), 14, '9:229a7f11aba0a1ff09136737529217b3', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::31::false
-- 1.0E-4
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.rt_items (id, code, price) VALUES (1000.0, 'true', 31);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('31', 'false', 'roundtrip.yaml', NOW(), 15, '9:a59e04f3a3ee854bd1786bf6b8e4c191', 'insert tableName=rt_items', '1.0E-4', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset roundtrip.yaml::1000.0::true
-- 2024-1-1
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('1000.0', 'true', 'roundtrip.yaml', NOW(), 16, '9:b2dffdbbdd5db165c0d7ba31b16f395d', 'tagDatabase', '2024-1-1', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>', 'Mon Jan 01 00:00:00 UTC 2024');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

