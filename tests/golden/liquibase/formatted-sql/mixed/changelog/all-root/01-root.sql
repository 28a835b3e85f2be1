--liquibase formatted sql

--changeset mixed:all-root-1
CREATE TABLE m_all_root (id int);
