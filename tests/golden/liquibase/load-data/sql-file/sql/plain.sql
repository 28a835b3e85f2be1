CREATE TABLE plain (id int, vc varchar(50));
INSERT INTO plain VALUES (1, 'one');
INSERT INTO plain VALUES (2, 'two;with semicolon');
