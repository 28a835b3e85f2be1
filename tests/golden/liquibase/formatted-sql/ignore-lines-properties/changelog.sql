--liquibase formatted sql

--property name:tbl value:ip_values
--property name:idprop value:from-property
--property name:authorprop value:prop-author
--property name:ctxprop value:prod
--property name:scoped value:scoped-prod context:prod
--property name:scoped value:scoped-test context:test
--property name:scoped value:scoped-none
--property name:bydbms value:mysql-value dbms:mysql
--property name:bydbms value:pg-value dbms:postgresql
--property name:lab value:lab-lab1 labels:lab1
--property name:lab value:lab-none
--property name:local value:local-value global:false
--property name:quoted value:"two words"
--property  name: spacedname  value: spaced-value
--property value:value-first name:valuefirst
--property name:cli value:from-changelog
--property name:first value:first-definition
--property name:first value:second-definition
--property name:nested value:${tbl}-nested

--changeset ip:create
CREATE TABLE ${tbl} (k text, v text);

--changeset ip:values
INSERT INTO ${tbl} VALUES ('scoped', '${scoped}');
INSERT INTO ${tbl} VALUES ('bydbms', '${bydbms}');
INSERT INTO ${tbl} VALUES ('lab', '${lab}');
INSERT INTO ${tbl} VALUES ('local', '${local}');
INSERT INTO ${tbl} VALUES ('quoted', '${quoted}');
INSERT INTO ${tbl} VALUES ('spacedname', '${spacedname}');
INSERT INTO ${tbl} VALUES ('valuefirst', '${valuefirst}');
INSERT INTO ${tbl} VALUES ('cli', '${cli}');
INSERT INTO ${tbl} VALUES ('cli_only', '${cli_only}');
INSERT INTO ${tbl} VALUES ('first', '${first}');
INSERT INTO ${tbl} VALUES ('nested', '${nested}');
INSERT INTO ${tbl} VALUES ('undefined', '${undefined_prop}');
INSERT INTO ${tbl} VALUES ('late', '${late}');
--property name:late value:defined-inside-the-change-set
INSERT INTO ${tbl} VALUES ('later', '${later}');

--changeset ${authorprop}:${idprop} context:${ctxprop} labels:${lab}
--comment: comment on ${tbl}, later=${later}
INSERT INTO ${tbl} VALUES ('id-from-property', '${later}');
--rollback DELETE FROM ${tbl} WHERE k = 'id-from-property';

--property name:later value:defined-after-the-change-set

--changeset ip:ignore-block
INSERT INTO ${tbl} VALUES ('ignore-block', 'before');
--ignoreLines:start
INSERT INTO ${tbl} VALUES ('ignore-block', 'ignored');
this is not SQL
--ignoreLines:end
INSERT INTO ${tbl} VALUES ('ignore-block', 'after');

--changeset ip:ignore-count
INSERT INTO ${tbl} VALUES ('ignore-count', 'before');
--ignoreLines:2
INSERT INTO ${tbl} VALUES ('ignore-count', 'ignored 1');
INSERT INTO ${tbl} VALUES ('ignore-count', 'ignored 2');
INSERT INTO ${tbl} VALUES ('ignore-count', 'after');

--ignoreLines:start
--changeset ip:ignored-change-set
INSERT INTO ${tbl} VALUES ('ignored-change-set', 'ran');
--ignoreLines:end

--changeset ip:spaced-ignore-lines
INSERT INTO ${tbl} VALUES ('spaced-ignore-lines', 'before');
-- ignoreLines:1
INSERT INTO ${tbl} VALUES ('spaced-ignore-lines', 'ignored');
INSERT INTO ${tbl} VALUES ('spaced-ignore-lines', 'after');

--changeset ip:last
INSERT INTO ${tbl} VALUES ('last', 'ran');
--ignoreLines:start
INSERT INTO ${tbl} VALUES ('last', 'ignored, no end marker');
