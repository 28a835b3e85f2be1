--liquibase formatted sql

--changeset mixed:e-1
CREATE TABLE m_e1 (id int);
