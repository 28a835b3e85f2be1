--liquibase formatted sql

--changeset split:begin-work
CREATE TABLE s (n int, v text);
BEGIN WORK;
INSERT INTO s VALUES (1, 'a');
COMMIT;
INSERT INTO s VALUES (2, 'b');
