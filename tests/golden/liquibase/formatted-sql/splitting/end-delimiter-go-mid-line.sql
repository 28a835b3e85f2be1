--liquibase formatted sql

--changeset split:end-delimiter-go-mid-line endDelimiter:GO
CREATE TABLE s (n int, v text) GO INSERT INTO s VALUES (1, 'a; b') go
INSERT INTO s VALUES (2, 'goal')
GO
