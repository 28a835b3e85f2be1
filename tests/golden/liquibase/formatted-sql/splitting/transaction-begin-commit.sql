--liquibase formatted sql

--changeset split:transaction-begin-commit
CREATE TABLE s (n int, v text);
BEGIN;
INSERT INTO s VALUES (1, 'a');
COMMIT;
INSERT INTO s VALUES (2, 'b');
