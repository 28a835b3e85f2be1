-- no formatted SQL header: read as one raw change-set
CREATE TABLE m_all_plain (id int);
INSERT INTO m_all_plain VALUES (1);
