// Test data: every change type basalt reads, written once each in YAML, JSON and XML
// (tests/engine/checksum/formats_test.cc reads all three into one model; tests/engine/safety checks
// the generator's tags on their statements).
#pragma once

#include <string>
#include <string_view>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"

namespace basalt::testing {

/// Reads a changelog text with the files the rows below name (a CSV, an SQL file).
inline formats::ReadResult read_as(const std::string& text, const std::string& path) {
  formats::MemoryFileSystem fs;
  fs.add("data/people.csv", "id;name;joined\n1;Ann;2015-08-05\n# a comment\n2;Bob;NULL\n");
  fs.add("sql/grants.sql", "grant select on person to reader;\n");
  formats::ReadOptions options;
  options.skip_custom_changes = true;  // --custom-change=skip, so that customChange reads too
  return formats::read_string(text, path, options, fs);
}

// One change type written three ways: a YAML `changes:` item, the same in JSON, the XML element.
struct Written {
  const char* type;
  const char* yaml;
  const char* json;
  const char* xml;
};

inline const Written kChanges[] = {
    {"createTable",
     "- createTable:\n    tableName: person\n    remarks: people\n    columns:\n    - column:\n        name: id\n"
     "        type: bigint\n        autoIncrement: true\n        startWith: 5\n        constraints:\n"
     "          primaryKey: true\n          primaryKeyName: person_pk\n    - column:\n        name: name\n"
     "        type: varchar(50)\n        defaultValue: anon\n        constraints: {nullable: false, unique: true}\n",
     R"~({"createTable": {"tableName": "person", "remarks": "people", "columns": [
        {"column": {"name": "id", "type": "bigint", "autoIncrement": true, "startWith": 5,
                    "constraints": {"primaryKey": true, "primaryKeyName": "person_pk"}}},
        {"column": {"name": "name", "type": "varchar(50)", "defaultValue": "anon",
                    "constraints": {"nullable": false, "unique": true}}}]}})~",
     R"~(<createTable tableName="person" remarks="people">
          <column name="id" type="bigint" autoIncrement="true" startWith="5">
            <constraints primaryKey="true" primaryKeyName="person_pk"/>
          </column>
          <column name="name" type="varchar(50)" defaultValue="anon">
            <constraints nullable="false" unique="true"/>
          </column>
        </createTable>)~"},
    {"dropTable", "- dropTable: {tableName: person, cascadeConstraints: true}\n",
     R"~({"dropTable": {"tableName": "person", "cascadeConstraints": true}})~",
     R"~(<dropTable tableName="person" cascadeConstraints="true"/>)~"},
    {"renameTable", "- renameTable: {oldTableName: a, newTableName: b, schemaName: public}\n",
     R"~({"renameTable": {"oldTableName": "a", "newTableName": "b", "schemaName": "public"}})~",
     R"~(<renameTable oldTableName="a" newTableName="b" schemaName="public"/>)~"},
    {"addColumn",
     "- addColumn:\n    tableName: person\n    columns:\n    - column: {name: age, type: int, defaultValueNumeric: 18}\n"
     "    - column: {name: born, type: date, defaultValueDate: '2001-12-14'}\n",
     R"~({"addColumn": {"tableName": "person", "columns": [
        {"column": {"name": "age", "type": "int", "defaultValueNumeric": 18}},
        {"column": {"name": "born", "type": "date", "defaultValueDate": "2001-12-14"}}]}})~",
     R"~(<addColumn tableName="person">
          <column name="age" type="int" defaultValueNumeric="18"/>
          <column name="born" type="date" defaultValueDate="2001-12-14"/>
        </addColumn>)~"},
    {"dropColumn",
     "- dropColumn:\n    tableName: person\n    columns:\n    - column: {name: a}\n    - column: {name: b}\n",
     R"~({"dropColumn": {"tableName": "person", "columns": [{"column": {"name": "a"}}, {"column": {"name": "b"}}]}})~",
     R"~(<dropColumn tableName="person"><column name="a"/><column name="b"/></dropColumn>)~"},
    {"renameColumn", "- renameColumn: {tableName: t, oldColumnName: a, newColumnName: b, columnDataType: int}\n",
     R"~({"renameColumn": {"tableName": "t", "oldColumnName": "a", "newColumnName": "b", "columnDataType": "int"}})~",
     R"~(<renameColumn tableName="t" oldColumnName="a" newColumnName="b" columnDataType="int"/>)~"},
    {"modifyDataType", "- modifyDataType: {tableName: t, columnName: a, newDataType: 'varchar(20)'}\n",
     R"~({"modifyDataType": {"tableName": "t", "columnName": "a", "newDataType": "varchar(20)"}})~",
     R"~(<modifyDataType tableName="t" columnName="a" newDataType="varchar(20)"/>)~"},
    {"addNotNullConstraint",
     "- addNotNullConstraint: {tableName: t, columnName: a, columnDataType: int, defaultNullValue: 0}\n",
     R"~({"addNotNullConstraint": {"tableName": "t", "columnName": "a", "columnDataType": "int", "defaultNullValue": 0}})~",
     R"~(<addNotNullConstraint tableName="t" columnName="a" columnDataType="int" defaultNullValue="0"/>)~"},
    {"dropNotNullConstraint", "- dropNotNullConstraint: {tableName: t, columnName: a, columnDataType: int}\n",
     R"~({"dropNotNullConstraint": {"tableName": "t", "columnName": "a", "columnDataType": "int"}})~",
     R"~(<dropNotNullConstraint tableName="t" columnName="a" columnDataType="int"/>)~"},
    {"addDefaultValue", "- addDefaultValue: {tableName: t, columnName: a, defaultValueComputed: now()}\n",
     R"~({"addDefaultValue": {"tableName": "t", "columnName": "a", "defaultValueComputed": "now()"}})~",
     R"~(<addDefaultValue tableName="t" columnName="a" defaultValueComputed="now()"/>)~"},
    {"dropDefaultValue", "- dropDefaultValue: {tableName: t, columnName: a}\n",
     R"~({"dropDefaultValue": {"tableName": "t", "columnName": "a"}})~",
     R"~(<dropDefaultValue tableName="t" columnName="a"/>)~"},
    {"createIndex",
     "- createIndex:\n    tableName: t\n    indexName: t_ab\n    unique: true\n    columns:\n    - column: {name: a}\n"
     "    - column: {name: b, descending: true}\n",
     R"~({"createIndex": {"tableName": "t", "indexName": "t_ab", "unique": true, "columns": [
        {"column": {"name": "a"}}, {"column": {"name": "b", "descending": true}}]}})~",
     R"~(<createIndex tableName="t" indexName="t_ab" unique="true">
          <column name="a"/>
          <column name="b" descending="true"/>
        </createIndex>)~"},
    {"dropIndex", "- dropIndex: {tableName: t, indexName: t_ab}\n",
     R"~({"dropIndex": {"tableName": "t", "indexName": "t_ab"}})~", R"~(<dropIndex tableName="t" indexName="t_ab"/>)~"},
    {"addPrimaryKey", "- addPrimaryKey: {tableName: t, columnNames: 'a, b', constraintName: t_pk}\n",
     R"~({"addPrimaryKey": {"tableName": "t", "columnNames": "a, b", "constraintName": "t_pk"}})~",
     R"~(<addPrimaryKey tableName="t" columnNames="a, b" constraintName="t_pk"/>)~"},
    {"addUniqueConstraint",
     "- addUniqueConstraint: {tableName: t, columnNames: a, constraintName: t_a, deferrable: true, initiallyDeferred: true}\n",
     R"~({"addUniqueConstraint": {"tableName": "t", "columnNames": "a", "constraintName": "t_a", "deferrable": true,
        "initiallyDeferred": true}})~",
     R"~(<addUniqueConstraint tableName="t" columnNames="a" constraintName="t_a" deferrable="true" initiallyDeferred="true"/>)~"},
    {"addForeignKeyConstraint",
     "- addForeignKeyConstraint:\n    baseTableName: child\n    baseColumnNames: parent_id\n    constraintName: fk_parent\n"
     "    referencedTableName: parent\n    referencedColumnNames: id\n    onDelete: CASCADE\n",
     R"~({"addForeignKeyConstraint": {"baseTableName": "child", "baseColumnNames": "parent_id", "constraintName": "fk_parent",
        "referencedTableName": "parent", "referencedColumnNames": "id", "onDelete": "CASCADE"}})~",
     R"~(<addForeignKeyConstraint baseTableName="child" baseColumnNames="parent_id" constraintName="fk_parent"
          referencedTableName="parent" referencedColumnNames="id" onDelete="CASCADE"/>)~"},
    {"dropForeignKeyConstraint", "- dropForeignKeyConstraint: {baseTableName: child, constraintName: fk_parent}\n",
     R"~({"dropForeignKeyConstraint": {"baseTableName": "child", "constraintName": "fk_parent"}})~",
     R"~(<dropForeignKeyConstraint baseTableName="child" constraintName="fk_parent"/>)~"},
    {"dropPrimaryKey", "- dropPrimaryKey: {tableName: t, constraintName: t_pk}\n",
     R"~({"dropPrimaryKey": {"tableName": "t", "constraintName": "t_pk"}})~",
     R"~(<dropPrimaryKey tableName="t" constraintName="t_pk"/>)~"},
    {"dropUniqueConstraint", "- dropUniqueConstraint: {tableName: t, constraintName: t_a}\n",
     R"~({"dropUniqueConstraint": {"tableName": "t", "constraintName": "t_a"}})~",
     R"~(<dropUniqueConstraint tableName="t" constraintName="t_a"/>)~"},
    {"dropSequence", "- dropSequence: {sequenceName: s}\n", R"~({"dropSequence": {"sequenceName": "s"}})~",
     R"~(<dropSequence sequenceName="s"/>)~"},
    {"dropView", "- dropView: {viewName: v, ifExists: true}\n", R"~({"dropView": {"viewName": "v", "ifExists": true}})~",
     R"~(<dropView viewName="v" ifExists="true"/>)~"},
    {"createSequence",
     "- createSequence: {sequenceName: s, startValue: 10, incrementBy: 2, minValue: 1, maxValue: 1000, cycle: false}\n",
     R"~({"createSequence": {"sequenceName": "s", "startValue": 10, "incrementBy": 2, "minValue": 1, "maxValue": 1000,
        "cycle": false}})~",
     R"~(<createSequence sequenceName="s" startValue="10" incrementBy="2" minValue="1" maxValue="1000" cycle="false"/>)~"},
    {"createView", "- createView:\n    viewName: v\n    replaceIfExists: true\n    selectQuery: select id from person\n",
     R"~({"createView": {"viewName": "v", "replaceIfExists": true, "selectQuery": "select id from person"}})~",
     R"~(<createView viewName="v" replaceIfExists="true">
          select id from person
        </createView>)~"},
    {"sql",
     "- sql:\n    splitStatements: false\n    comment: two statements\n    sql: |-\n      insert into t values (1);\n"
     "      insert into t values (2);\n",
     R"~({"sql": {"splitStatements": false, "comment": "two statements",
        "sql": "insert into t values (1);\ninsert into t values (2);"}})~",
     R"~(<sql splitStatements="false"><comment>two statements</comment><![CDATA[
insert into t values (1);
insert into t values (2);
]]></sql>)~"},
    {"insert",
     "- insert:\n    tableName: t\n    columns:\n    - column: {name: a, value: x}\n    - column: {name: b, valueNumeric: 2}\n"
     "    - column: {name: c, valueBoolean: true}\n    - column: {name: d, valueComputed: now()}\n",
     R"~({"insert": {"tableName": "t", "columns": [{"column": {"name": "a", "value": "x"}},
        {"column": {"name": "b", "valueNumeric": 2}}, {"column": {"name": "c", "valueBoolean": true}},
        {"column": {"name": "d", "valueComputed": "now()"}}]}})~",
     R"~(<insert tableName="t">
          <column name="a">x</column>
          <column name="b" valueNumeric="2"/>
          <column name="c" valueBoolean="true"/>
          <column name="d" valueComputed="now()"/>
        </insert>)~"},
    {"update",
     "- update:\n    tableName: t\n    where: id = 1\n    columns:\n    - column: {name: a, value: y}\n",
     R"~({"update": {"tableName": "t", "where": "id = 1", "columns": [{"column": {"name": "a", "value": "y"}}]}})~",
     R"~(<update tableName="t"><column name="a" value="y"/><where>id = 1</where></update>)~"},
    {"delete", "- delete: {tableName: t, where: id > 2}\n", R"~({"delete": {"tableName": "t", "where": "id > 2"}})~",
     R"~(<delete tableName="t"><where>id &gt; 2</where></delete>)~"},
    {"tagDatabase", "- tagDatabase: {tag: v1}\n", R"~({"tagDatabase": {"tag": "v1"}})~", R"~(<tagDatabase tag="v1"/>)~"},
    {"empty", "- empty: {}\n", R"~({"empty": {}})~", R"~(<empty/>)~"},
    {"addAutoIncrement", "- addAutoIncrement: {tableName: t, columnName: id, columnDataType: bigint, startWith: 100}\n",
     R"~({"addAutoIncrement": {"tableName": "t", "columnName": "id", "columnDataType": "bigint", "startWith": 100}})~",
     R"~(<addAutoIncrement tableName="t" columnName="id" columnDataType="bigint" startWith="100"/>)~"},
    {"customChange",
     "- customChange:\n    class: org.example.Move\n    params:\n    - param: {name: table, value: person}\n"
     "    - param: {name: batch, value: '100'}\n",
     R"~({"customChange": {"class": "org.example.Move", "params": [{"param": {"name": "table", "value": "person"}},
        {"param": {"name": "batch", "value": "100"}}]}})~",
     R"~(<customChange class="org.example.Move">
          <param name="table" value="person"/>
          <param name="batch">100</param>
        </customChange>)~"},
    {"loadData",
     "- loadData:\n    tableName: person\n    file: data/people.csv\n    separator: ';'\n    columns:\n"
     "    - column: {name: id, type: NUMERIC}\n    - column: {header: joined, type: DATE}\n",
     R"~({"loadData": {"tableName": "person", "file": "data/people.csv", "separator": ";", "columns": [
        {"column": {"name": "id", "type": "NUMERIC"}}, {"column": {"header": "joined", "type": "DATE"}}]}})~",
     R"~(<loadData tableName="person" file="data/people.csv" separator=";">
          <column name="id" type="NUMERIC"/>
          <column header="joined" type="DATE"/>
        </loadData>)~"},
    {"loadUpdateData",
     "- loadUpdateData:\n    tableName: person\n    file: data/people.csv\n    separator: ';'\n    primaryKey: id\n"
     "    columns:\n    - column: {name: name, allowUpdate: false}\n",
     R"~({"loadUpdateData": {"tableName": "person", "file": "data/people.csv", "separator": ";", "primaryKey": "id",
        "columns": [{"column": {"name": "name", "allowUpdate": false}}]}})~",
     R"~(<loadUpdateData tableName="person" file="data/people.csv" separator=";" primaryKey="id">
          <column name="name" allowUpdate="false"/>
        </loadUpdateData>)~"},
    {"setTableRemarks", "- setTableRemarks: {tableName: person, remarks: \"Bob's table\"}\n",
     R"~({"setTableRemarks": {"tableName": "person", "remarks": "Bob's table"}})~",
     R"~(<setTableRemarks tableName="person" remarks="Bob's table"/>)~"},
    {"setColumnRemarks", "- setColumnRemarks: {tableName: person, columnName: id, columnParentType: TABLE, remarks: key}\n",
     R"~({"setColumnRemarks": {"tableName": "person", "columnName": "id", "columnParentType": "TABLE", "remarks": "key"}})~",
     R"~(<setColumnRemarks tableName="person" columnName="id" columnParentType="TABLE" remarks="key"/>)~"},
    {"alterSequence", "- alterSequence: {sequenceName: s, incrementBy: 2, maxValue: 99, cycle: false, dataType: bigint}\n",
     R"~({"alterSequence": {"sequenceName": "s", "incrementBy": 2, "maxValue": 99, "cycle": false, "dataType": "bigint"}})~",
     R"~(<alterSequence sequenceName="s" incrementBy="2" maxValue="99" cycle="false" dataType="bigint"/>)~"},
    {"renameSequence", "- renameSequence: {schemaName: other, oldSequenceName: s, newSequenceName: t}\n",
     R"~({"renameSequence": {"schemaName": "other", "oldSequenceName": "s", "newSequenceName": "t"}})~",
     R"~(<renameSequence schemaName="other" oldSequenceName="s" newSequenceName="t"/>)~"},
    {"renameView", "- renameView: {oldViewName: v, newViewName: w}\n",
     R"~({"renameView": {"oldViewName": "v", "newViewName": "w"}})~", R"~(<renameView oldViewName="v" newViewName="w"/>)~"},
    {"mergeColumns",
     "- mergeColumns: {tableName: person, column1Name: first, joinString: ' ', column2Name: last, finalColumnName: "
     "full, finalColumnType: varchar(50)}\n",
     R"~({"mergeColumns": {"tableName": "person", "column1Name": "first", "joinString": " ", "column2Name": "last",
        "finalColumnName": "full", "finalColumnType": "varchar(50)"}})~",
     R"~(<mergeColumns tableName="person" column1Name="first" joinString=" " column2Name="last" finalColumnName="full"
          finalColumnType="varchar(50)"/>)~"},
    {"addLookupTable",
     "- addLookupTable: {existingTableName: address, existingColumnName: state, newTableName: state, newColumnName: "
     "code, constraintName: fk_state}\n",
     R"~({"addLookupTable": {"existingTableName": "address", "existingColumnName": "state", "newTableName": "state",
        "newColumnName": "code", "constraintName": "fk_state"}})~",
     R"~(<addLookupTable existingTableName="address" existingColumnName="state" newTableName="state" newColumnName="code"
          constraintName="fk_state"/>)~"},
    {"output", "- output: {message: feed the cat, target: STDOUT}\n",
     R"~({"output": {"message": "feed the cat", "target": "STDOUT"}})~",
     R"~(<output target="STDOUT">feed the cat</output>)~"},
    {"stop", "- stop: {message: enough}\n", R"~({"stop": {"message": "enough"}})~", R"~(<stop>enough</stop>)~"},
    {"dropAllForeignKeyConstraints", "- dropAllForeignKeyConstraints: {baseTableSchemaName: other, baseTableName: child}\n",
     R"~({"dropAllForeignKeyConstraints": {"baseTableSchemaName": "other", "baseTableName": "child"}})~",
     R"~(<dropAllForeignKeyConstraints baseTableSchemaName="other" baseTableName="child"/>)~"},
    {"createProcedure",
     "- createProcedure:\n    procedureName: p\n    procedureText: CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$\n",
     R"~({"createProcedure": {"procedureName": "p", "procedureText": "CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$"}})~",
     R"~(<createProcedure procedureName="p">CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$</createProcedure>)~"},
    {"dropProcedure", "- dropProcedure: {schemaName: other, procedureName: p}\n",
     R"~({"dropProcedure": {"schemaName": "other", "procedureName": "p"}})~",
     R"~(<dropProcedure schemaName="other" procedureName="p"/>)~"},
    {"sqlFile", "- sqlFile: {path: sql/grants.sql, splitStatements: false, stripComments: true}\n",
     R"~({"sqlFile": {"path": "sql/grants.sql", "splitStatements": false, "stripComments": true}})~",
     R"~(<sqlFile path="sql/grants.sql" splitStatements="false" stripComments="true"/>)~"},
    {"executeCommand",
     "- executeCommand:\n    executable: touch\n    os: Linux, Mac OS X\n    timeout: 10s\n    args:\n"
     "    - arg: {value: done.txt}\n",
     R"~({"executeCommand": {"executable": "touch", "os": "Linux, Mac OS X", "timeout": "10s",
        "args": [{"arg": {"value": "done.txt"}}]}})~",
     R"~(<executeCommand executable="touch" os="Linux, Mac OS X" timeout="10s">
          <arg value="done.txt"/>
        </executeCommand>)~"},
};

/// A YAML changelog of one change-set (1, by a) with the row's change.
inline std::string yaml_changelog(const Written& w) {
  std::string changes;
  std::string_view yaml = w.yaml;
  while (!yaml.empty()) {  // indent the item under `changes:`
    std::size_t end = yaml.find('\n');
    changes += "    " + std::string(yaml.substr(0, end + 1));
    yaml.remove_prefix(end == std::string_view::npos ? yaml.size() : end + 1);
  }
  return "databaseChangeLog:\n- changeSet:\n    id: '1'\n    author: a\n    changes:\n" + changes;
}

}  // namespace basalt::testing
