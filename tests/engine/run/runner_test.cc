// Units, the runner's failure rules, and the script layout of update-sql.
#include "engine/run/runner.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace basalt;

namespace {

model::ChangeSet change_set(const std::string& id, bool fail_on_error = true) {
  model::ChangeSet cs;
  cs.id = id;
  cs.author = "a";
  cs.file_path = "c.yaml";
  cs.fail_on_error = fail_on_error;
  model::Sql s;
  s.sql = "select " + id;
  cs.changes.push_back(s);
  return cs;
}

// Records what it is asked to run, and fails on the statements it is told to.
class FakeSink : public run::Sink {
 public:
  void run(const run::Unit& unit) override {
    for (const sql::Statement& s : unit.statements)
      if (s.text == fail_on) throw run::StatementFailed("boom", s.text, "42000");
    ran.push_back(unit.change_set->id);
  }
  std::string fail_on;
  std::vector<std::string> ran;
};

class Counting : public run::Observer {
 public:
  void unit_failed_ignored(const run::Unit&, const run::StatementFailed&) override { ++ignored; }
  int ignored = 0;
};

}  // namespace

TEST_CASE("each unit holds the change-set's statements and its tracker record") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2")};
  plan::UpdatePlan p;
  p.steps.push_back({&sets[0], "9:a", tracker::ExecType::executed, false, 1});
  p.steps.push_back({&sets[1], "9:b", tracker::ExecType::reran, true, 2});
  run::RunContext ctx{{}, {}, "0000000042"};
  std::vector<run::Unit> units = run::update_units(p, ctx);
  REQUIRE(units.size() == 2);
  REQUIRE(units[0].statements.size() == 1);
  CHECK(units[0].statements[0].text == "select 1");
  CHECK(units[0].record.text.rfind("INSERT INTO public.databasechangelog", 0) == 0);
  CHECK(units[1].record.text.rfind("UPDATE public.databasechangelog SET DATEEXECUTED = NOW(), ORDEREXECUTED = 2", 0) == 0);
  CHECK(units[0].transactional);
}

TEST_CASE("a change-set with runInTransaction false runs outside a transaction") {
  std::vector<model::ChangeSet> sets{change_set("1")};
  sets[0].run_in_transaction = false;
  plan::UpdatePlan p;
  p.steps.push_back({&sets[0], "9:a", tracker::ExecType::executed, false, 1});
  CHECK_FALSE(run::update_units(p, {{}, {}, "1"}).at(0).transactional);
}

TEST_CASE("a failure stops the run unless the change-set says failOnError false") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2", false), change_set("3")};
  plan::UpdatePlan p;
  for (int i = 0; i < 3; ++i) p.steps.push_back({&sets[static_cast<std::size_t>(i)], "9:x", tracker::ExecType::executed, false, i + 1});
  std::vector<run::Unit> units = run::update_units(p, {{}, {}, "1"});

  FakeSink sink;
  Counting observer;
  sink.fail_on = "select 2";
  run::run_units(units, sink, observer);
  CHECK(sink.ran == std::vector<std::string>{"1", "3"});
  CHECK(observer.ignored == 1);

  FakeSink strict;
  strict.fail_on = "select 3";
  CHECK_THROWS_AS(run::run_units(units, strict, observer), run::StatementFailed);
  CHECK(strict.ran == std::vector<std::string>{"1", "2"});  // 3 failed and stopped the run
}

TEST_CASE("an interrupted run stops before the next unit") {
  std::vector<model::ChangeSet> sets{change_set("1")};
  plan::UpdatePlan p;
  p.steps.push_back({&sets[0], "9:a", tracker::ExecType::executed, false, 1});
  FakeSink sink;
  run::Observer quiet;
  std::atomic<bool> cancel{true};
  CHECK_THROWS_WITH(run::run_units(run::update_units(p, {{}, {}, "1"}), sink, quiet, &cancel),
                    doctest::Contains("interrupted"));
  CHECK(sink.ran.empty());
}

TEST_CASE("the script lists each change-set under a comment, statements ending in a semicolon") {
  std::vector<model::ChangeSet> sets{change_set("1")};
  sets[0].comment = "first\nsecond line";
  plan::UpdatePlan p;
  p.steps.push_back({&sets[0], "9:a", tracker::ExecType::executed, false, 1});
  std::ostringstream out;
  run::ScriptSink script(out);
  script.banner("Update Database Script", "c.yaml");
  run::Observer quiet;
  run::run_units(run::update_units(p, {{}, {}, "0000000001"}), script, quiet);
  std::string text = out.str();
  CHECK(text.rfind("-- *********************************************************************\n"
                   "-- Update Database Script\n", 0) == 0);
  CHECK(text.find("-- Change Log: c.yaml\n") != std::string::npos);
  CHECK(text.find("-- Changeset c.yaml::1::a\n-- first\n-- second line\nselect 1;\n\nINSERT INTO "
                  "public.databasechangelog") != std::string::npos);
}
