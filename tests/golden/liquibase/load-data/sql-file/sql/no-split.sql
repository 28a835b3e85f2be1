CREATE TABLE nosplit (id int);
INSERT INTO nosplit VALUES (1);
INSERT INTO nosplit VALUES (2)
