--liquibase formatted sql

--changeset mixed:d-1
CREATE TABLE m_d1 (id int);
