-- a plain SQL file: no formatted SQL header
CREATE TABLE e_plain (id int);
INSERT INTO e_plain VALUES (1); INSERT INTO e_plain VALUES (2);

--changeset alice:ignored-without-header
CREATE TABLE e_plain_two (id int);
