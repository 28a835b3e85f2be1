// Runners against one database: the advisory lock, the lock row, dead holders and foreign holders.
#include <doctest/doctest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "tests/pg/support.h"

using namespace basalt::testing;
using namespace std::chrono_literals;

namespace {

std::string many_change_sets(int n) {
  std::string y = "databaseChangeLog:\n";
  for (int i = 0; i < n; ++i)
    y += "  - changeSet:\n      id: cs-" + std::to_string(i) + "\n      author: t\n      changes:\n"
         "        - createTable: {tableName: t" + std::to_string(i) + ", columns: [{column: {name: id, type: int}}]}\n";
  return y;
}

template <class F>
bool eventually(F condition, std::chrono::milliseconds limit) {
  auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (condition()) return true;
    std::this_thread::sleep_for(50ms);
  }
  return condition();
}

}  // namespace

TEST_CASE("concurrent updates apply each change-set exactly once") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", many_change_sets(40));
  std::vector<int> pids;
  for (int i = 0; i < 4; ++i)
    pids.push_back(basalt_spawn({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path(),
                                "runner" + std::to_string(i)));
  for (int i = 0; i < 4; ++i) {
    Outcome o = basalt_wait(pids[static_cast<std::size_t>(i)], dir.path(), "runner" + std::to_string(i));
    INFO("runner ", i, "\n", o.out, o.err);
    CHECK(o.exit_code == 0);
  }
  CHECK(db.query("SELECT count(*), count(DISTINCT id), max(orderexecuted) FROM databasechangelog") == "40|40|40");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
}

TEST_CASE("a killed runner's lock row does not block the next run") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: control
      author: t
      changes:
        - createTable: {tableName: sleep_control, columns: [{column: {name: seconds, type: int}}]}
        - insert: {tableName: sleep_control, columns: [{column: {name: seconds, valueNumeric: 60}}]}
  - changeSet:
      id: slow
      author: t
      changes:
        - sql: select pg_sleep((select seconds from sleep_control))
  - changeSet:
      id: after
      author: t
      changes:
        - createTable: {tableName: after_slow, columns: [{column: {name: id, type: int}}]}
)");
  const std::vector<std::string> update{"--url", db.url(), "--changelog-file", "c.yaml", "update"};
  int pid = basalt_spawn(update, dir.path(), "victim");
  REQUIRE(eventually(
      [&] { return db.query("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%select pg_sleep(%'") == "1"; },
      20s));
  kill(pid, SIGKILL);
  basalt_wait(pid, dir.path(), "victim");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "t");  // left behind, as with Liquibase
  db.query("UPDATE sleep_control SET seconds = 0");

  auto start = std::chrono::steady_clock::now();
  Outcome o = run_basalt(update, dir.path());
  auto took = std::chrono::steady_clock::now() - start;
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.err.find("took over the change log lock") != std::string::npos);
  CHECK(took < 15s);
  CHECK(db.query("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog") == "control,slow,after");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
}

TEST_CASE("a lock row held by another tool is waited for, then reported with how to release it") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", many_change_sets(2));
  std::vector<std::string> base{"--url", db.url(), "--changelog-file", "c.yaml"};
  REQUIRE(run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update-count", "1"}, dir.path()).exit_code == 0);
  db.query("UPDATE databasechangeloglock SET locked = true, lockedby = 'someone-else (10.0.0.9)', lockgranted = now()");

  Outcome o = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "--changelog-lock-wait-time-in-minutes", "0.02",
                      "update"},
                     dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("could not acquire the change log lock: it is held by someone-else (10.0.0.9) since ") !=
        std::string::npos);
  CHECK(o.err.find("basalt release-locks") != std::string::npos);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");

  // A waiter goes on as soon as the holder lets go.
  int pid = basalt_spawn({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path(), "waiter");
  std::this_thread::sleep_for(1500ms);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
  db.query("UPDATE databasechangeloglock SET locked = false, lockedby = NULL, lockgranted = NULL");
  auto released = std::chrono::steady_clock::now();
  o = basalt_wait(pid, dir.path(), "waiter");
  CHECK(o.exit_code == 0);
  CHECK(std::chrono::steady_clock::now() - released < 3s);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "2");
}

TEST_CASE("release-locks frees a row whoever holds it") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", many_change_sets(1));
  REQUIRE(run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path()).exit_code == 0);
  db.query("UPDATE databasechangeloglock SET locked = true, lockedby = 'someone-else', lockgranted = now()");
  Outcome o = run_basalt({"--url", db.url(), "release-locks"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(o.out.find("Successfully released all database change log locks") != std::string::npos);
  CHECK(db.query("SELECT locked, coalesce(lockedby, '<null>') FROM databasechangeloglock") == "f|<null>");
}

// The state a run killed in its prologue can leave: the lock table without its row, the lock row
// held by a dead process, no changelog table. The next run must complete at once, whatever it finds.
TEST_CASE("a run killed after each statement of its prologue in turn never blocks the next one") {
  REQUIRE_SERVER();
  TempDir dir;
  dir.write("c.yaml", many_change_sets(2));
  // On an empty database: CREATE lock table, DELETE, INSERT, the lock UPDATE, CREATE changelog
  // table, then the first change-set's statement and tracker INSERT.
  for (int crash_at = 1; crash_at <= 7; ++crash_at) {
    CAPTURE(crash_at);
    TestDatabase db;
    setenv("BASALT_TEST_CRASH_AT_STATEMENT", std::to_string(crash_at).c_str(), 1);
    Outcome killed = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path());
    unsetenv("BASALT_TEST_CRASH_AT_STATEMENT");
    CHECK(killed.exit_code == 128 + SIGKILL);
    auto start = std::chrono::steady_clock::now();
    Outcome next = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "--changelog-lock-wait-time-in-minutes",
                               "0.2", "update"},
                              dir.path());
    INFO(next.out, next.err);
    CHECK(next.exit_code == 0);
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    CHECK(db.query("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog") == "cs-0,cs-1");
    CHECK(db.query("SELECT count(*) FROM databasechangeloglock") == "1");
    CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");
  }
}

TEST_CASE("a lock table that Liquibase's columns but no row does not hang update, and update-sql initializes it") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", many_change_sets(1));
  db.query("CREATE TABLE databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP, "
           "LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID))");
  Outcome sql = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update-sql"}, dir.path());
  CHECK(sql.exit_code == 0);
  CHECK(sql.out.find("-- Create Database Lock Table") == std::string::npos);
  CHECK(sql.out.find("-- Initialize Database Lock Table\nDELETE FROM public.databasechangeloglock;\n\n"
                     "INSERT INTO public.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);\n\n-- Lock Database\n") !=
        std::string::npos);
  auto start = std::chrono::steady_clock::now();
  Outcome o = run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
  CHECK(db.query("SELECT id || ' ' || locked FROM databasechangeloglock") == "1 false");
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
}

TEST_CASE("a wait for a lock held by another tool ends at once on SIGTERM or SIGINT") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", many_change_sets(2));
  REQUIRE(run_basalt({"--url", db.url(), "--changelog-file", "c.yaml", "update-count", "1"}, dir.path()).exit_code == 0);
  db.query("UPDATE databasechangeloglock SET locked = true, lockedby = 'someone-else', lockgranted = now()");
  for (int sig : {SIGTERM, SIGINT}) {
    CAPTURE(sig);
    int pid = basalt_spawn({"--url", db.url(), "--changelog-file", "c.yaml", "update"}, dir.path(), "waiter");
    REQUIRE(eventually(
        [&] {
          return db.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                          "pg_backend_pid()") != "0";
        },
        5s));
    std::this_thread::sleep_for(500ms);  // well into the wait
    auto sent = std::chrono::steady_clock::now();
    kill(pid, sig);
    Outcome o = basalt_wait(pid, dir.path(), "waiter");
    INFO(o.out, o.err);
    CHECK(std::chrono::steady_clock::now() - sent < 2s);
    CHECK(o.exit_code == 128 + sig);  // 130 for Ctrl-C, 143 for SIGTERM, as shells report them
    CHECK(o.err.find("interrupted while waiting for the change log lock; nothing was run") != std::string::npos);
    CHECK(db.query("SELECT count(*) FROM databasechangelog") == "1");
    CHECK(db.query("SELECT lockedby FROM databasechangeloglock") == "someone-else");
  }
}
