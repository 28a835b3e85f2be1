--liquibase formatted sql

--changeset carol:roc runOnChange:true
CREATE TABLE IF NOT EXISTS r_roc (v int);
INSERT INTO r_roc VALUES (2);

--changeset carol:vcs-any
--validCheckSum: ANY
CREATE TABLE IF NOT EXISTS r_any (v int, edited int);

--changeset carol:vcs-value
--validCheckSum 9:00000000000000000000000000000000
--validCheckSum: 9:842516fc06cbb42d2b5cc73bf1c6c345
CREATE TABLE IF NOT EXISTS r_value (v int, edited int);

--changeset carol:edited
CREATE TABLE IF NOT EXISTS r_edited (v int);

--changeset carol:always runAlways:true
INSERT INTO r_roc VALUES (100);
