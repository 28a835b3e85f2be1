--liquibase formatted sql
--changeset a:1 rollbackSplitStatements:false
select 1;
/* liquibase rollback
select 2;
*/
--changeset a:2
select 2;
--rollback changesetId:1 changesetAuthor:a
--ignoreLines:start
x
--ignoreLines:end
