--liquibase formatted sql

--changeset split:slash-no-blank-line
CREATE TABLE s1 (n int);
INSERT INTO s1 VALUES (1);
/
--changeset split:slash-blank-line
CREATE TABLE s2 (n int);
INSERT INTO s2 VALUES (1);
/

--changeset split:slash-last-blank-lines
CREATE TABLE s3 (n int);
INSERT INTO s3 VALUES (1);
/


