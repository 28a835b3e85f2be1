CREATE TABLE ${tbl} (id int);
INSERT INTO ${tbl} VALUES (${val});
