// Changelogs read from strings into the model: change types, change-set attributes, rollback forms
// and preconditions, in the shapes real YAML changelogs use.
#include "changelog-formats/to_model.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

using testing::change;
using testing::only_change_set;
using testing::problems;

TEST_CASE("a realistic createTable change-set reads into the model with values as written") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: 1.14.0
      author: GraviteeSource Team
      changes:
        - createTable:
            tableName: users
            columns:
              - column: {name: id, type: nvarchar(64), constraints: { nullable: false, primaryKey: true, primaryKeyName: "pk_users" } }
              - column:
                  name: active
                  type: boolean
                  defaultValue: NO
              - column:
                  name: price
                  type: decimal(10,2)
                  defaultValueNumeric: 9.90
)y");
  CHECK(cs.id == "1.14.0");
  CHECK(cs.author == "GraviteeSource Team");
  CHECK(cs.file_path == "changelog.yaml");
  CHECK(cs.where.line == 2);
  CHECK(cs.where.column == 5);
  const auto& t = change<model::CreateTable>(cs);
  CHECK(t.table_name == "users");
  CHECK(t.where.line == 6);
  REQUIRE(t.columns.size() == 3);
  CHECK(t.columns[0].name == "id");
  CHECK(t.columns[0].type == "nvarchar(64)");
  REQUIRE(t.columns[0].constraints.has_value());
  CHECK(t.columns[0].constraints->nullable == false);
  CHECK(t.columns[0].constraints->primary_key == true);
  CHECK(t.columns[0].constraints->primary_key_name == "pk_users");
  CHECK(t.columns[0].where.line == 9);
  CHECK(t.columns[1].default_value == "false");  // SnakeYAML's NO, as Liquibase wrote DEFAULT 'false'
  CHECK(t.columns[2].default_value_numeric == "9.9");  // the Double 9.9, as Liquibase reads 9.90
  CHECK_FALSE(t.if_not_exists.has_value());
  CHECK(cs.rollback.kind == model::Rollback::Kind::automatic);
}

TEST_CASE("every change type of the model is read by its Liquibase name") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
- changeSet:
    id: all
    author: a
    changes:
    - dropTable: {tableName: t, cascadeConstraints: true}
    - renameTable: {oldTableName: a, newTableName: b}
    - addColumn: {tableName: t, columns: [{column: {name: c, type: int}}]}
    - dropColumn: {tableName: t, columnName: c}
    - renameColumn: {tableName: t, oldColumnName: a, newColumnName: b}
    - modifyDataType: {tableName: t, columnName: c, newDataType: bigint}
    - addNotNullConstraint: {tableName: t, columnName: c, defaultNullValue: 0}
    - dropNotNullConstraint: {tableName: t, columnName: c}
    - addDefaultValue: {tableName: t, columnName: c, defaultValueBoolean: true}
    - dropDefaultValue: {tableName: t, columnName: c}
    - createIndex: {tableName: t, indexName: i, unique: true, columns: [{column: {name: c}}]}
    - dropIndex: {indexName: i}
    - addPrimaryKey: {tableName: t, columnNames: "a, b"}
    - addUniqueConstraint: {tableName: t, columnNames: a, constraintName: u}
    - addForeignKeyConstraint: {baseTableName: a, baseColumnNames: x, constraintName: fk, referencedTableName: b, referencedColumnNames: id, onDelete: CASCADE}
    - dropForeignKeyConstraint: {baseTableName: a, constraintName: fk}
    - createSequence: {sequenceName: s, startValue: 100, incrementBy: 10}
    - createView: {viewName: v, selectQuery: select 1}
    - sql: select 1
    - insert: {tableName: t, columns: [{column: {name: c, valueNumeric: 1}}]}
    - update: {tableName: t, where: id = 1, columns: [{column: {name: c, value: x}}]}
    - delete: {tableName: t, where: id = 1}
    - tagDatabase: {tag: v1}
    - empty:
)y");
  REQUIRE(cs.changes.size() == 24);
  std::vector<std::string> names;
  for (const model::Change& c : cs.changes) names.emplace_back(model::name_of(c));
  CHECK(names == std::vector<std::string>{"dropTable",
                                          "renameTable",
                                          "addColumn",
                                          "dropColumn",
                                          "renameColumn",
                                          "modifyDataType",
                                          "addNotNullConstraint",
                                          "dropNotNullConstraint",
                                          "addDefaultValue",
                                          "dropDefaultValue",
                                          "createIndex",
                                          "dropIndex",
                                          "addPrimaryKey",
                                          "addUniqueConstraint",
                                          "addForeignKeyConstraint",
                                          "dropForeignKeyConstraint",
                                          "createSequence",
                                          "createView",
                                          "sql",
                                          "insert",
                                          "update",
                                          "delete",
                                          "tagDatabase",
                                          "empty"});
  CHECK(change<model::DropTable>(cs, 0).cascade_constraints == true);
  CHECK(change<model::AddDefaultValue>(cs, 8).default_value_boolean == true);
  CHECK(change<model::CreateIndex>(cs, 10).unique == true);
  CHECK(change<model::AddPrimaryKey>(cs, 12).column_names == "a, b");
  CHECK(change<model::CreateSequence>(cs, 16).start_value == "100");
  CHECK(change<model::Sql>(cs, 18).sql == "select 1");
  CHECK(change<model::Update>(cs, 20).where_clause == "id = 1");
  CHECK(change<model::TagDatabase>(cs, 22).tag == "v1");
}

TEST_CASE("a sql change is a scalar or a map with its attributes") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: s
      author: a
      changes:
        - sql: select 1
        - sql:
            dbms: postgresql
            splitStatements: false
            stripComments: true
            endDelimiter: \n/
            sql: |
              create function f() returns int as $$ select 1; $$ language sql;
)y");
  CHECK(change<model::Sql>(cs, 0).sql == "select 1");
  CHECK(change<model::Sql>(cs, 0).where.line == 6);
  const auto& s = change<model::Sql>(cs, 1);
  CHECK(s.dbms == "postgresql");
  CHECK(s.split_statements == false);
  CHECK(s.strip_comments == true);
  CHECK(s.end_delimiter == "\\n/");
  CHECK(s.sql == "create function f() returns int as $$ select 1; $$ language sql;\n");
}

TEST_CASE("a scalar given for createView is its select query") {
  CHECK(problems("databaseChangeLog:\n- changeSet:\n    id: v\n    author: a\n    changes:\n    - "
                 "createView: select 1\n") ==
        "changelog.yaml:6:7: error: createView is missing required attribute 'viewName'\n"
        "      - createView: select 1\n"
        "        ^\n");
}

TEST_CASE("text attributes match whatever their case, a column's whatever the case of its first letter") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
- changeSet:
    id: 1
    author: your.name
    runonchange: true
    CONTEXT: prod
    changes:
    - createTable:
        TableName: person
        columns:
        - column: {Name: id, type: int, AutoIncrement: true, Constraints: {primarykey: true, NULLABLE: false}}
    - sql:
        SQL: select 1
)y");
  CHECK(cs.run_on_change);
  CHECK(cs.contexts == "prod");
  const auto& t = change<model::CreateTable>(cs);
  CHECK(t.table_name == "person");
  CHECK(t.columns[0].name == "id");
  CHECK(t.columns[0].auto_increment == true);
  CHECK(t.columns[0].constraints->primary_key == true);
  CHECK(t.columns[0].constraints->nullable == false);
  CHECK(change<model::Sql>(cs, 1).sql == "select 1");
}

TEST_CASE("change-set attributes are read with their defaults when absent") {
  model::ChangeSet plain = only_change_set("databaseChangeLog:\n- changeSet: {id: p, author: a}\n");
  CHECK_FALSE(plain.run_on_change);
  CHECK_FALSE(plain.run_always);
  CHECK(plain.run_in_transaction);
  CHECK(plain.fail_on_error);
  CHECK_FALSE(plain.ignore);
  CHECK_FALSE(plain.contexts.has_value());
  CHECK(plain.changes.empty());

  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
- changeSet:
    id: 42
    author: ""
    comment: why this exists
    runOnChange: yes
    runAlways: true
    runInTransaction: false
    failOnError: off
    context: dev and !prod
    labels: core, slow
    dbms: postgresql
    ignore: false
    created: "2024-01-01"
    objectQuotingStrategy: LEGACY
    validCheckSum:
      - 9:3b78b9910981c62ca27148640fad7bc2
      - ANY
    logicalFilePath: db/./logical.yaml
)y");
  CHECK(cs.id == "42");
  CHECK(cs.author.empty());
  CHECK(cs.comment == "why this exists");
  CHECK(cs.run_on_change);
  CHECK(cs.run_always);
  CHECK_FALSE(cs.run_in_transaction);
  CHECK_FALSE(cs.fail_on_error);
  CHECK(cs.contexts == "dev and !prod");
  CHECK(cs.labels == "core, slow");
  CHECK(cs.dbms == "postgresql");
  CHECK(cs.created == "2024-01-01");
  CHECK(cs.valid_checksums == std::vector<std::string>{"9:3b78b9910981c62ca27148640fad7bc2", "ANY"});
  CHECK(cs.file_path == "db/logical.yaml");
  CHECK(only_change_set(
            "databaseChangeLog:\n- changeSet: {id: c, author: a, contexts: test, validCheckSum: ANY}\n")
            .valid_checksums == std::vector<std::string>{"ANY"});
}

TEST_CASE("a root changelog given as ./path is recorded without the ./") {
  ReadResult r =
      read_yaml_string("databaseChangeLog:\n- changeSet: {id: 1, author: a}\n", "./db/changelog.yaml");
  REQUIRE(r.ok());
  CHECK(r.changelog.root_path == "./db/changelog.yaml");
  CHECK(r.changelog.change_sets[0].file_path == "db/changelog.yaml");
  CHECK(r.changelog.change_sets[0].identity() == "db/changelog.yaml::1::a");
}

TEST_CASE("an explicit rollback is SQL text, nothing, changes, or another change-set's changes") {
  ReadResult r = read_yaml_string(R"y(databaseChangeLog:
- changeSet:
    id: text
    author: a
    changes: [{sql: create table t (id int)}]
    rollback: drop table t; drop table u
- changeSet: {id: empty-string, author: a, rollback: ""}
- changeSet: {id: empty-list, author: a, rollback: []}
- changeSet:
    id: list
    author: a
    rollback:
      - dropTable: {tableName: t}
      - sql: drop table u
- changeSet:
    id: one
    author: a
    rollback:
      dropTable:
        tableName: t
- changeSet:
    id: earlier
    author: b
    changes:
      - createTable: {tableName: archive, columns: [{column: {name: id, type: int}}]}
- changeSet:
    id: replay
    author: a
    rollback: {changeSetId: earlier, changeSetAuthor: b}
- changeSet:
    id: auto
    author: a
)y",
                                  "changelog.yaml");
  REQUIRE(r.ok());
  const auto& cs = r.changelog.change_sets;
  REQUIRE(cs.size() == 8);
  using Kind = model::Rollback::Kind;
  CHECK(cs[0].rollback.kind == Kind::explicit_changes);
  REQUIRE(cs[0].rollback.changes.size() == 1);
  CHECK(std::get<model::Sql>(cs[0].rollback.changes[0]).sql == "drop table t; drop table u");
  CHECK(cs[1].rollback.kind == Kind::explicit_empty);
  CHECK(cs[2].rollback.kind == Kind::explicit_empty);
  CHECK(cs[3].rollback.kind == Kind::explicit_changes);
  REQUIRE(cs[3].rollback.changes.size() == 2);
  CHECK(std::get<model::DropTable>(cs[3].rollback.changes[0]).table_name == "t");
  CHECK(std::get<model::Sql>(cs[3].rollback.changes[1]).sql == "drop table u");
  CHECK(cs[4].rollback.kind == Kind::explicit_changes);
  CHECK(std::get<model::DropTable>(cs[4].rollback.changes.at(0)).table_name == "t");
  CHECK(cs[5].rollback.kind == Kind::automatic);  // the replayed one keeps its own
  CHECK(cs[6].rollback.kind == Kind::explicit_changes);
  REQUIRE(cs[6].rollback.changes.size() == 1);
  CHECK(std::get<model::CreateTable>(cs[6].rollback.changes[0]).table_name == "archive");
  CHECK(cs[7].rollback.kind == Kind::automatic);
}

TEST_CASE("a rollback naming a change-set that does not exist is reported") {
  CHECK(problems(
            "databaseChangeLog:\n- changeSet:\n    id: r\n    author: a\n    rollback: {changeSetId: nope, "
            "changeSetAuthor: b}\n") ==
        "changelog.yaml:5:15: error: rollback refers to change-set 'changelog.yaml::nope::b', which does not "
        "exist\n"
        "      rollback: {changeSetId: nope, changeSetAuthor: b}\n"
        "                ^\n");
}

TEST_CASE("a rollback may replay only a change-set read before it, as Liquibase's lookup finds only those") {
  // Liquibase 4.28: "Change set changelog.yaml::2::a does not exist", for itself too, in YAML and XML.
  CHECK(problems("databaseChangeLog:\n- changeSet:\n    id: '1'\n    author: a\n    rollback: {changeSetId: '2', "
                 "changeSetAuthor: a}\n- changeSet: {id: '2', author: a, changes: [{sql: select 1}]}\n"
                 "- changeSet:\n    id: '3'\n    author: a\n    rollback: {changeSetId: '3', changeSetAuthor: a}\n") ==
        "changelog.yaml:5:15: error: rollback refers to change-set 'changelog.yaml::2::a', which is not read before it\n"
        "      rollback: {changeSetId: '2', changeSetAuthor: a}\n"
        "                ^\n"
        "  Liquibase looks it up among the change-sets read before this one, and refuses the file\n"
        "changelog.yaml:10:15: error: rollback refers to change-set 'changelog.yaml::3::a', which is not read before it\n"
        "      rollback: {changeSetId: '3', changeSetAuthor: a}\n"
        "                ^\n"
        "  Liquibase looks it up among the change-sets read before this one, and refuses the file\n");
}

TEST_CASE("preconditions read in the list style of Liquibase's YAML with their failure behaviour") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: 4.0.3
      author: GraviteeSource Team
      preConditions:
        - onFail: MARK_RAN
        - onFailMessage: already there
        - not:
            columnExists:
              tableName: subscriptions
              columnName: failure_cause
        - sqlCheck:
            expectedResult: 0
            sql: select count(*) from environments where id = 'DEFAULT'
)y");
  REQUIRE(cs.preconditions.has_value());
  const model::Preconditions& p = *cs.preconditions;
  CHECK(p.on_fail == "MARK_RAN");
  CHECK(p.on_error == "HALT");
  CHECK(p.on_fail_message == "already there");
  CHECK(p.on_sql_output == "IGNORE");
  REQUIRE(p.conditions.size() == 2);
  CHECK(p.conditions[0].type == "not");
  REQUIRE(p.conditions[0].nested.size() == 1);
  CHECK(p.conditions[0].nested[0].type == "columnExists");
  CHECK(p.conditions[0].nested[0].attributes ==
        std::vector<std::pair<std::string, std::string>>{{"tableName", "subscriptions"},
                                                         {"columnName", "failure_cause"}});
  CHECK(p.conditions[1].type == "sqlCheck");
  CHECK(p.conditions[1].text == "select count(*) from environments where id = 'DEFAULT'");
  CHECK(p.conditions[1].attributes ==
        std::vector<std::pair<std::string, std::string>>{{"expectedResult", "0"}});
}

TEST_CASE("preconditions read as a map and with several keys in one list item") {
  model::ChangeSet mssql = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: mssql
      author: a
      preConditions:
          onFail: MARK_RAN
          dbms:
             type: mssql
)y");
  CHECK(mssql.preconditions->on_fail == "MARK_RAN");
  CHECK(mssql.preconditions->conditions.at(0).type == "dbms");
  CHECK(mssql.preconditions->conditions.at(0).attributes.at(0).second == "mssql");

  model::ChangeSet haitaton = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: 062
      author: b
      preConditions:
        - onFail: MARK_RAN
          onError: CONTINUE
          and:
            - columnExists: {tableName: t, columnName: a}
            - tableExists: {tableName: t}
)y");
  CHECK(haitaton.id == "50");  // YAML 1.1 octal, as Liquibase records it
  CHECK(haitaton.preconditions->on_error == "CONTINUE");
  REQUIRE(haitaton.preconditions->conditions.size() == 1);
  CHECK(haitaton.preconditions->conditions[0].type == "and");
  CHECK(haitaton.preconditions->conditions[0].nested.size() == 2);
}

TEST_CASE("changelog-level preconditions go to the changelog, each block with its own behaviour") {
  ReadResult r = read_yaml_string(R"y(databaseChangeLog:
  - preConditions:
      - dbms:
          type: postgresql
      - runningAs:
          username: postgres
  - changeSet: {id: 1, author: a}
  - preConditions:
      - onFail: WARN
      - changeLogPropertyDefined: {property: Mode}
      - changeLogPropertyDefined: {property: missing}
  - property: {name: mode, value: dev}
)y",
                                  "changelog.yaml");
  REQUIRE(r.ok());
  REQUIRE(r.changelog.preconditions.size() == 2);
  CHECK(r.changelog.preconditions[0].conditions.size() == 2);
  CHECK(r.changelog.preconditions[0].on_fail == "HALT");
  CHECK(r.changelog.preconditions[1].on_fail == "WARN");
  // Whether a property is defined is settled while reading: names compare without case.
  CHECK(r.changelog.preconditions[1].conditions[0].known_when_read == "dev");
  CHECK_FALSE(r.changelog.preconditions[1].conditions[1].known_when_read.has_value());
  CHECK(r.changelog.root_file == "changelog.yaml");
}

TEST_CASE("bad preconditions: unknown attributes and textual unknown names are skipped, missing needs refused") {
  ReadResult r = read_yaml_string(R"y(databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      preConditions:
        - onFail: MARK_RAN
        - tableExists: {tableName: t, bogus: 1}
        - fooExists: person
        - barExists: {tableName: x}
        - sqlCheck: {expectedResult: 0}
        - rowCount: {tableName: t, expectedRows: abc}
)y",
                                  "changelog.yaml");
  std::string found;
  for (const Diagnostic& d : r.diagnostics.items())
    found += std::string(d.severity == Severity::error ? "error " : "warning ") + d.message + "\n";
  CHECK(found ==
        "warning unknown attribute 'bogus' of tableExists is ignored\n"
        "warning unknown precondition 'fooExists' is ignored\n"
        "error unknown precondition 'barExists'\n"
        "error sqlCheck is missing required attribute 'sql'\n"
        "error rowCount's expectedRows must be a whole number, not 'abc'\n");
}

TEST_CASE("properties are substituted in every value, command-line values first") {
  const std::string text = R"y(databaseChangeLog:
  - property: {name: prefix, value: app_}
  - property: {name: prefix, value: ignored_}
  - property: {name: uuid, value: NEWID(), dbms: mssql}
  - property: {name: uuid, value: "gen_random_uuid()", dbms: "mariadb, postgresql"}
  - property: {name: id_type, value: "${int_type}"}
  - property: {name: int_type, value: bigint}
  - changeSet:
      id: ${prefix}1
      author: ${who}
      changes:
        - createTable:
            tableName: ${prefix}users
            columns:
              - column: {name: id, type: "${id_type}", defaultValueComputed: "${uuid}"}
              - column: {name: "${undefined}", type: text}
)y";
  model::ChangeSet cs = only_change_set(text);
  CHECK(cs.id == "app_1");
  CHECK(cs.author == "${who}");
  const auto& t = change<model::CreateTable>(cs);
  CHECK(t.table_name == "app_users");
  CHECK(t.columns[0].type == "bigint");
  CHECK(t.columns[0].default_value_computed == "gen_random_uuid()");
  CHECK(t.columns[1].name == "${undefined}");

  model::ChangeSet cli = only_change_set(text, Properties{{"prefix", ""}, {"who", "ci"}});
  CHECK(cli.id == "1");
  CHECK(cli.author == "ci");
  CHECK(change<model::CreateTable>(cli).table_name == "users");
}

TEST_CASE("a property used before the entry that defines it is substituted") {
  model::ChangeSet cs = only_change_set(R"y(databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      changes: [{dropTable: {tableName: "${t}"}}]
  - property: {name: t, value: late}
)y");
  CHECK(change<model::DropTable>(cs).table_name == "late");
}

}  // namespace
}  // namespace basalt::formats
