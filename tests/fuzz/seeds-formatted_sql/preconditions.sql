--liquibase formatted sql
--property name:tbl value:things
--changeset a:1
--preconditions onFail:MARK_RAN onError:WARN
--precondition-sql-check expectedResult:0 select count(*) from ${schema}.${tbl}
--precondition-table-exists table:${tbl} schema:public
--precondition-view-exists view:v
--validCheckSum: 9:0123
--validCheckSum: ANY
--ignoreLines:start
this is not SQL
--ignoreLines:end
--ignoreLines:1
skipped too
select * from ${tbl};
