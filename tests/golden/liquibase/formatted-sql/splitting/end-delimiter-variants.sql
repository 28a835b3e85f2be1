--liquibase formatted sql

--changeset split:at-at endDelimiter:@@ failOnError:false
CREATE TABLE s1 (n int) @@ INSERT INTO s1 VALUES (1)@@INSERT INTO s1 VALUES (2)

--changeset split:alternation endDelimiter:@@|!! failOnError:false
CREATE TABLE s2 (n int)@@ INSERT INTO s2 VALUES (1)!!INSERT INTO s2 VALUES (2)

--changeset split:bang-bang endDelimiter:!! failOnError:false
CREATE TABLE s3 (n int) !! INSERT INTO s3 VALUES (1)!!INSERT INTO s3 VALUES (2)

--changeset split:group endDelimiter:(@@) failOnError:false
CREATE TABLE s4 (n int)@@ INSERT INTO s4 VALUES (1) @@INSERT INTO s4 VALUES (2)

--changeset split:letters endDelimiter:xx failOnError:false
CREATE TABLE s5 (n int) xx INSERT INTO s5 VALUES (1)xx INSERT INTO s5 VALUES (2)

--changeset split:class endDelimiter:[@!] failOnError:false
CREATE TABLE s6 (n int)@ INSERT INTO s6 VALUES (1) ! INSERT INTO s6 VALUES (2)
