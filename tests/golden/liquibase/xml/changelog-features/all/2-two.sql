--liquibase formatted sql

--changeset oracle:2-two
SELECT '2-two';
