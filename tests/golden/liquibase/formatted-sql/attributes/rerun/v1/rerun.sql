--liquibase formatted sql

--changeset carol:roc runOnChange:true
CREATE TABLE IF NOT EXISTS r_roc (v int);
INSERT INTO r_roc VALUES (1);

--changeset carol:vcs-any
CREATE TABLE IF NOT EXISTS r_any (v int);

--changeset carol:vcs-value
CREATE TABLE IF NOT EXISTS r_value (v int);

--changeset carol:edited
CREATE TABLE IF NOT EXISTS r_edited (v int);

--changeset carol:always runAlways:true
INSERT INTO r_roc VALUES (100);
