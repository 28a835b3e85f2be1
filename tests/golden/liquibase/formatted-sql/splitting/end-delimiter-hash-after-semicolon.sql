--liquibase formatted sql

--changeset split:end-delimiter-hash-after-semicolon endDelimiter:#
CREATE TABLE s (n int, v text);#
INSERT INTO s VALUES (1, 'a');
#
INSERT INTO s VALUES (2, 'b');
