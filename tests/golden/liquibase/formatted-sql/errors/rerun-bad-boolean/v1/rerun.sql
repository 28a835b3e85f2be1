--liquibase formatted sql

--changeset alice:roc-maybe runOnChange:maybe
CREATE TABLE IF NOT EXISTS e_roc_maybe (n int);
INSERT INTO e_roc_maybe VALUES (1);

--changeset alice:ra-maybe runAlways:maybe
CREATE TABLE IF NOT EXISTS e_ra_maybe (n int);
INSERT INTO e_ra_maybe VALUES (1);

--changeset alice:roc-yes runOnChange:yes
CREATE TABLE IF NOT EXISTS e_roc_yes (n int);
INSERT INTO e_roc_yes VALUES (1);
