CREATE TABLE utf8 (vc varchar(20));
INSERT INTO utf8 VALUES ('café');
