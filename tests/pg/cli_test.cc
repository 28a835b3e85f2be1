// The command line as a user meets it: help, missing settings, defaults files, local clusters.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>

#include "tests/pg/support.h"

using namespace basalt::testing;

TEST_CASE("no URL is an error with a helpful message, never a silent default") {
  TempDir dir;
  dir.write("c.yaml", "databaseChangeLog: []\n");
  Outcome o = run_basalt({"--changelog-file", "c.yaml", "update"}, dir.path());
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("no database given: pass --url") != std::string::npos);
  CHECK(o.err.find("'local'") != std::string::npos);
}

TEST_CASE("every command has help") {
  TempDir dir;
  for (const char* command : {"update", "update-sql", "rollback-count", "rollback-count-sql", "status", "history",
                              "validate", "release-locks", "update-count"}) {
    Outcome o = run_basalt({command, "--help"}, dir.path());
    INFO(command, o.err);
    CHECK(o.exit_code == 0);
    CHECK(o.out.find("Usage:") != std::string::npos);
  }
}

TEST_CASE("a connection failure names the server but never the password") {
  TempDir dir;
  dir.write("c.yaml", "databaseChangeLog: []\n");
  Outcome o = run_basalt({"--url", "postgresql://me:hunter2@127.0.0.1:1/nope", "--changelog-file", "c.yaml", "status"},
                     dir.path());
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("cannot connect to postgresql://me:*****@127.0.0.1:1/nope") != std::string::npos);
  CHECK(o.err.find("hunter2") == std::string::npos);
  o = run_basalt({"--url", "postgresql://me@127.0.0.1:1/nope", "--password", "hunter2", "--changelog-file", "c.yaml",
              "status"},
             dir.path());
  CHECK(o.err.find("hunter2") == std::string::npos);
}

TEST_CASE("liquibase.properties in the current folder supplies settings the command line leaves out") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: "${table}", columns: [{column: {name: id, type: int}}]}
)");
  dir.write("liquibase.properties", "changeLogFile: c.yaml\nurl=" + db.url() + "\nparameter.table=from_props\n");
  Outcome o = run_basalt({"update"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(db.query("SELECT to_regclass('from_props') IS NOT NULL") == "t");
}

TEST_CASE("--url local creates, starts and reuses a cluster in the project folder") {
  REQUIRE_SERVER();  // scripts/test.sh: the machine has the server binaries then
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: local_t, columns: [{column: {name: id, type: int}}]}
)");
  Outcome o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.err.find("creating a local PostgreSQL cluster") != std::string::npos);
  o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  CHECK(o.exit_code == 0);
  CHECK(o.out.find("is up to date") != std::string::npos);
  CHECK(o.err.find("creating") == std::string::npos);
  std::string stop = std::string(geteuid() == 0 ? "runuser -u postgres -- " : "") +
                     "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl -D '" +
                     (dir.path() / ".basalt/postgres/data").string() + "' -m immediate -w stop >/dev/null 2>&1";
  CHECK(std::system(stop.c_str()) == 0);
}

// Liquibase 4.28 printed "Rows affected: 18" for this changelog (and 8 for a CREATE TABLE AS of five
// rows between two SELECTs): rows changed by data statements, plus one per tracker row, none for DDL.
TEST_CASE("update reports the rows affected as Liquibase counts them") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"yaml(databaseChangeLog:
  - changeSet: {id: 1, author: t, changes: [{createTable: {tableName: f, columns: [{column: {name: id, type: int}}, {column: {name: n, type: int}}]}}]}
  - changeSet:
      id: 2
      author: t
      changes:
        - insert: {tableName: f, columns: [{column: {name: id, valueNumeric: 1}}]}
        - insert: {tableName: f, columns: [{column: {name: id, valueNumeric: 2}}]}
        - insert: {tableName: f, columns: [{column: {name: id, valueNumeric: 3}}]}
  - changeSet: {id: 3, author: t, changes: [{update: {tableName: f, columns: [{column: {name: n, valueNumeric: 5}}], where: "id < 3"}}]}
  - changeSet: {id: 4, author: t, changes: [{sql: "update f set n = 6; insert into f(id) values (9)"}]}
  - changeSet: {id: 5, author: t, changes: [{addNotNullConstraint: {tableName: f, columnName: n, defaultNullValue: 0}}]}
  - changeSet: {id: 6, author: t, changes: [{delete: {tableName: f, where: "id = 9"}}]}
  - changeSet: {id: 7, author: t, changes: [{tagDatabase: {tag: v1}}]}
  - changeSet: {id: 8, author: t, changes: [{sql: "select 1"}]}
  - changeSet: {id: 9, author: t, changes: [{sql: "create table g as select generate_series(1, 5) as x"}]}
)yaml");
  Outcome o = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path());
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  // 3 inserted + 2 updated + 4 by the sql + 1 null replaced + 1 deleted + 5 created, and 9 tracker rows.
  CHECK(o.out.find("Update has been successful. Rows affected: 25\n") != std::string::npos);
}

// What Liquibase silently ignores is shown as a warning with its place before anything runs; with
// --strict (or strict: true in the defaults file) it is an error and the database is not touched.
TEST_CASE("changelog warnings are printed before the run, and --strict refuses them before any connection") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: w, columns: [{column: {name: id, type: int, constraints: {nullable: false, default: 0}}}]}
)");
  Outcome o = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.err.find("c.yaml:6:111: warning: unknown attribute 'default' of constraints is ignored\n") !=
        std::string::npos);
  CHECK(o.err.find("1 warning in the changelog (--strict makes them errors)") != std::string::npos);
  CHECK(o.err.find("warning") < o.err.size());
  CHECK(o.out.find("Running Changeset: c.yaml::1::t") != std::string::npos);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");

  TestDatabase untouched;
  for (const std::vector<std::string>& strict :
       {std::vector<std::string>{"--strict"}, std::vector<std::string>{"--defaults-file", "strict.properties"}}) {
    dir.write("strict.properties", "strict: true\n");
    std::vector<std::string> args = strict;
    args.insert(args.end(), {"--url", untouched.url(), "--changelog-file", "c.yaml", "update"});
    Outcome refused = run_basalt(args, dir.path());
    INFO(refused.out, refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("c.yaml:6:111: error: unknown attribute 'default' of constraints is ignored\n") !=
          std::string::npos);
    CHECK(refused.err.find("1 error in the changelog (--strict: warnings count as errors); nothing was run") !=
          std::string::npos);
    CHECK(untouched.query("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'databasechangelog%'") == "0");
  }
}

TEST_CASE("--contexts leaves out the change-sets of an include whose context the run does not admit") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - include: {file: test-data.yaml, context: test}
  - changeSet: {id: schema, author: t, changes: [{createTable: {tableName: s, columns: [{column: {name: id, type: int}}]}}]}
)");
  dir.write("test-data.yaml", R"(databaseChangeLog:
  - changeSet: {id: seed, author: t, context: "!prod", changes: [{createTable: {tableName: seed, columns: [{column: {name: id, type: int}}]}}]}
)");
  Outcome prod = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "--contexts", "prod", "update"},
                            dir.path());
  INFO(prod.out, prod.err);
  REQUIRE(prod.exit_code == 0);
  CHECK(db.query("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog") == "schema");
  Outcome test = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "--contexts", "test", "update"},
                            dir.path());
  REQUIRE(test.exit_code == 0);
  CHECK(db.query("SELECT id || ' ' || contexts FROM databasechangelog WHERE id = 'seed'") == "seed test AND !prod");
}
