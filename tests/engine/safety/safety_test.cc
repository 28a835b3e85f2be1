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

TEST_CASE("PostgreSQL's parser puts each form's example in its own form") {
  for (const FormFacts& f : forms()) {
    CAPTURE(f.example);
    const auto classified = classify_sql(f.example);
    REQUIRE(classified);
    REQUIRE(classified->size() == 1);
    REQUIRE(classified->front().forms.size() == 1);
    CHECK(classified->front().forms.front() == f.form);
  }
}

TEST_CASE("raw SQL is classified from its parse tree, not its words") {
  auto forms_of = [](std::string_view sql) {
    const auto c = classify_sql(sql);
    REQUIRE(c);
    std::vector<Form> out;
    for (const Classified& s : *c) out.insert(out.end(), s.forms.begin(), s.forms.end());
    return out;
  };
  // Several subcommands, a schema, and a comment and a string that look like other statements.
  const auto c = classify_sql("ALTER TABLE app.t ADD COLUMN d int, ALTER COLUMN a SET NOT NULL; -- DROP TABLE t\n"
                              "INSERT INTO app.t (b) VALUES ('CREATE INDEX i ON t (a)')");
  REQUIRE(c);
  REQUIRE(c->size() == 2);
  CHECK((*c)[0].forms == std::vector<Form>{Form::add_column, Form::set_not_null});
  CHECK((*c)[0].relations == std::vector<std::string>{"app.t"});
  CHECK((*c)[1].forms == std::vector<Form>{Form::insert});
  // A default is volatile unless every function it calls is known not to be.
  CHECK(forms_of("ALTER TABLE t ADD COLUMN d timestamptz DEFAULT now()") == std::vector<Form>{Form::add_column_constant_default});
  CHECK(forms_of("ALTER TABLE t ADD COLUMN d text DEFAULT 'x'::text") == std::vector<Form>{Form::add_column_constant_default});
  CHECK(forms_of("ALTER TABLE t ADD COLUMN d uuid DEFAULT gen_random_uuid()") == std::vector<Form>{Form::add_column_volatile_default});
  CHECK(forms_of("ALTER TABLE t ADD COLUMN d int DEFAULT my_function()") == std::vector<Form>{Form::add_column_volatile_default});
  // A foreign key's referenced table, in CREATE TABLE and ALTER TABLE.
  CHECK(classify_sql("CREATE TABLE n (id int, u_id int, FOREIGN KEY (u_id) REFERENCES s.u (id))")->front().referenced ==
        std::vector<std::string>{"s.u"});
  // Forms basalt does not know yet have none; text PostgreSQL refuses has no classification.
  CHECK(forms_of("ALTER TABLE t SET (fillfactor = 70)").empty());
  CHECK(forms_of("VACUUM t").empty());
  CHECK(!classify_sql("ALTER TABLE t ADD"));
}

TEST_CASE("a statement's facts join its parts: the strongest lock per table, any rewrite or scan") {
  const Facts f = facts_of_sql(
      "ALTER TABLE app.t ADD COLUMN d uuid DEFAULT gen_random_uuid(), ADD CONSTRAINT t_u FOREIGN KEY (u_id) "
      "REFERENCES app.u (id) NOT VALID");
  REQUIRE(f.known);
  CHECK(f.forms == std::vector<Form>{Form::add_column_volatile_default, Form::add_foreign_key_not_valid});
  // ACCESS EXCLUSIVE from the column wins over the key's SHARE ROW EXCLUSIVE on app.t.
  CHECK(f.locks == std::vector<RelationLock>{{"app.t", Lock::access_exclusive}, {"app.u", Lock::share_row_exclusive}});
  CHECK(f.rewrites);
  CHECK(f.scans);
  CHECK(f.transactional);
  const Facts index = facts_of_sql("CREATE INDEX CONCURRENTLY i ON t (a)");
  CHECK(index.locks == std::vector<RelationLock>{{"t", Lock::share_update_exclusive}});
  CHECK_FALSE(index.transactional);
  CHECK_FALSE(facts_of_sql("ALTER TABLE t SET (fillfactor = 70)").known);
  CHECK_FALSE(facts_of_sql("not sql").known);
}
