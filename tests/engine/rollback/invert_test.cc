// Automatic inverses, checked as the SQL they generate: what Liquibase 4.28 printed in
// rollback-count-sql for the same changes (reference section 1), the trailing ';' left off.
#include "engine/rollback/invert.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/sql/generate.h"
#include "tests/engine/yaml_changes.h"

namespace basalt::rollback {
namespace {

using Lines = std::vector<std::string>;

Lines sql_of(const std::vector<model::Change>& changes) {
  Lines out;
  for (const model::Change& c : changes) {
    for (const sql::Statement& s : sql::generate(c, sql::Target{})) out.push_back(s.text);
  }
  return out;
}

// The rollback SQL of a change-set whose changes are `changes_yaml`.
Lines rollback_sql(const std::string& changes_yaml) {
  model::ChangeSet cs;
  cs.changes = testing::changes_of(changes_yaml);
  auto r = rollback_changes(cs);
  REQUIRE_MESSAGE(std::holds_alternative<std::vector<model::Change>>(r), std::get<NotInvertible>(r).reason);
  return sql_of(std::get<std::vector<model::Change>>(r));
}

NotInvertible refusal(const std::string& changes_yaml) {
  model::ChangeSet cs;
  cs.changes = testing::changes_of(changes_yaml);
  auto r = rollback_changes(cs);
  REQUIRE(std::holds_alternative<NotInvertible>(r));
  return std::get<NotInvertible>(r);
}

}  // namespace

TEST_CASE("createTable, renames, sequences and views") {
  CHECK(rollback_sql("- createTable: {tableName: ct, columns: [{column: {name: id, type: int}}]}") ==
        Lines{"DROP TABLE public.ct"});
  CHECK(rollback_sql("- renameTable: {oldTableName: orders, newTableName: purchase}") ==
        Lines{"ALTER TABLE public.purchase RENAME TO orders"});
  CHECK(rollback_sql("- renameColumn: {tableName: person, oldColumnName: city, newColumnName: town}") ==
        Lines{"ALTER TABLE public.person RENAME COLUMN town TO city"});
  CHECK(rollback_sql("- createSequence: {sequenceName: seq_x, startValue: 100}") ==
        Lines{"DROP SEQUENCE public.seq_x CASCADE"});
  CHECK(rollback_sql("- createView: {viewName: v_x, replaceIfExists: true, selectQuery: select 1}") ==
        Lines{"DROP VIEW public.v_x"});
}

TEST_CASE("addColumn drops the defaults, then the columns, in forward column order") {
  CHECK(rollback_sql(R"(- addColumn:
    tableName: person
    columns:
      - column: {name: email, type: varchar(100), defaultValue: x@y}
      - column: {name: nick, type: text}
      - column: {name: score, type: 'decimal(5,2)', defaultValueNumeric: 1.5})") ==
        Lines{"ALTER TABLE public.person ALTER COLUMN email DROP DEFAULT",
              "ALTER TABLE public.person ALTER COLUMN score DROP DEFAULT", "ALTER TABLE public.person DROP COLUMN email",
              "ALTER TABLE public.person DROP COLUMN nick", "ALTER TABLE public.person DROP COLUMN score"});
}

TEST_CASE("constraints, defaults, not-null and indexes") {
  CHECK(rollback_sql("- addNotNullConstraint: {tableName: person, columnName: city, defaultNullValue: x}") ==
        Lines{"ALTER TABLE public.person ALTER COLUMN  city DROP NOT NULL"});
  CHECK(rollback_sql("- dropNotNullConstraint: {tableName: person, columnName: name}") ==
        Lines{"ALTER TABLE public.person ALTER COLUMN  name SET NOT NULL"});
  CHECK(rollback_sql("- addDefaultValue: {tableName: person, columnName: age, defaultValueNumeric: 18}") ==
        Lines{"ALTER TABLE public.person ALTER COLUMN age DROP DEFAULT"});
  CHECK(rollback_sql("- addPrimaryKey: {tableName: nopk, columnNames: 'a, b', constraintName: pk_x}") ==
        Lines{"ALTER TABLE public.nopk DROP CONSTRAINT pk_x"});
  CHECK(rollback_sql("- addUniqueConstraint: {tableName: person, columnNames: 'city, age', constraintName: uq_x}") ==
        Lines{"ALTER TABLE public.person DROP CONSTRAINT uq_x"});
  CHECK(rollback_sql("- addForeignKeyConstraint: {baseTableName: fkd, baseColumnNames: id, constraintName: fk_x, "
                     "referencedTableName: orders, referencedColumnNames: id}") ==
        Lines{"ALTER TABLE public.fkd DROP CONSTRAINT fk_x"});
  CHECK(rollback_sql("- createIndex: {tableName: person, indexName: idx_x, columns: [{column: {name: age}}]}") ==
        Lines{"DROP INDEX public.idx_x"});
}

TEST_CASE("an unnamed primary key is dropped by looking it up") {
  const Lines sql = rollback_sql("- addPrimaryKey: {tableName: nopk, columnNames: a}");
  REQUIRE(sql.size() == 1);
  CHECK(sql[0].starts_with("DO $$"));
  CHECK(sql[0].find("'public.nopk'::regclass") != std::string::npos);
}

TEST_CASE("several changes are undone in reverse order") {
  CHECK(rollback_sql(R"(- addColumn: {tableName: person, columns: [{column: {name: flag, type: boolean}}]}
- addDefaultValue: {tableName: person, columnName: flag, defaultValueBoolean: false})") ==
        Lines{"ALTER TABLE public.person ALTER COLUMN flag DROP DEFAULT", "ALTER TABLE public.person DROP COLUMN flag"});
}

TEST_CASE("tagDatabase and empty undo to nothing") {
  CHECK(rollback_sql("- tagDatabase: {tag: v1}").empty());
  CHECK(rollback_sql("- empty: {}").empty());
}

TEST_CASE("changes without an inverse are named, with the reason") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"- dropTable: {tableName: t}", "dropTable"},
      {"- dropColumn: {tableName: t, columnName: c}", "dropColumn"},
      {"- modifyDataType: {tableName: t, columnName: c, newDataType: int}", "modifyDataType"},
      {"- dropDefaultValue: {tableName: t, columnName: c}", "dropDefaultValue"},
      {"- dropIndex: {indexName: i}", "dropIndex"},
      {"- dropForeignKeyConstraint: {baseTableName: t, constraintName: f}", "dropForeignKeyConstraint"},
      {"- dropPrimaryKey: {tableName: t}", "dropPrimaryKey"},
      {"- dropUniqueConstraint: {tableName: t, constraintName: u}", "dropUniqueConstraint"},
      {"- dropSequence: {sequenceName: s}", "dropSequence"},
      {"- dropView: {viewName: v}", "dropView"},
      {"- sql: {sql: select 1}", "sql"},
      {"- insert: {tableName: t, columns: [{column: {name: a, value: x}}]}", "insert"},
      {"- update: {tableName: t, columns: [{column: {name: a, value: x}}]}", "update"},
      {"- delete: {tableName: t}", "delete"},
      {"- addUniqueConstraint: {tableName: t, columnNames: a}", "addUniqueConstraint"},
      {"- createIndex: {tableName: t, columns: [{column: {name: a}}]}", "createIndex"},
  };
  for (const auto& entry : cases) {
    const std::string& yaml = entry.first;  // not a structured binding: INFO's lambda captures it
    const std::string& name = entry.second;
    INFO(yaml);
    const NotInvertible n = refusal(yaml);
    CHECK(n.change_name == name);
    CHECK(n.reason.starts_with(name + " has no automatic inverse: "));
  }
}

TEST_CASE("the last change without an inverse is the one named") {
  const NotInvertible n = refusal(R"(- sql: {sql: select 1}
- createTable: {tableName: a, columns: [{column: {name: id, type: int}}]}
- dropColumn: {tableName: t, columnName: c})");
  CHECK(n.change_name == "dropColumn");
}

TEST_CASE("an explicit rollback replaces the inverse; an empty one undoes nothing") {
  model::ChangeSet with_sql = testing::change_set_of(R"(changes:
  - dropTable: {tableName: t}
rollback: create table t (id int))");
  auto r = rollback_changes(with_sql);
  REQUIRE(std::holds_alternative<std::vector<model::Change>>(r));
  CHECK(sql_of(std::get<std::vector<model::Change>>(r)) == Lines{"create table t (id int)"});

  model::ChangeSet with_changes = testing::change_set_of(R"(changes:
  - sql: {sql: select 1}
rollback:
  - dropTable: {tableName: t})");
  r = rollback_changes(with_changes);
  REQUIRE(std::holds_alternative<std::vector<model::Change>>(r));
  CHECK(sql_of(std::get<std::vector<model::Change>>(r)) == Lines{"DROP TABLE public.t"});

  model::ChangeSet empty = testing::change_set_of(R"(changes:
  - sql: {sql: select 1}
rollback: "")");
  r = rollback_changes(empty);
  REQUIRE(std::holds_alternative<std::vector<model::Change>>(r));
  CHECK(std::get<std::vector<model::Change>>(r).empty());
}

}  // namespace basalt::rollback
