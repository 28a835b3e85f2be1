--liquibase formatted sql

--changeset mixed:all-first-1
CREATE TABLE m_all_first (id int);
