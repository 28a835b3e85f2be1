// engine/safety's table of statement forms, row by row against a real PostgreSQL: while one session
// holds a form's example statement in an open transaction, pg_locks shows the lock the table says it
// takes on each table, and a second session's read and write on that table wait exactly when that
// lock conflicts with them; the table's file is replaced exactly when the row says it rewrites; and
// the statements said to refuse a transaction block do refuse it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "engine/pg/session.h"
#include "engine/run/runner.h"
#include "engine/safety/safety.h"
#include "tests/pg/support.h"

using namespace basalt;
using namespace basalt::testing;

namespace {

constexpr const char* kFixture =
    "CREATE TABLE u (id int PRIMARY KEY);"
    "CREATE TABLE t (id int PRIMARY KEY, a int, b text, c int NOT NULL DEFAULT 0, u_id int);"
    "CREATE TABLE w (id int, a int);"
    "INSERT INTO u VALUES (1); INSERT INTO t VALUES (1, 1, 'x', 0, 1); INSERT INTO w VALUES (1, 1);"
    "CREATE INDEX t_a ON t (a);"
    "ALTER TABLE t ADD CONSTRAINT t_check CHECK (a > 0) NOT VALID;"
    "CREATE SEQUENCE s; CREATE VIEW v AS SELECT id FROM t;";

// The table an example changes, and the one it references.
std::string target_of(const safety::FormFacts& f) { return f.example.find(" w ") != std::string_view::npos ? "w" : "t"; }

// Whether `sql` waits for a lock (lock_timeout runs out: SQLSTATE 55P03) in `session`.
bool waits(pg::Session& session, const std::string& sql) {
  try {
    session.execute_quietly(sql);
    return false;
  } catch (const run::StatementFailed& f) {
    if (f.sqlstate() != "55P03") throw;
    return true;
  }
}

// The strongest lock session `pid` holds on the relation, as pg_locks lists it.
safety::Lock lock_held(pg::Session& observer, const std::string& oid, int pid) {
  const pg::Rows rows = observer.query("SELECT mode FROM pg_locks WHERE locktype = 'relation' AND granted AND relation = " +
                                       oid + " AND pid = " + std::to_string(pid));
  safety::Lock strongest = safety::Lock::none;
  for (const auto& r : rows) {
    bool known = false;
    for (auto l = static_cast<int>(safety::Lock::access_share); l <= static_cast<int>(safety::Lock::access_exclusive); ++l) {
      const auto lock = static_cast<safety::Lock>(l);
      if (safety::pg_locks_mode(lock) != r.at(0).value_or("")) continue;
      known = true;
      strongest = std::max(strongest, lock);
    }
    CHECK(known);
  }
  return strongest;
}

}  // namespace

TEST_CASE("every statement form takes the lock engine/safety says, and blocks what that lock blocks") {
  REQUIRE_SERVER();
  int checked = 0;
  for (const safety::FormFacts& f : safety::forms()) {
    const std::string example(f.example);
    CAPTURE(example);
    TestDatabase db;
    db.query(kFixture);
    pg::Session holder(db.url());
    pg::Session other(db.url());
    other.execute_quietly("SET lock_timeout = '150ms'");
    const std::string table = target_of(f);
    const std::string oid = db.query("SELECT '" + table + "'::regclass::oid");
    const std::string u_oid = db.query("SELECT 'u'::regclass::oid");
    const std::string file_before = db.query("SELECT relfilenode FROM pg_class WHERE oid = " + oid);
    if (!f.transactional) {
      // PostgreSQL refuses it in a transaction block (25001); run on its own it succeeds.
      holder.execute_quietly("BEGIN");
      bool refused = false;
      try {
        holder.execute_quietly(example);
      } catch (const run::StatementFailed& e) {
        refused = e.sqlstate() == "25001";
      }
      CHECK(refused);
      holder.execute_quietly("ROLLBACK");
      holder.execute_quietly(example);
      ++checked;
      continue;
    }
    holder.execute_quietly("BEGIN");
    holder.execute_quietly(example);
    const int pid = holder.backend_pid();
    // The strongest lock it holds on the table, and on the table a foreign key references.
    CHECK(safety::name(lock_held(other, oid, pid)) == safety::name(f.on_table));
    CHECK(safety::name(lock_held(other, u_oid, pid)) == safety::name(f.on_referenced));
    // Another session's read and write of the table wait exactly when the lock conflicts with them.
    CHECK(waits(other, "SELECT 1 FROM " + table + " LIMIT 1") == safety::blocks_reads(f.on_table));
    CHECK(waits(other, "INSERT INTO " + table + " (id, a) VALUES (100, 5)") == safety::blocks_writes(f.on_table));
    CHECK(waits(other, "INSERT INTO u (id) VALUES (100)") == safety::blocks_writes(f.on_referenced));
    // Its file replaced, as the holder sees it.
    const pg::Rows file_after = holder.query("SELECT relfilenode FROM pg_class WHERE oid = " + oid);
    const bool rewritten = !file_after.empty() && file_after.front().at(0).value_or("") != file_before;
    CHECK(rewritten == f.rewrites);
    holder.execute_quietly("ROLLBACK");
    ++checked;
  }
  CHECK(checked == static_cast<int>(safety::forms().size()));
}
