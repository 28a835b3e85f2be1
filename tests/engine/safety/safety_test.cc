// The lock table's own rules, without a server (tests/pg/lock_facts_test.cc checks each row on one).
#include "engine/safety/safety.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace basalt::safety;

TEST_CASE("a lock blocks reads only when ACCESS EXCLUSIVE, writes from SHARE up (PostgreSQL's conflict table)") {
  CHECK(!blocks_reads(Lock::exclusive));
  CHECK(blocks_reads(Lock::access_exclusive));
  for (Lock l : {Lock::none, Lock::access_share, Lock::row_share, Lock::row_exclusive, Lock::share_update_exclusive})
    CHECK(!blocks_writes(l));
  for (Lock l : {Lock::share, Lock::share_row_exclusive, Lock::exclusive, Lock::access_exclusive}) CHECK(blocks_writes(l));
  CHECK(name(Lock::share_update_exclusive) == "SHARE UPDATE EXCLUSIVE");
  CHECK(pg_locks_mode(Lock::share_update_exclusive) == "ShareUpdateExclusiveLock");
}

TEST_CASE("every form has one row, with its own example") {
  std::set<std::string> examples;
  for (const FormFacts& f : forms()) {
    CAPTURE(f.name);
    CHECK(&facts(f.form) == &f);
    CHECK(examples.insert(std::string(f.example)).second);
    // What cannot run in a transaction is what is built or dropped concurrently.
    CHECK(f.transactional == (std::string(f.name).find("CONCURRENTLY") == std::string::npos));
  }
}
