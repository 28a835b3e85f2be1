--liquibase formatted sql

--changeset mixed:b-1
CREATE TABLE m_b1 (id int);
