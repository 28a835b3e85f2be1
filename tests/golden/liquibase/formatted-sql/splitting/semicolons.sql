--liquibase formatted sql

--changeset split:semicolons
CREATE TABLE s (n int, v text);
INSERT INTO s VALUES (1, 'a'); INSERT INTO s VALUES (2, 'b');
INSERT INTO s
  VALUES (3, 'c');;
INSERT INTO s VALUES (4, 'no semicolon at the end')
