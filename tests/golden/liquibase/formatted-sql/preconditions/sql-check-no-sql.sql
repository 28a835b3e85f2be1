--liquibase formatted sql

--changeset pc:no-sql
--precondition-sql-check expectedResult:0
CREATE TABLE u_no_sql (id int);
