--liquibase formatted sql

--property name:tbl value:c

--changeset cs:base
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:reindented


   CREATE   TABLE IF NOT EXISTS c (
	id int,
	note text
   );

      INSERT INTO c VALUES (1, 'a b')  ;   


--changeset cs:one-line
CREATE TABLE IF NOT EXISTS c (id int, note text); INSERT INTO c VALUES (1, 'a b');

--changeset cs:whitespace-removed-from-string
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'ab');

--changeset cs:no-trailing-semicolon
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b')

--changeset cs:line-comment
-- a comment
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:line-comment-strip-false stripComments:false
-- a comment
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:block-comment
/* a comment */
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:comment-line-after-sql
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');
-- a comment after the SQL

--changeset cs:trailing-comment-on-line
CREATE TABLE IF NOT EXISTS c (id int, note text); -- trailing
INSERT INTO c VALUES (1, 'a b');

--changeset cs:split-false splitStatements:false
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:end-delimiter endDelimiter:#
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:strip-true-split-false stripComments:true splitStatements:false
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:attributes runOnChange:true context:prod labels:lab1 dbms:postgresql runInTransaction:false failOnError:true
CREATE TABLE IF NOT EXISTS c (id int, note text);
INSERT INTO c VALUES (1, 'a b');

--changeset cs:comment-rollback-precondition
--comment: a comment
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM pg_tables WHERE tablename = 'nope'
CREATE TABLE IF NOT EXISTS c (id int, note text);
--rollback DELETE FROM c;
INSERT INTO c VALUES (1, 'a b');

--changeset cs:ignore-lines
CREATE TABLE IF NOT EXISTS c (id int, note text);
--ignoreLines:start
SELECT 1;
--ignoreLines:end
INSERT INTO c VALUES (1, 'a b');

--changeset cs:property
CREATE TABLE IF NOT EXISTS ${tbl} (id int, note text);
INSERT INTO ${tbl} VALUES (1, 'a b');

--changeset cs:lower-case
create table if not exists c (id int, note text);
insert into c values (1, 'a b');
