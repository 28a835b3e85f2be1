--liquibase formatted sql

--changeset mixed:a-1
CREATE TABLE m_a1 (id int);

--changeset mixed:a-2 logicalFilePath:logical/a.sql
CREATE TABLE m_a2 (id int);
