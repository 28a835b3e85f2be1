CREATE TABLE latin1 (vc varchar(20));
INSERT INTO latin1 VALUES ('café');
