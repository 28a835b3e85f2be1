--liquibase formatted sql

--changeset split:trailing-whitespace
CREATE TABLE s (n int, v text);   
INSERT INTO s VALUES (1, 'a');	
   
INSERT INTO s VALUES (2, 'b')   


	
