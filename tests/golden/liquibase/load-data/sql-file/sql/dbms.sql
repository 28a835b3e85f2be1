CREATE TABLE dbms_pg (id int);
