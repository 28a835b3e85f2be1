--liquibase formatted sql

--changeset split:transaction-begin-transaction
CREATE TABLE s (n int, v text);
BEGIN TRANSACTION;
INSERT INTO s VALUES (1, 'a');
COMMIT;
INSERT INTO s VALUES (2, 'b');
