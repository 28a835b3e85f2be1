--liquibase formatted sql

--changeset split:go-indented
CREATE TABLE s (n int, v text)
  GO
INSERT INTO s VALUES (1, 'a')
  /
INSERT INTO s VALUES (2, 'b');
