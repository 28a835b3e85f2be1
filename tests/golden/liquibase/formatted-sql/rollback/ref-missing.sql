--liquibase formatted sql

--changeset rb:one
CREATE TABLE m_one (id int);
--rollback changesetId:nope changesetAuthor:rb
