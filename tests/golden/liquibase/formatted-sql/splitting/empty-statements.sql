--liquibase formatted sql

--changeset split:empty-statements
;
CREATE TABLE s (n int, v text);
;
;  ;
INSERT INTO s VALUES (1, 'a');
