CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');
