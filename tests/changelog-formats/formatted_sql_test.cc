// Formatted SQL changelogs read into the model a YAML changelog of the same content gives.
#include <doctest/doctest.h>

#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

ReadResult read_sql(const std::string& text, const ReadOptions& options = {}) {
  MemoryFileSystem fs;
  return read_string(text, "db/changes.sql", options, fs);
}

// Every problem, rendered with its line of `text`.
std::string problems(const std::string& text) {
  ReadResult r = read_sql(text);
  return testing::rendered(r.diagnostics, text);
}

const model::Sql& sql_of(const model::ChangeSet& cs) { return std::get<model::Sql>(cs.changes.at(0)); }

}  // namespace

TEST_CASE("a change-set header gives the identity and the attributes, its lines the SQL") {
  ReadResult r = read_sql(
      "--liquibase formatted sql\n"
      "\n"
      "--changeset Jane Doe:1.10 runOnChange:true runAlways:TRUE context:\"prod and !test\" labels:l1,l2 dbms:postgresql,h2 "
      "runInTransaction:false failOnError:false splitStatements:false endDelimiter:GO stripComments:false\n"
      "--comment: the first one\n"
      "create table t (id int);\n"
      "\n"
      "insert into t values (1);\n"
      "--changeset \"a:b\":\"two words\"\n"
      "  select 1\n");
  REQUIRE(r.ok());
  REQUIRE(r.changelog.change_sets.size() == 2);
  const model::ChangeSet& one = r.changelog.change_sets[0];
  CHECK(one.id == "1.10");  // text as written: no YAML typing in formatted SQL
  CHECK(one.author == "Jane Doe");
  CHECK(one.file_path == "db/changes.sql");
  CHECK(one.run_on_change);
  CHECK(one.run_always);
  CHECK(one.contexts == "prod and !test");
  CHECK(one.labels == "l1,l2");
  CHECK(one.dbms == "postgresql,h2");
  CHECK_FALSE(one.run_in_transaction);
  CHECK_FALSE(one.fail_on_error);
  CHECK(one.comment == "the first one");
  CHECK(one.where.line == 3);
  CHECK(sql_of(one).sql == "create table t (id int);\n\ninsert into t values (1);");
  CHECK(sql_of(one).split_statements == false);
  CHECK(sql_of(one).strip_comments == false);
  CHECK(sql_of(one).end_delimiter == "GO");
  CHECK(sql_of(one).text_where.line == 5);

  const model::ChangeSet& two = r.changelog.change_sets[1];
  CHECK(two.author == "a:b");
  CHECK(two.id == "two words");
  CHECK(sql_of(two).sql == "select 1");
  CHECK(sql_of(two).strip_comments == true);  // formatted SQL strips comments unless told not to
  CHECK_FALSE(sql_of(two).split_statements.has_value());
  CHECK(two.run_in_transaction);
}

TEST_CASE("rollback lines, blocks, 'not required' and a reference to another change-set") {
  ReadResult r = read_sql(
      "--liquibase formatted sql\n"
      "--changeset a:1 rollbackSplitStatements:false rollbackEndDelimiter:GO\n"
      "create table t1 (id int);\n"
      "--rollback drop table t1;\n"
      "--rollback drop table t0;\n"
      "--changeset a:2\n"
      "create table t2 (id int);\n"
      "/* liquibase rollback\n"
      "drop table t2;\n"
      "drop table t3; */\n"
      "--changeset a:3\n"
      "select 3;\n"
      "--rollback not required\n"
      "--changeset a:4\n"
      "create table t4 (id int);\n"
      "--rollback changesetId:1 changesetAuthor:a\n");
  REQUIRE(r.ok());
  const auto& cs = r.changelog.change_sets;
  REQUIRE(cs.size() == 4);
  REQUIRE(cs[0].rollback.kind == model::Rollback::Kind::explicit_changes);
  const auto& back = std::get<model::Sql>(cs[0].rollback.changes.at(0));
  CHECK(back.sql == "drop table t1;\ndrop table t0;");
  CHECK(back.split_statements == false);
  CHECK(back.end_delimiter == "GO");
  CHECK(std::get<model::Sql>(cs[1].rollback.changes.at(0)).sql == "drop table t2;drop table t3;");  // joined
  CHECK(cs[2].rollback.kind == model::Rollback::Kind::explicit_empty);
  // The reference replays change-set 1's changes.
  REQUIRE(cs[3].rollback.kind == model::Rollback::Kind::explicit_changes);
  CHECK(std::get<model::Sql>(cs[3].rollback.changes.at(0)).sql == "create table t1 (id int);");
}

TEST_CASE("a rollback replays a change-set read before it, not one after it, nor itself") {
  // tests/golden/liquibase/formatted-sql/rollback: ref-forward ("Change set ref-forward.sql::two::rb
  // does not exist").
  CHECK(problems("--liquibase formatted sql\n"
                 "--changeset rb:one\n"
                 "CREATE TABLE f_one (id int);\n"
                 "--rollback changesetId:two changesetAuthor:rb\n"
                 "--changeset rb:two\n"
                 "DROP TABLE f_one;\n"
                 "--rollback changesetId:two changesetAuthor:rb\n") ==
        "db/changes.sql:4:1: error: rollback refers to change-set 'db/changes.sql::two::rb', which is not read before it\n"
        "  --rollback changesetId:two changesetAuthor:rb\n"
        "  ^\n"
        "  Liquibase looks it up among the change-sets read before this one, and refuses the file\n"
        "db/changes.sql:7:1: error: rollback refers to change-set 'db/changes.sql::two::rb', which is not read before it\n"
        "  --rollback changesetId:two changesetAuthor:rb\n"
        "  ^\n"
        "  Liquibase looks it up among the change-sets read before this one, and refuses the file\n");
}

TEST_CASE("preconditions, valid checksums, properties and ignored lines") {
  ReadOptions options;
  options.properties = {{"schema", "app"}};
  ReadResult r = read_sql(
      "--liquibase formatted sql\n"
      "--property name:tbl value:things\n"
      "--changeset a:1\n"
      "--preconditions onFail:MARK_RAN onError:WARN\n"
      "--precondition-sql-check expectedResult:0 select count(*) from ${schema}.${tbl}\n"
      "--precondition-table-exists table:${tbl} schema:public\n"
      "--precondition-view-exists view:v\n"
      "--validCheckSum: 9:0123\n"
      "--validCheckSum: ANY\n"
      "--ignoreLines:start\n"
      "this is not SQL\n"
      "--ignoreLines:end\n"
      "--ignoreLines:1\n"
      "skipped too\n"
      "select * from ${tbl};\n",
      options);
  REQUIRE(r.ok());
  const model::ChangeSet& cs = r.changelog.change_sets.at(0);
  REQUIRE(cs.preconditions.has_value());
  CHECK(cs.preconditions->on_fail == "MARK_RAN");
  CHECK(cs.preconditions->on_error == "WARN");
  REQUIRE(cs.preconditions->conditions.size() == 3);
  const model::Precondition& check = cs.preconditions->conditions[0];
  CHECK(check.type == "sqlCheck");
  CHECK(*check.attribute("expectedResult") == "0");
  CHECK(check.text == "select count(*) from app.things");
  CHECK(cs.preconditions->conditions[1].type == "tableExists");
  CHECK(*cs.preconditions->conditions[1].attribute("tableName") == "things");
  CHECK(*cs.preconditions->conditions[1].attribute("schemaName") == "public");
  CHECK(*cs.preconditions->conditions[2].attribute("viewName") == "v");
  CHECK(cs.valid_checksums == std::vector<std::string>{"9:0123", "ANY"});
  CHECK(sql_of(cs).sql == "select * from things;");
}

TEST_CASE("a change-set sees the properties defined up to its end, and its --comment is taken as written") {
  // tests/golden/liquibase/formatted-sql/ignore-lines-properties: Liquibase expands a change-set's
  // SQL when it ends (a --property inside it or before the next change-set counts, a later one not)
  // and never expands --comment.
  ReadResult r = read_sql(
      "--liquibase formatted sql\n"
      "--property name:first value:one\n"
      "--changeset a:1\n"
      "--comment: uses ${first}\n"
      "select '${first}', '${inside}', '${after}', '${later}';\n"
      "--property name:inside value:two\n"
      "--property name:after value:three\n"
      "--changeset a:2\n"
      "select '${later}';\n"
      "--property name:later value:four\n");
  REQUIRE(r.ok());
  REQUIRE(r.changelog.change_sets.size() == 2);
  CHECK(sql_of(r.changelog.change_sets[0]).sql == "select 'one', 'two', 'three', '${later}';");
  CHECK(r.changelog.change_sets[0].comment == "uses ${first}");
  CHECK(sql_of(r.changelog.change_sets[1]).sql == "select 'four';");
}

TEST_CASE("a SQL file without the formatted SQL line is one change-set of its whole text, as Liquibase reads it") {
  ReadResult r = read_sql("\ncreate function f() returns int as $$ select 1; $$ language sql;\n-- a comment\nselect f();\n");
  REQUIRE(r.ok());
  REQUIRE(r.changelog.change_sets.size() == 1);
  const model::ChangeSet& cs = r.changelog.change_sets[0];
  CHECK(cs.identity() == "db/changes.sql::raw::includeAll");
  CHECK(sql_of(cs).sql == "create function f() returns int as $$ select 1; $$ language sql;\n-- a comment\nselect f();");
  CHECK(sql_of(cs).split_statements == false);
  CHECK(sql_of(cs).strip_comments == false);
}

TEST_CASE("malformed formatted SQL is reported at its line") {
  CHECK(problems("\n  \n") ==
        "db/changes.sql:1:1: error: this SQL file is empty\n"
        "  Liquibase refuses an empty changelog file too\n");
  CHECK(problems("--liquibase formatted sql\n"
                 "--comment: outside\n"
                 "--changeset a: 1\n"
                 "select 1;\n"
                 "--changeset a:2\n"
                 "--changeset a:3\n"
                 "select 3;\n"
                 "--precondition-row-count table:t\n") ==
        "db/changes.sql:2:1: error: a '--comment' line must be inside a change-set\n"
        "  --comment: outside\n"
        "  ^\n"
        "  Liquibase refuses it there too\n"
        "db/changes.sql:3:1: error: a change-set starts with '--changeset author:id' (no space after the colon)\n"
        "  --changeset a: 1\n"
        "  ^\n"
        "  quote an author or id holding spaces or colons: --changeset \"J. Doe\":\"1:a\"\n"
        "db/changes.sql:5:1: error: this change-set has no SQL\n"
        "  --changeset a:2\n"
        "  ^\n"
        "  write its statements below the --changeset line (Liquibase refuses an empty change-set followed by "
        "another, and runs the one before again for an empty last one)\n"
        "db/changes.sql:8:1: error: precondition 'row-count' is not one formatted SQL has\n"
        "  --precondition-row-count table:t\n"
        "  ^\n"
        "  formatted SQL has sql-check, table-exists and view-exists (Liquibase refuses the others too)\n");
}

}  // namespace basalt::formats
