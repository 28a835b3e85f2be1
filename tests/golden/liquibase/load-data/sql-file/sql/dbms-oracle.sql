CREATE TABLE dbms_oracle (id int);
