CREATE TABLE bom_t (id int);
