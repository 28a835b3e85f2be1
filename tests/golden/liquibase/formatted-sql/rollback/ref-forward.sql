--liquibase formatted sql

--changeset rb:one
CREATE TABLE f_one (id int);
--rollback changesetId:two changesetAuthor:rb

--changeset rb:two
DROP TABLE f_one;
