--liquibase formatted sql

--changeset split:end-delimiter-dollars endDelimiter:$$
CREATE TABLE s (n int, v text)$$
INSERT INTO s VALUES (1, 'a; b')$$
INSERT INTO s VALUES (2, 'c')
