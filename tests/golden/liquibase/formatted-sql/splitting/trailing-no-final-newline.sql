--liquibase formatted sql

--changeset split:trailing-whitespace-first
CREATE TABLE s (n int, v text);  	  


--changeset split:trailing-whitespace-second
INSERT INTO s VALUES (1, 'a');

   
--changeset split:trailing-whitespace-third
INSERT INTO s VALUES (2, 'b')