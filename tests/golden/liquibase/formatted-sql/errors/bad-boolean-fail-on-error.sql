--liquibase formatted sql

--changeset alice:one failOnError:1
CREATE TABLE e_bad_bool_foe (id int);
SELECT * FROM no_such_table;
