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
-- Change Log: attributes.yaml
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset attributes.yaml::a01-defaults::oracle
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.t_defaults (v_float VARCHAR(50) DEFAULT '1.1', v_octal VARCHAR(50) DEFAULT '3', v_bool VARCHAR(50) DEFAULT 'true', v_date VARCHAR(50) DEFAULT 'Mon Jan 01 00:00:00 UTC 2024', v_ts VARCHAR(50) DEFAULT '2001-12-14 21:59:43', v_tstz VARCHAR(50) DEFAULT 'Sat Dec 15 02:59:43 UTC 2001', v_exp VARCHAR(50) DEFAULT '1000.0', v_hex VARCHAR(50) DEFAULT '31', v_sexa VARCHAR(50) DEFAULT '750', v_quoted VARCHAR(50) DEFAULT '1.10', v_nullword VARCHAR(50) DEFAULT null, v_tilde VARCHAR(50), i_hex INTEGER DEFAULT 31, i_octal INTEGER DEFAULT 8, i_under INTEGER DEFAULT 1000, i_sexa INTEGER DEFAULT 750, i_exp INTEGER DEFAULT 1000, i_big BIGINT DEFAULT 99999999999999999999, n_float numeric(10, 2) DEFAULT 1.1, n_exp7 numeric(12, 1) DEFAULT 1.0E7, n_small numeric(12, 6) DEFAULT 1.0E-4, n_num_exp numeric(12, 1) DEFAULT 1000, n_num_hex numeric(12, 1) DEFAULT 31, n_num_float numeric(12, 2) DEFAULT 1.1, n_num_exp7 numeric(12, 1) DEFAULT 1.0E7, n_num_quoted numeric(12, 2) DEFAULT 1.10, b_yes BOOLEAN DEFAULT TRUE, b_off BOOLEAN DEFAULT FALSE, b_one BOOLEAN DEFAULT TRUE, bb_yes BOOLEAN DEFAULT TRUE, bb_quoted_yes BOOLEAN DEFAULT FALSE, bb_on BOOLEAN DEFAULT TRUE, bb_one BOOLEAN DEFAULT FALSE, bb_quoted_one BOOLEAN DEFAULT FALSE, bb_quoted_true BOOLEAN DEFAULT TRUE, d_date date DEFAULT '2024-01-01 00:00:00', d_quoted date DEFAULT '2024-01-01', d_ts TIMESTAMP WITHOUT TIME ZONE DEFAULT '2001-12-14 21:59:43', d_tsz TIMESTAMP WITHOUT TIME ZONE DEFAULT '2001-12-15 02:59:43', d_tstz TIMESTAMP WITHOUT TIME ZONE DEFAULT Sat Dec 15 02:59:43 UTC 2001, c_null_yes INTEGER, c_null_quoted_yes INTEGER NOT NULL, c_null_off INTEGER NOT NULL, c_null_one INTEGER NOT NULL, c_null_quoted_true INTEGER);

COMMENT ON TABLE public.t_defaults IS '1000.0';

COMMENT ON COLUMN public.t_defaults.v_float IS '1.1';

COMMENT ON COLUMN public.t_defaults.v_octal IS '3';

COMMENT ON COLUMN public.t_defaults.v_bool IS 'true';

COMMENT ON COLUMN public.t_defaults.v_date IS 'Mon Jan 01 00:00:00 UTC 2024';

COMMENT ON COLUMN public.t_defaults.v_exp IS '1.0E7';

COMMENT ON COLUMN public.t_defaults.v_hex IS '31';

COMMENT ON COLUMN public.t_defaults.v_sexa IS '750';

COMMENT ON COLUMN public.t_defaults.v_quoted IS '1.10';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a01-defaults', 'oracle', 'attributes.yaml', NOW(), 1, '9:e3dbe3e3d4ddf11fcd03843fcfdfc691', 'createTable tableName=t_defaults', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a02-names::oracle
-- column names written as YAML 1.1 scalars
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.t_names ("true" INTEGER, "false" INTEGER, "8" INTEGER, "1000.0" INTEGER, "Mon Jan 01 00:00:00 UTC 2024" INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a02-names', 'oracle', 'attributes.yaml', NOW(), 2, '9:96990573f636031623fcdfc1baf54967', 'createTable tableName=t_names', 'column names written as YAML 1.1 scalars', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a03-autoincrement::oracle
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.t_identity (id BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 64 INCREMENT BY 1000));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a03-autoincrement', 'oracle', 'attributes.yaml', NOW(), 3, '9:e74f6e4c5bef670b62134fc700429efe', 'createTable tableName=t_identity', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a04-sequence::oracle
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_forms START WITH 64 INCREMENT BY 1000 MINVALUE -31 MAXVALUE 9999999999 CACHE 750 CYCLE;

CREATE SEQUENCE  IF NOT EXISTS public.seq_quoted START WITH 100 INCREMENT BY -10;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a04-sequence', 'oracle', 'attributes.yaml', NOW(), 4, '9:83089af219bdac69e7ee54fc8fe72f8f', 'createSequence sequenceName=seq_forms; createSequence sequenceName=seq_quoted', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a05-insert-value::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.t_defaults (v_float, v_octal, v_bool, v_date, v_ts, v_tstz, v_exp, v_hex, v_sexa, v_quoted, v_nullword) VALUES ('1.1', '3', 'true', 'Mon Jan 01 00:00:00 UTC 2024', '2001-12-14 21:59:43', 'Sat Dec 15 02:59:43 UTC 2001', '1000.0', '31', '750', '1.10', NULL);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a05-insert-value', 'oracle', 'attributes.yaml', NOW(), 5, '9:1f72e2b2c1e7f34edaabbc0b3bfe0ecd', 'insert tableName=t_defaults', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a06-insert-numeric::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.t_defaults (i_hex, i_octal, i_sexa, i_exp, i_big, n_float, n_exp7, n_small, n_num_quoted, n_num_exp) VALUES (31, 8, 750, 1000.0, 99999999999999999999, 1.1, 1.0E7, 1.0E-4, 1.10, 1e3);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a06-insert-numeric', 'oracle', 'attributes.yaml', NOW(), 6, '9:95c21506c274a04d157f5d689b4a1b07', 'insert tableName=t_defaults', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a07-insert-boolean::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.t_defaults (bb_yes, bb_quoted_yes, bb_on, bb_one, bb_quoted_one, bb_quoted_true, b_off) VALUES (TRUE, FALSE, TRUE, FALSE, FALSE, TRUE, FALSE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a07-insert-boolean', 'oracle', 'attributes.yaml', NOW(), 7, '9:689a595145052f2a38f1f289a69f659a', 'insert tableName=t_defaults', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a08-insert-date::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.t_defaults (d_date, d_quoted, d_ts, d_tsz, d_tstz) VALUES ('2024-01-01 00:00:00', '2024-01-01', '2001-12-14 21:59:43', '2001-12-15 02:59:43', Sat Dec 15 02:59:43 UTC 2001);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a08-insert-date', 'oracle', 'attributes.yaml', NOW(), 8, '9:556a39d8fbef6b6e85e56d62e020cfa3', 'insert tableName=t_defaults', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a09-properties::oracle
SET SEARCH_PATH TO public, "$user","public";

select '1.1', '3', 'true', 'Mon Jan 01 00:00:00 UTC 2024', '1000.0', '1.10';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a09-properties', 'oracle', 'attributes.yaml', NOW(), 9, '9:fa9534867470035ad64f23e4ab985d1e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a10-tag::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('a10-tag', 'oracle', 'attributes.yaml', NOW(), 10, '9:aeb461f20038557526ac66dae49c4715', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>', '1.1');

-- Changeset attributes.yaml::a11-tag-date::oracle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('a11-tag-date', 'oracle', 'attributes.yaml', NOW(), 11, '9:b2dffdbbdd5db165c0d7ba31b16f395d', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>', 'Mon Jan 01 00:00:00 UTC 2024');

-- Changeset attributes.yaml::a12-context-labels::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a12';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a12-context-labels', 'oracle', 'attributes.yaml', NOW(), 12, '9:db52c702b70277cab5df6ef2465b7d6d', 'sql', '', 'EXECUTED', '1.1', '31', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a13-context-labels::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a13';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a13-context-labels', 'oracle', 'attributes.yaml', NOW(), 13, '9:a8dc304a61d696617418044cf8c251f7', 'sql', '', 'EXECUTED', 'true', '1000.0', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a14-context-labels::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a14';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a14-context-labels', 'oracle', 'attributes.yaml', NOW(), 14, '9:07bb6837b6249c486f1ff3e3efe7d4c8', 'sql', '', 'EXECUTED', '3', 'mon jan 01 00:00:00 utc 2024', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a15-context-labels::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a15';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a15-context-labels', 'oracle', 'attributes.yaml', NOW(), 15, '9:be00cee027e846355683fa036601e682', 'sql', '', 'EXECUTED', '1.10', '0x1f', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a16-context-labels::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a16';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a16-context-labels', 'oracle', 'attributes.yaml', NOW(), 16, '9:2c9d38836ff52f27f220d0d4a3adb5f0', 'sql', '', 'EXECUTED', '(Mon Jan 01 00:00:00 UTC 2024)', 'release-1.0', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a21-ignore-quoted-yes::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a21 ignore: quoted yes';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a21-ignore-quoted-yes', 'oracle', 'attributes.yaml', NOW(), 17, '9:576d32037409da9aa59f6cd36f10ef6f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a23-ignore-one::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a23 ignore: 1';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a23-ignore-one', 'oracle', 'attributes.yaml', NOW(), 18, '9:57d88e1636fb1ff024f39ad1618b2c0f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset attributes.yaml::a25-ignore-no::oracle
SET SEARCH_PATH TO public, "$user","public";

select 'a25 ignore: no';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('a25-ignore-no', 'oracle', 'attributes.yaml', NOW(), 19, '9:355039b4341dc532ef77940b7f0e3770', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

