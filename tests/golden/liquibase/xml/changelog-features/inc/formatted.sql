--liquibase formatted sql

--changeset oracle:formatted-sql
SELECT 'formatted-sql';
