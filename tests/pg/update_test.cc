// update, update-sql, status and the tracker rows, against a real PostgreSQL.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <sstream>

#include "engine/api/api.h"
#include "engine/checksum/checksum.h"
#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kExample = fs::path(BASALT_SOURCE_DIR) / "examples" / "bookshop";

// Copies the bookshop example into a folder so FILENAME values are relative to it.
void copy_example(const TempDir& dir) {
  fs::copy(kExample, dir.path() / "bookshop", fs::copy_options::recursive);
}

std::vector<std::string> args(const TestDatabase& db, const std::string& changelog,
                              std::vector<std::string> command) {
  std::vector<std::string> a{"--url", db.url(), "--changelog-file", changelog};
  a.insert(a.end(), command.begin(), command.end());
  return a;
}

}  // namespace

TEST_CASE("update applies every change-set of an empty database and records each once") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  copy_example(dir);
  Outcome o = run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out.find("Running Changeset: bookshop/changes/001-catalog.yaml::001-create-author::maria") !=
        std::string::npos);

  CHECK(db.query("SELECT count(*), count(DISTINCT deployment_id), min(orderexecuted), max(orderexecuted) "
                 "FROM databasechangelog") == "15|1|1|15");
  CHECK(db.query("SELECT exectype, liquibase, count(*) FROM databasechangelog GROUP BY 1, 2") == "EXECUTED|4.28.0|15");
  CHECK(db.query("SELECT filename, description, comments, coalesce(tag, '<null>') FROM databasechangelog "
                 "WHERE id = '001-create-author'") ==
        "bookshop/changes/001-catalog.yaml|createTable tableName=author|Authors of the books we sell|<null>");
  CHECK(db.query("SELECT comments FROM databasechangelog WHERE id = '002-create-book'") == "");
  CHECK(db.query("SELECT tag FROM databasechangelog WHERE id = '026-tag-1.1'") == "release-1.1");
  CHECK(db.query("SELECT count(*) FROM databasechangelog WHERE md5sum !~ '^9:[0-9a-f]{32}$'") == "0");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
  CHECK(db.query("SELECT full_name FROM author ORDER BY id") == "Flann O'Brien\nUrsula K. Le Guin");
  CHECK(db.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'order'") == "1");
}

TEST_CASE("environment variables are properties, found by any case, ahead of -D, as Liquibase reads them") {
  TempDir dir;
  dir.write("env.yaml",
            "databaseChangeLog:\n- changeSet:\n    id: '1'\n    author: a\n    changes:\n"
            "    - sql: \"select '${BASALT_TEST_ENV_PROPERTY}', '${basalt_test_env_property}', '${basalt.test.cli}'\"\n");
  ::setenv("BASALT_TEST_ENV_PROPERTY", "from env", 1);
  fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  basalt::api::Options o;
  o.changelog_file = "env.yaml";
  o.properties = {{"BASALT_TEST_ENV_PROPERTY", "from -D"}, {"basalt.test.cli", "cli"}};
  basalt::api::Reporter quiet;
  basalt::model::ChangeLog log = basalt::api::read(o, quiet);
  fs::current_path(cwd);
  ::unsetenv("BASALT_TEST_ENV_PROPERTY");
  CHECK(std::get<basalt::model::Sql>(log.change_sets.at(0).changes.at(0)).sql == "select 'from env', 'from env', 'cli'");
}

TEST_CASE("the checksum stored for a change-set is the one computed from the changelog") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  copy_example(dir);
  REQUIRE(run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path()).exit_code == 0);
  fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  basalt::api::Options o;
  o.changelog_file = "bookshop/changelog.yaml";
  basalt::api::Reporter quiet;
  basalt::model::ChangeLog log = basalt::api::read(o, quiet);
  fs::current_path(cwd);
  for (const auto& cs : log.change_sets)
    CHECK(db.query("SELECT md5sum FROM databasechangelog WHERE id = '" + cs.id + "'") ==
          basalt::checksum::checksum(cs));
}

TEST_CASE("a second update finds nothing to do and changes nothing") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  copy_example(dir);
  REQUIRE(run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path()).exit_code == 0);
  std::string before = db.query("SELECT id, orderexecuted, dateexecuted, deployment_id FROM databasechangelog ORDER BY 2");
  // A foreign lock holder does not matter when there is nothing to do: no lock is taken.
  db.query("UPDATE databasechangeloglock SET locked = true, lockedby = 'someone-else', lockgranted = now()");
  Outcome o = run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.out.find("Database is up to date, no changesets to execute") != std::string::npos);
  CHECK(db.query("SELECT id, orderexecuted, dateexecuted, deployment_id FROM databasechangelog ORDER BY 2") == before);
}

// As Liquibase (tests/golden/liquibase/formatted-sql/errors, header-only): with nothing to run on a
// database without the tracker tables, update still creates them and prints its summary.
TEST_CASE("an update with nothing to run creates the tracker tables on a fresh database") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("empty.yaml", "databaseChangeLog: []\n");
  Outcome o = run_basalt(args(db, "empty.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.out.find("Total change sets:            0") != std::string::npos);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "0");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
  // Once they exist, there is nothing to do and no lock is taken.
  Outcome again = run_basalt(args(db, "empty.yaml", {"update"}), dir.path());
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("Database is up to date, no changesets to execute") != std::string::npos);
}

TEST_CASE("status lists pending change-sets and then reports up to date") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  copy_example(dir);
  Outcome o = run_basalt(args(db, "bookshop/changelog.yaml", {"status", "--verbose"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.out.find("15 changesets have not been applied to postgres@") != std::string::npos);
  CHECK(o.out.find("     bookshop/changes/003-release-1.1.yaml::026-tag-1.1::li\n") != std::string::npos);
  REQUIRE(run_basalt(args(db, "bookshop/changelog.yaml", {"update-count", "14"}), dir.path()).exit_code == 0);
  o = run_basalt(args(db, "bookshop/changelog.yaml", {"status", "--verbose"}), dir.path());
  CHECK(o.out.find("1 changeset has not been applied") != std::string::npos);
  REQUIRE(run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path()).exit_code == 0);
  o = run_basalt(args(db, "bookshop/changelog.yaml", {"status"}), dir.path());
  CHECK(o.out.find(" is up to date") != std::string::npos);
}

TEST_CASE("update-sql prints exactly the statements update executes") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  copy_example(dir);
  fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  basalt::api::Options options;
  options.changelog_file = "bookshop/changelog.yaml";
  options.connection.url = db.url();
  basalt::api::Reporter quiet;

  std::ostringstream script;
  basalt::api::update_sql(options, script, quiet);
  CHECK(db.query("SELECT to_regclass('databasechangelog') IS NULL") == "t");  // update-sql changes nothing

  std::vector<std::string> executed;
  options.on_statement = [&](const std::string& s) { executed.push_back(s); };
  basalt::api::update(options, quiet);
  fs::current_path(cwd);

  // The script's statements, without comments, against what update executed: every one, the lock
  // table's creation, the lock's UPDATE and its release included. Only run-specific values differ:
  // the DEPLOYMENT_ID and the LOCKEDBY naming the session.
  auto normalize = [](const std::string& s) {
    std::string out = std::regex_replace(s, std::regex("'[0-9]{10}'"), "'<DEPLOYMENT_ID>'");
    return std::regex_replace(out, std::regex("LOCKEDBY = '[^']*'"), "LOCKEDBY = '<LOCKEDBY>'");
  };
  std::vector<std::string> printed;
  std::istringstream lines(script.str());
  std::string statement;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("-- ", 0) == 0 && statement.empty()) continue;
    if (line.empty() && statement.empty()) continue;
    statement += (statement.empty() ? "" : "\n") + line;
    if (!line.empty() && line.back() == ';') {
      statement.pop_back();
      printed.push_back(normalize(statement));
      statement.clear();
    }
  }
  std::vector<std::string> ran;
  for (const std::string& s : executed) ran.push_back(normalize(s));
  CHECK(printed.size() > 20);
  CHECK(printed.front().rfind("CREATE TABLE public.databasechangeloglock", 0) == 0);
  CHECK(printed.back().rfind("UPDATE public.databasechangeloglock SET LOCKED = FALSE", 0) == 0);
  CHECK(printed == ran);
}

TEST_CASE("update-sql marks each statement with its lock and hazard, --annotate=false leaves that out, and psql -1 runs it") {
  REQUIRE_SERVER();
  TestDatabase db, replay;
  for (const TestDatabase* d : {&db, &replay}) d->query("CREATE TABLE pre (id int, a int)");
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: existing
      author: t
      changes:
        - createIndex: {tableName: pre, indexName: pre_a, columns: [{column: {name: a}}]}
        - sql: ALTER TABLE pre ADD COLUMN r float8 DEFAULT random()
  - changeSet:
      id: new
      author: t
      changes:
        - createTable: {tableName: n, columns: [{column: {name: id, type: int}}]}
        - createIndex: {tableName: n, indexName: n_id, columns: [{column: {name: id}}]}
)");
  const Outcome annotated = run_basalt(args(db, "c.yaml", {"update-sql"}), dir.path());
  INFO(annotated.out, annotated.err);
  REQUIRE(annotated.exit_code == 0);
  // Each change-set sets its timeouts first; they take no lock, and get no comment.
  CHECK(annotated.out.find("-- Changeset c.yaml::existing::t\n"
                           "SET LOCAL lock_timeout = '1s';\n\nSET LOCAL statement_timeout = '1h';\n\n"
                           "-- lock: SHARE on public.pre (blocks writes); scans public.pre\n"
                           "-- hazard: writes to the table wait while the index builds: create it CONCURRENTLY") !=
        std::string::npos);
  CHECK(annotated.out.find("-- lock: ACCESS EXCLUSIVE on pre (blocks reads and writes); rewrites pre\n"
                           "-- hazard: rewrites the table under ACCESS EXCLUSIVE: add the column without a default, "
                           "then backfill it in batches\nALTER TABLE pre ADD COLUMN r") != std::string::npos);
  // The table the script creates has no hazard: nothing uses it yet.
  CHECK(annotated.out.find("-- lock: SHARE on public.n (blocks writes); scans public.n\nCREATE INDEX n_id") !=
        std::string::npos);
  // The tracker's own statements are not annotated.
  CHECK(annotated.out.find("-- lock: ROW EXCLUSIVE on public.databasechangelog") == std::string::npos);

  const Outcome plain = run_basalt(args(db, "c.yaml", {"update-sql", "--annotate=false"}), dir.path());
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find("-- lock:") == std::string::npos);
  CHECK(plain.out.find("-- hazard:") == std::string::npos);
  // The comments are all that differs.
  std::string stripped;
  std::istringstream lines(annotated.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.starts_with("-- lock: ") && !line.starts_with("-- hazard: ")) stripped += line + "\n";
  CHECK(masked_script(stripped) == masked_script(plain.out));

  // The annotated preview is valid SQL: psql runs it as one transaction, and it applies the changelog.
  dir.write("preview.sql", annotated.out);
  const std::string psql = "psql -X -q -1 -v ON_ERROR_STOP=1 -f '" + (dir.path() / "preview.sql").string() + "' '" +
                           replay.url() + "' >/dev/null 2>&1";
  CHECK(std::system(psql.c_str()) == 0);
  CHECK(replay.query("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog") == "existing,new");
  CHECK(replay.query("SELECT count(*) FROM pg_indexes WHERE indexname IN ('pre_a', 'n_id')") == "2");
}

TEST_CASE("each change-set runs with SET LOCAL timeouts: the run's, or its own lockTimeout and statementTimeout") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: default
      author: t
      changes:
        - sql: create table seen_default as select current_setting('lock_timeout') lt, current_setting('statement_timeout') st
  - changeSet:
      id: own
      author: t
      lockTimeout: 5s
      statementTimeout: none
      changes:
        - sql: create table seen_own as select current_setting('lock_timeout') lt, current_setting('statement_timeout') st
)");
  const Outcome script = run_basalt(args(db, "c.yaml", {"update-sql", "--lock-timeout=250ms"}), dir.path());
  INFO(script.out, script.err);
  CHECK(script.out.find("-- Changeset c.yaml::default::t\nSET LOCAL lock_timeout = '250ms';\n\n"
                        "SET LOCAL statement_timeout = '1h';\n\n") != std::string::npos);
  const std::size_t own = script.out.find("-- Changeset c.yaml::own::t\nSET LOCAL lock_timeout = '5s';\n\n-- lock:");
  REQUIRE(own != std::string::npos);
  CHECK(script.out.find("SET LOCAL statement_timeout", own) == std::string::npos);  // none: the server's
  const Outcome o = run_basalt(args(db, "c.yaml", {"update", "--lock-timeout=250ms"}), dir.path());
  INFO(o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(db.query("SELECT lt || ' ' || st FROM seen_default") == "250ms 1h");
  CHECK(db.query("SELECT lt FROM seen_own") == "5s");
  // After the run, the session's settings are the server's again: SET LOCAL ended with each change-set.
  CHECK(db.query("SELECT current_setting('lock_timeout')") == "0");

  dir.write("bad.yaml", R"(databaseChangeLog:
  - changeSet:
      id: bad
      author: t
      lockTimeout: soon
      changes:
        - sql: select 1
)");
  const Outcome bad = run_basalt(args(db, "bad.yaml", {"update"}), dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("bad.yaml:5:7: error: lockTimeout 'soon' is not a timeout") != std::string::npos);
  const Outcome flag = run_basalt(args(db, "c.yaml", {"update", "--lock-timeout=2 parsecs"}), dir.path());
  CHECK(flag.exit_code == 2);
}

TEST_CASE("a failing change-set leaves earlier ones applied and recorded, itself and later ones not") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("fail.yaml", R"(databaseChangeLog:
  - changeSet:
      id: good
      author: t
      changes:
        - createTable: {tableName: first, columns: [{column: {name: id, type: int}}]}
  - changeSet:
      id: bad
      author: t
      changes:
        - createTable: {tableName: second, columns: [{column: {name: id, type: int}}]}
        - sql: insert into missing_table values (1)
  - changeSet:
      id: later
      author: t
      changes:
        - createTable: {tableName: third, columns: [{column: {name: id, type: int}}]}
)");
  Outcome o = run_basalt(args(db, "fail.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("Migration failed for change-set fail.yaml::bad::t") != std::string::npos);
  CHECK(o.err.find("relation \"missing_table\" does not exist") != std::string::npos);
  CHECK(o.err.find("Failed SQL: insert into missing_table values (1)") != std::string::npos);
  CHECK(db.query("SELECT string_agg(id, ',') FROM databasechangelog") == "good");
  CHECK(db.query("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                 "WHERE table_schema = 'public' AND table_name NOT LIKE 'databasechangelog%'") == "first");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
}

TEST_CASE("bad input changes nothing in the database") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("bad.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: ok, columns: [{column: {name: id, type: int}}]}
  - changeSet:
      id: 2
      author: t
      changes:
        - createTabel: {tableName: typo}
)");
  Outcome o = run_basalt(args(db, "bad.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 2);
  CHECK(o.err.find("bad.yaml:11:11: error: ") != std::string::npos);
  CHECK(db.query("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace") == "0");
}

TEST_CASE("an edited change-set makes update and validate refuse, naming both checksums") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  std::string v1 = R"(databaseChangeLog:
  - changeSet:
      id: edit-me
      author: t
      changes:
        - createTable: {tableName: t1, columns: [{column: {name: id, type: int}}]}
)";
  dir.write("c.yaml", v1);
  REQUIRE(run_basalt(args(db, "c.yaml", {"update"}), dir.path()).exit_code == 0);
  std::string stored = db.query("SELECT md5sum FROM databasechangelog");
  dir.write("c.yaml", v1 + R"(        - createTable: {tableName: t2, columns: [{column: {name: id, type: int}}]}
  - changeSet:
      id: new-one
      author: t
      changes:
        - createTable: {tableName: t3, columns: [{column: {name: id, type: int}}]}
)");
  for (const char* command : {"update", "validate"}) {
    Outcome o = run_basalt(args(db, "c.yaml", {command}), dir.path());
    INFO(command, o.out, o.err);
    CHECK(o.exit_code == 1);
    CHECK(o.err.find("c.yaml::edit-me::t was: " + stored + " but is now: 9:") != std::string::npos);
  }
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
  CHECK(db.query("SELECT to_regclass('t3') IS NULL") == "t");
}

// A unit goes to the server in one round trip; a failure is normally diagnosed by running it again
// statement by statement, but not a cancelled statement: that would redo what was just stopped.
TEST_CASE("a statement cancelled by statement_timeout is reported at once, not run a second time") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  db.query("CREATE SEQUENCE calls");
  dir.write("slow.yaml", R"(databaseChangeLog:
  - changeSet:
      id: slow
      author: t
      changes:
        - sql: select nextval('calls'); select pg_sleep(30)
)");
  Outcome o = run_basalt(args(db, "slow.yaml", {"update", "--statement-timeout=300ms"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("canceling statement due to statement timeout") != std::string::npos);
  CHECK(o.err.find("Failed SQL: select pg_sleep(30)") != std::string::npos);
  CHECK(db.query("SELECT last_value FROM calls") == "1");  // nextval ran once: no second run
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "0");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
}

TEST_CASE("change-sets commit without waiting for the disk (synchronous_commit off during the run)") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - sql: create table seen as select current_setting('synchronous_commit') as setting
)");
  Outcome o = run_basalt(args(db, "c.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(db.query("SELECT setting FROM seen") == "off");
  // The lock row's release commits with the server's own setting, flushing the change-sets' commits.
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
}

// What the generator refuses is found while validating: validate, update-sql and update all say so
// at the change with exit 2, and no table is created.
TEST_CASE("a change the generator refuses is an input error before any table is touched") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - addNotNullConstraint: {tableName: t, columnName: flag, columnDataType: boolean, defaultNullValue: maybe}
  - changeSet:
      id: 2
      author: t
      changes:
        - sql: create index concurrently ix on t (flag)
)");
  for (const char* command : {"validate", "update-sql", "update", "status"}) {
    Outcome o = run_basalt(args(db, "c.yaml", {command}), dir.path());
    INFO(command, o.out, o.err);
    CHECK(o.exit_code == 2);
    CHECK(o.err.find("c.yaml:6:11: error: addNotNullConstraint: defaultNullValue 'maybe' is not a boolean") !=
          std::string::npos);
    CHECK(o.err.find("c.yaml:11:11: error: change-set 'c.yaml::2::t' runs in a transaction, and PostgreSQL cannot "
                     "run 'create index concurrently ix ...' inside one") != std::string::npos);
    CHECK(o.err.find("add 'runInTransaction: false' to the change-set") != std::string::npos);
    CHECK(o.err.find("2 errors in the changelog; nothing was run") != std::string::npos);
  }
  CHECK(db.query("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace") == "0");
}

// The results of the one round trip say which statement failed; nothing is run a second time to
// find out, and the server's error position becomes a line and column in that statement.
TEST_CASE("a failing statement is named from the round trip's results, with its line and column") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  db.query("CREATE SEQUENCE calls");
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - sql: select nextval('calls')
        - sql:
            splitStatements: false
            sql: |
              select 1;
              select 2
        - sql:
            sql: |
              select 3,
                     4 from no_such_table
)");
  Outcome o = run_basalt(args(db, "c.yaml", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("relation \"no_such_table\" does not exist") != std::string::npos);
  CHECK(o.err.find("Failed SQL: select 3,\n       4 from no_such_table") != std::string::npos);
  CHECK(o.err.find("At line 2, column 15 of that statement (c.yaml:15:29)") != std::string::npos);
  CHECK(db.query("SELECT last_value FROM calls") == "1");  // rolled back, never run again
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "0");
}

// A statement kept with its comments may end in a "--" comment: in the round trip's query string,
// the ';' after it must not fall into the comment (tests/golden/liquibase/formatted-sql/splitting,
// strip-comments-false).
TEST_CASE("a statement ending in a line comment does not swallow the next one") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.sql",
            "--liquibase formatted sql\n--changeset t:1 stripComments:false\n"
            "CREATE TABLE s (n int); -- a comment; with a semicolon\nINSERT INTO s VALUES (1) -- no semicolon, then a comment\n");
  Outcome o = run_basalt(args(db, "c.sql", {"update"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(db.query("SELECT n FROM s") == "1");
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
}

TEST_CASE("status refuses, as validate does, when an applied change-set was edited") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", "databaseChangeLog:\n  - changeSet: {id: 1, author: t, changes: [{sql: select 1}]}\n");
  REQUIRE(run_basalt(args(db, "c.yaml", {"update"}), dir.path()).exit_code == 0);
  dir.write("c.yaml", "databaseChangeLog:\n  - changeSet: {id: 1, author: t, changes: [{sql: select 2}]}\n");
  Outcome o = run_basalt(args(db, "c.yaml", {"status"}), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("c.yaml::1::t was: 9:3b78b9910981c62ca27148640fad7bc2 but is now: 9:") != std::string::npos);
  CHECK(o.out.find("is up to date") == std::string::npos);
}

TEST_CASE("the bookshop in XML has the YAML one's checksums, and in formatted SQL its schema and rollbacks") {
  REQUIRE_SERVER();
  TempDir dir;
  for (const char* form : {"bookshop", "bookshop-xml", "bookshop-sql"})
    fs::copy(kExample.parent_path() / form, dir.path() / form, fs::copy_options::recursive);
  TestDatabase yaml, xml, sql;
  REQUIRE(run_basalt(args(yaml, "bookshop/changelog.yaml", {"update"}), dir.path()).exit_code == 0);
  REQUIRE(run_basalt(args(xml, "bookshop-xml/changelog.xml", {"update"}), dir.path()).exit_code == 0);
  REQUIRE(run_basalt(args(sql, "bookshop-sql/changelog.sql", {"update"}), dir.path()).exit_code == 0);
  const std::string rows = "SELECT string_agg(id || ' ' || md5sum || ' ' || description, E'\\n' ORDER BY orderexecuted) "
                           "FROM databasechangelog";
  CHECK(xml.query(rows) == yaml.query(rows));
  CHECK(xml.schema_dump() == yaml.schema_dump());
  CHECK(sql.schema_dump() == yaml.schema_dump());
  // Every formatted SQL change-set rolls back by its --rollback lines, down to an empty schema.
  const std::string count = sql.query("SELECT count(*) FROM databasechangelog");
  CHECK(run_basalt(args(sql, "bookshop-sql/changelog.sql", {"rollback-count", count}), dir.path()).exit_code == 0);
  CHECK(sql.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%'") ==
        "0");
}
