--liquibase formatted sql

--changeset split:end-delimiter-hash endDelimiter:#
CREATE TABLE s (n int, v text)#
INSERT INTO s VALUES (1, 'a; b')#
INSERT INTO s VALUES (2, 'c') #
INSERT INTO s SELECT n + 10, v FROM s#
INSERT INTO s VALUES (3, 'd')#
