--liquibase formatted sql

--changeset :one
CREATE TABLE e_missing_author (id int);
