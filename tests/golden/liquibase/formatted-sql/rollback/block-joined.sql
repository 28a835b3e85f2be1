--liquibase formatted sql

--changeset rb:first
CREATE TABLE j_first (id int);
--rollback DROP TABLE j_first;

--changeset rb:block-statement-over-two-lines
CREATE TABLE j_joined (id int);
/* liquibase rollback
DROP
TABLE j_joined;
*/
