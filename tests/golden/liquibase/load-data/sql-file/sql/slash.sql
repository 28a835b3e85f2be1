CREATE TABLE slash (id int)
/
INSERT INTO slash VALUES (1);
INSERT INTO slash VALUES (2)
/
