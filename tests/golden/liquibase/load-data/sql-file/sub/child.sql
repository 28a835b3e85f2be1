CREATE TABLE relative_t (id int);
