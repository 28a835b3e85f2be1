--liquibase formatted sql

--changeset split:nested-block-comment
CREATE TABLE s (n int, v text);
/* outer /* inner; */ still comment; */
INSERT INTO s VALUES (1, 'a');
