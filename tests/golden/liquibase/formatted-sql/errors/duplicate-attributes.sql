--liquibase formatted sql

--changeset alice:context-twice context:a context:b
CREATE TABLE e_context_twice (id int);

--changeset alice:filter-then-context contextFilter:test context:prod
CREATE TABLE e_filter_then_context (id int);

--changeset alice:labels-twice labels:x labels:y
CREATE TABLE e_labels_twice (id int);

--changeset alice:dbms-mysql-then-pg dbms:mysql dbms:postgresql
CREATE TABLE e_dbms_mysql_then_pg (id int);

--changeset alice:dbms-pg-then-mysql dbms:postgresql dbms:mysql
CREATE TABLE e_dbms_pg_then_mysql (id int);

--changeset alice:path-twice logicalFilePath:one.sql logicalFilePath:two.sql
CREATE TABLE e_path_twice (id int);
