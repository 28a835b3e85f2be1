// The command line as a user meets it: help, usage errors, Liquibase's flags (log level, banner,
// search path, lock wait), signals, missing settings, defaults files.
#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "tests/pg/support.h"

using namespace basalt::testing;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* const kCommands[] = {"update", "update-sql", "rollback-count", "rollback-count-sql", "status",
                                 "history", "validate", "release-locks", "update-count"};

// One change-set that creates a table and carries an attribute Liquibase ignores (a warning).
const char* const kWarnedChangelog = R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      bogus: x
      changes:
        - createTable: {tableName: logged, columns: [{column: {name: id, type: int}}]}
)";

}  // namespace

TEST_CASE("no URL is a usage error with a helpful message, never a silent default") {
  TempDir dir;
  dir.write("c.yaml", "databaseChangeLog: []\n");
  Outcome o = run_basalt({"--changelog-file", "c.yaml", "update"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "no database given: pass --url"));
  CHECK(contains(o.err, "'local'"));
  // No changelog for a command that reads one: a usage error too. history reads only the database.
  o = run_basalt({"--url", "postgresql://me@127.0.0.1:1/nope", "status"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "no changelog given: pass --changelog-file"));
  o = run_basalt({"--url", "postgresql://me@127.0.0.1:1/nope", "history"}, dir.path());
  CHECK(o.exit_code == 1);
  CHECK(contains(o.err, "cannot connect to"));
}

TEST_CASE("an unknown command is named with the closest command, exit 2") {
  TempDir dir;
  Outcome o = run_basalt({"--url", "local", "updat"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "unknown command 'updat'; did you mean 'update'?\n"));
  o = run_basalt({"rollbak-count", "2"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "unknown command 'rollbak-count'; did you mean 'rollback-count'?"));
  o = run_basalt({"xyzzy"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "unknown command 'xyzzy'; the commands are update, update-count, update-sql, "));
  o = run_basalt({}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "no command given; the commands are update, "));
  // A flag missing its value keeps the message that names the flag.
  o = run_basalt({"--url"}, dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "--url"));
  CHECK_FALSE(contains(o.err, "unknown command"));
  CHECK_FALSE(std::filesystem::exists(dir.path() / ".basalt"));
}

TEST_CASE("a count that is missing or not a whole number is a usage error naming the positional form") {
  TempDir dir;
  for (const char* command : {"rollback-count", "rollback-count-sql", "update-count"}) {
    std::string c = command;
    INFO(c);
    Outcome o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", command, "abc"}, dir.path());
    CHECK(o.exit_code == 2);
    CHECK(contains(o.err, "the count of " + c + " must be a whole number (0 or more), as in '" + c + " 3', not 'abc'"));
    CHECK_FALSE(contains(o.err, "not in range"));
    o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", command}, dir.path());
    CHECK(o.exit_code == 2);
    CHECK(contains(o.err, c + " needs a count: the number of change-sets, as in '" + c + " 3' (or --count 3)"));
    for (const char* bad : {"-1", "1.5", "2x", "99999999999"}) {
      o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", command, "--count", bad}, dir.path());
      CHECK(o.exit_code == 2);
      CHECK(contains(o.err, std::string("not '") + bad + "'"));
    }
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() / ".basalt"));  // refused before any connection
}

TEST_CASE("every command has help, listing the global flags as well as its own") {
  TempDir dir;
  for (const char* command : kCommands) {
    Outcome o = run_basalt({command, "--help"}, dir.path());
    INFO(command, o.err);
    CHECK(o.exit_code == 0);
    CHECK(contains(o.out, std::string("Usage: basalt ") + command));
    for (const char* flag : {"--url", "--changelog-file", "--username", "--password", "--defaults-file",
                             "--contexts", "--labels", "--search-path", "--log-level", "--show-banner",
                             "--changelog-lock-wait-time-in-minutes", "--strict"})
      CHECK_MESSAGE(contains(o.out, flag), flag);
  }
  Outcome o = run_basalt({"rollback-count", "--help"}, dir.path());
  CHECK(contains(o.out, "count TEXT"));
  CHECK(contains(o.out, "--count"));
  o = run_basalt({"--help"}, dir.path());
  CHECK(contains(o.out, "130 interrupted"));
  CHECK(contains(o.out, "basalt prints no banner"));
}

// Liquibase's --log-level names (any case, with = or a space) decide what basalt says on stderr;
// stdout is the same at every level, and errors print at every level.
TEST_CASE("--log-level: off and severe print only errors, info adds timings, fine adds each statement") {
  REQUIRE_SERVER();
  TempDir dir;
  dir.write("c.yaml", kWarnedChangelog);
  auto run_at = [&](std::vector<std::string> level_args) {
    TestDatabase db;
    std::vector<std::string> args{"--url", db.url(), "--changelog-file", "c.yaml"};
    args.insert(args.end(), level_args.begin(), level_args.end());
    Outcome o = run_basalt(args, dir.path());
    INFO(o.out, o.err);
    CHECK(o.exit_code == 0);
    CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
    return o;
  };
  const std::string warning_text = "c.yaml:5:7: warning: unknown attribute 'bogus' of changeSet is ignored";

  Outcome normal = run_at({"update"});
  CHECK(contains(normal.err, warning_text));
  CHECK_FALSE(contains(normal.err, " ran in "));
  CHECK_FALSE(contains(normal.err, "executing:"));
  for (std::vector<std::string> quiet : {std::vector<std::string>{"--log-level", "off", "update"},
                                         {"--log-level=OFF", "update"},
                                         {"update", "--log-level=severe"},
                                         {"--logLevel", "Severe", "update"}}) {
    Outcome o = run_at(quiet);
    CHECK(o.err == "");
    CHECK(o.out == normal.out);
  }
  for (std::vector<std::string> info : {std::vector<std::string>{"--log-level=info", "update"},
                                        {"update", "--log-level", "INFO"}}) {
    Outcome o = run_at(info);
    CHECK(contains(o.err, warning_text));
    CHECK(contains(o.err, "basalt: change-set c.yaml::1::t ran in "));
    CHECK_FALSE(contains(o.err, "executing:"));
  }
  Outcome fine = run_at({"--log-level=Fine", "update"});
  CHECK(contains(fine.err, "basalt: change-set c.yaml::1::t ran in "));
  CHECK(contains(fine.err, "basalt: executing: CREATE TABLE public.logged (id INTEGER)\n"));
  CHECK(contains(fine.err, "basalt: executing: INSERT INTO public.databasechangelog "));
  CHECK(contains(fine.err, "basalt: executing: UPDATE public.databasechangeloglock SET LOCKED = FALSE"));
  CHECK(fine.out == normal.out);

  // liquibase.properties may set it; the command line wins.
  dir.write("quiet.properties", "logLevel: off\n");
  Outcome from_file = run_at({"--defaults-file", "quiet.properties", "update"});
  CHECK(from_file.err == "");
  Outcome overridden = run_at({"--defaults-file", "quiet.properties", "--log-level", "warning", "update"});
  CHECK(contains(overridden.err, warning_text));

  // Errors print at every level.
  TestDatabase db;
  dir.write("bad.yaml", "databaseChangeLog:\n  - changeSet: {id: 1, author: t, changes: [{sql: \"select nope\"}]}\n");
  Outcome failed = run_basalt({"--url", db.url(), "--changelog-file", "bad.yaml", "--log-level", "off", "update"},
                              dir.path());
  CHECK(failed.exit_code == 1);
  CHECK(contains(failed.err, "Error: Migration failed for change-set bad.yaml::1::t"));

  Outcome unknown = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "--log-level", "loud", "update"},
                               dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "the log level must be off, severe, warning, info or fine, not 'loud'"));
}

TEST_CASE("--show-banner is accepted bare, with true or false, before or after the command, and changes nothing") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", "databaseChangeLog: []\n");
  std::vector<std::string> base{"--url", db.url(), "--changelog-file", "c.yaml"};
  auto run_with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_basalt(args, dir.path());
  };
  Outcome plain = run_with({"status"});
  REQUIRE(plain.exit_code == 0);
  for (std::vector<std::string> banner :
       {std::vector<std::string>{"--show-banner", "status"}, {"--show-banner=false", "status"},
        {"--show-banner", "false", "status"}, {"--show-banner", "TRUE", "status"}, {"status", "--show-banner=true"},
        {"status", "--showBanner", "false"}}) {
    Outcome o = run_with(banner);
    INFO(banner.at(0), " ", banner.at(1));
    CHECK(o.exit_code == 0);
    CHECK(o.out == plain.out);
    CHECK(o.err == plain.err);
  }
  CHECK(run_with({"--show-banner=maybe", "status"}).exit_code == 2);
}

// Checked against Liquibase 4.28 with this layout: --search-path=a,b --changelog-file=sub/root.yaml
// recorded sub/root.yaml, inc/child.yaml, sub/sib.yaml; --search-path=.,b with
// --changelog-file=a/sub/root.yaml recorded a/sub/root.yaml, inc/child.yaml, a/sub/sib.yaml.
TEST_CASE("--search-path finds the changelog and its includes, and FILENAME is relative to the folder found in") {
  REQUIRE_SERVER();
  TempDir dir;
  dir.write("a/sub/root.yaml", R"(databaseChangeLog:
  - changeSet: {id: r1, author: t, changes: [{sql: "select 1"}]}
  - include: {file: inc/child.yaml}
  - include: {file: sib.yaml, relativeToChangelogFile: true}
)");
  dir.write("b/inc/child.yaml", "databaseChangeLog:\n  - changeSet: {id: c1, author: t, changes: [{sql: \"select 2\"}]}\n");
  dir.write("a/sub/sib.yaml", "databaseChangeLog:\n  - changeSet: {id: s1, author: t, changes: [{sql: \"select 3\"}]}\n");
  const std::string filenames = "SELECT string_agg(id || ' ' || filename, ', ' ORDER BY orderexecuted) FROM databasechangelog";

  TestDatabase two;
  Outcome o = run_basalt({"--url", two.url(), "--search-path", "a,b", "--changelog-file", "sub/root.yaml", "update"},
                         dir.path());
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(two.query(filenames) == "r1 sub/root.yaml, c1 inc/child.yaml, s1 sub/sib.yaml");
  // The same names on the next run, with the flag after the command or from liquibase.properties.
  o = run_basalt({"--url", two.url(), "--changelog-file", "sub/root.yaml", "status", "--search-path=a, b"}, dir.path());
  CHECK(contains(o.out, "is up to date"));
  dir.write("liquibase.properties", "searchPath: a,b\nchangeLogFile: sub/root.yaml\nurl: " + two.url() + "\n");
  o = run_basalt({"status"}, dir.path());
  CHECK(contains(o.out, "is up to date"));
  std::filesystem::remove(dir.path() / "liquibase.properties");

  TestDatabase below;
  o = run_basalt({"--url", below.url(), "--search-path=.,b", "--changelog-file", "a/sub/root.yaml", "update"},
                 dir.path());
  REQUIRE(o.exit_code == 0);
  CHECK(below.query(filenames) == "r1 a/sub/root.yaml, c1 inc/child.yaml, s1 a/sub/sib.yaml");

  // Without the current folder in the search path, a path from it is not found (Liquibase: the same).
  o = run_basalt({"--url", below.url(), "--search-path", "a,b", "--changelog-file", "a/sub/root.yaml", "status"},
                 dir.path());
  CHECK(o.exit_code == 2);
  CHECK(contains(o.err, "changelog file 'a/sub/root.yaml' does not exist in the search path a, b"));
}

TEST_CASE("--changelog-lock-wait-time-in-minutes acts before and after the command name") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet: {id: 1, author: t, changes: [{sql: "select 1"}]}
  - changeSet: {id: 2, author: t, changes: [{sql: "select 2"}]}
)");
  REQUIRE(run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update-count", "1"}, dir.path()).exit_code == 0);
  db.query("UPDATE databasechangeloglock SET locked = true, lockedby = 'another tool', lockgranted = now()");
  for (bool after : {false, true}) {
    INFO("after the command: ", after);
    std::vector<std::string> args{"--url", db.url(), "--changelog-file", "c.yaml"};
    std::vector<std::string> wait{"--changelog-lock-wait-time-in-minutes", "0.02"};  // 1.2 s instead of 5 min
    if (after) args.push_back("update");
    args.insert(args.end(), wait.begin(), wait.end());
    if (!after) args.push_back("update");
    auto started = std::chrono::steady_clock::now();
    Outcome o = run_basalt(args, dir.path());
    auto took = std::chrono::steady_clock::now() - started;
    CHECK(o.exit_code == 1);
    CHECK(contains(o.err, "could not acquire the change log lock: it is held by another tool"));
    CHECK(took >= 1s);
    CHECK(took < 30s);
  }
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
}

// Ctrl-C (or a CI runner's SIGTERM) cancels the statement in progress: its change-set rolls back,
// the lock row is freed, and the exit status says a signal ended it (128 + the signal).
TEST_CASE("SIGINT and SIGTERM roll back the change-set in progress, free the lock and exit 130 and 143") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"yaml(databaseChangeLog:
  - changeSet: {id: 1, author: t, changes: [{createTable: {tableName: before_sleep, columns: [{column: {name: id, type: int}}]}}]}
  - changeSet: {id: 2, author: t, changes: [{sql: "create table during_sleep (id int); select pg_sleep(30)"}]}
)yaml");
  for (int sig : {SIGINT, SIGTERM}) {
    INFO("signal ", sig);
    int pid = basalt_spawn({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path(), "interrupted");
    bool sleeping = false;
    for (int i = 0; i < 400 && !sleeping; ++i) {
      sleeping = db.query("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> "
                          "pg_backend_pid() AND state = 'active'") == "1";
      if (!sleeping) std::this_thread::sleep_for(50ms);
    }
    REQUIRE(sleeping);
    auto sent = std::chrono::steady_clock::now();
    REQUIRE(kill(pid, sig) == 0);
    Outcome o = basalt_wait(pid, dir.path(), "interrupted");
    auto took = std::chrono::steady_clock::now() - sent;
    INFO(o.out, o.err);
    CHECK(o.exit_code == 128 + sig);
    CHECK(took < 5s);
    CHECK(contains(o.err, "interrupted"));
    CHECK(db.query("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog") == "1");
    CHECK(db.query("SELECT to_regclass('during_sleep') IS NULL") == "t");
    CHECK(db.query("SELECT locked::text || ' ' || coalesce(lockedby, '<free>') FROM databasechangeloglock") ==
          "false <free>");
  }
  CHECK(db.query("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()") ==
        "0");
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
