--liquibase formatted sql

--changeset split:split-false-end-delimiter splitStatements:false endDelimiter:#
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a')#
