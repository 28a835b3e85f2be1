--liquibase formatted sql

--changeset pc:before
CREATE TABLE h_before (id int);

--changeset pc:halts
--precondition-table-exists table:h_nope
CREATE TABLE h_halted (id int);

--changeset pc:after
CREATE TABLE h_after (id int);
