--liquibase formatted sql

CREATE TABLE e_header_sql_only (id int);
