--liquibase formatted sql

--changeset rb:no-rollback
CREATE TABLE r_none (id int);

--changeset rb:single
CREATE TABLE r_single (id int);
--rollback DROP TABLE r_single;

--changeset rb:multi-lines
CREATE TABLE r_ml1 (id int);
CREATE TABLE r_ml2 (id int);
--rollback DROP TABLE r_ml2;
--rollback DROP TABLE r_ml1;

--changeset rb:statement-over-two-lines
CREATE TABLE r_span (id int);
--rollback DROP
--rollback TABLE r_span;

--changeset rb:rollback-before-sql
--rollback DROP TABLE r_before;
CREATE TABLE r_before (id int);

--changeset rb:block
CREATE TABLE r_block1 (id int);
CREATE TABLE r_block2 (id int);
/* liquibase rollback
DROP TABLE r_block2;
DROP TABLE r_block1;
*/

--changeset rb:block-closed-on-last-line
CREATE TABLE r_block3 (id int);
/* liquibase rollback
DROP TABLE r_block3; */

--changeset rb:block-and-lines
CREATE TABLE r_mix1 (id int);
CREATE TABLE r_mix2 (id int);
--rollback DROP TABLE r_mix2;
/* liquibase rollback
DROP TABLE r_mix1;
*/

--changeset rb:not-required
CREATE TABLE r_not_required (id int);
--rollback not required

--changeset rb:empty
CREATE TABLE r_empty (id int);
--rollback empty

--changeset rb:upper-keyword
CREATE TABLE r_upper (id int);
--ROLLBACK DROP TABLE r_upper;

--changeset rb:spaced
CREATE TABLE r_spaced (id int);
-- rollback DROP TABLE r_spaced;

--changeset rb:make-ref
CREATE TABLE r_ref (id int);
--rollback DROP TABLE r_ref;

--changeset rb:drop-ref
DROP TABLE r_ref;
--rollback changesetId:make-ref changesetAuthor:rb

--changeset rb:make-ref2
CREATE TABLE r_ref2 (id int);
--rollback DROP TABLE r_ref2;

--changeset rb:drop-ref2-with-path
DROP TABLE r_ref2;
--rollback changeSetId:make-ref2 changeSetAuthor:rb changesetPath:rollback.sql

--changeset rb:rollback-no-split rollbackSplitStatements:false
CREATE TABLE r_ns1 (id int);
CREATE TABLE r_ns2 (id int);
--rollback DROP TABLE r_ns2; DROP TABLE r_ns1;

--changeset rb:rollback-end-delimiter rollbackEndDelimiter:#
CREATE TABLE r_ed1 (id int); CREATE TABLE r_ed2 (id int);
--rollback DROP TABLE r_ed2 # DROP TABLE r_ed1 #

--changeset rb:both-end-delimiters endDelimiter:; rollbackEndDelimiter:#
CREATE TABLE r_bd1 (id int); CREATE TABLE r_bd2 (id int);
--rollback DROP TABLE r_bd2 # DROP TABLE r_bd1 #

--changeset rb:rollback-semicolon-lines
CREATE TABLE r_sc (id int);
--rollback DROP TABLE r_sc
--rollback ;
