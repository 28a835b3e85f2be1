// Units, the one path of a run (prologue, units, epilogue), its failure rules, and the script layout.
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

plan::UpdatePlan plan_of(std::vector<model::ChangeSet>& sets, int last_order = 0) {
  plan::UpdatePlan p;
  for (model::ChangeSet& cs : sets) p.steps.push_back({&cs, "9:" + cs.id, tracker::ExecType::executed, false});
  p.last_order = last_order;
  return p;
}

// Records what it is asked to do, in order, and fails on the statements it is told to.
class FakeSink : public run::Sink {
 public:
  tracker::TrackerState tracker_state() override { return state; }
  void section(const tracker::Section& s) override { log.push_back("section " + s.title); }
  void run(const run::Unit& unit, const sql::Statement& record) override {
    for (const sql::Statement& s : unit.statements)
      if (s.text == fail_on) throw run::StatementFailed("boom", s.text, "42000");
    log.push_back("unit " + unit.change_set->id);
    records.push_back(record.text);
  }
  run::PreconditionOutcome check(const model::Preconditions&, run::PreconditionFacts) override { return outcome; }
  void skipped(const run::Unit& unit) override { log.push_back("skipped " + unit.change_set->id); }
  void end(bool completed) noexcept override { log.push_back(completed ? "end" : "end after failure"); }
  run::PreconditionOutcome outcome;
  tracker::TrackerState state{true, true, true};
  std::string fail_on;
  std::vector<std::string> log, records;
};

class Counting : public run::Observer {
 public:
  void unit_failed_ignored(const run::Unit&, const run::StatementFailed&) override { ++ignored; }
  int ignored = 0;
};

run::Run update_run(const plan::UpdatePlan& p, const run::RunContext& ctx) {
  return {ctx.tables, "me", true, "Update Database Script", "c.yaml", "c.yaml", {},
          [&p, ctx] { return run::Work{run::update_units(p, ctx), p.last_order, nullptr}; }};
}

}  // namespace

TEST_CASE("each unit holds the change-set's statements, and its row is numbered when it runs") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2")};
  plan::UpdatePlan p = plan_of(sets);
  p.steps[1].exec_type = tracker::ExecType::reran;
  p.steps[1].row_exists = true;
  run::RunContext ctx{{}, {}, "0000000042"};
  std::vector<run::Unit> units = run::update_units(p, ctx);
  REQUIRE(units.size() == 2);
  REQUIRE(units[0].statements.size() == 1);
  CHECK(units[0].statements[0].text == "select 1");
  CHECK(units[0].transactional);
  CHECK(run::record_of(units[0], ctx.tables, 7, units[0].row.exec_type).text.rfind(
            "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, "
            "DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'a', "
            "'c.yaml', NOW(), 7, '9:1', 'sql', '', 'EXECUTED'",
            0) == 0);
  // A re-run rewrites the row as Liquibase does: every column the change-set gives, by name.
  CHECK(run::record_of(units[1], ctx.tables, 8, units[1].row.exec_type).text ==
        "UPDATE public.databasechangelog SET COMMENTS = '', CONTEXTS = NULL, DATEEXECUTED = NOW(), DEPLOYMENT_ID = "
        "'0000000042', DESCRIPTION = 'sql', EXECTYPE = 'RERAN', LABELS = NULL, LIQUIBASE = '4.28.0', MD5SUM = '9:2', "
        "ORDEREXECUTED = 8 WHERE ID = '2' AND AUTHOR = 'a' AND FILENAME = 'c.yaml'");
  CHECK(run::record_of(units[0], ctx.tables, 3, tracker::ExecType::mark_ran).text.find("'MARK_RAN'") !=
        std::string::npos);
}

TEST_CASE("only runInTransaction false takes a change-set out of its transaction") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2")};
  sets[0].run_in_transaction = false;
  model::Sql concurrently;
  concurrently.sql = "create index concurrently i on t(x)";
  sets[1].changes.push_back(concurrently);  // refused by validation; never moves the unit out
  std::vector<run::Unit> units = run::update_units(plan_of(sets), {{}, {}, "1"});
  CHECK_FALSE(units.at(0).transactional);
  CHECK(units.at(1).transactional);
}

TEST_CASE("a run takes the lock before the units and frees it after, creating only what is missing") {
  std::vector<model::ChangeSet> sets{change_set("1")};
  plan::UpdatePlan p = plan_of(sets);
  FakeSink sink;
  sink.state = {false, false, false};
  run::Observer quiet;
  run::execute(update_run(p, {{}, {}, "1"}), sink, quiet);
  CHECK(sink.log == std::vector<std::string>{"section Create Database Lock Table", "section Initialize Database Lock Table",
                                             "section Lock Database", "section Create Database Change Log Table",
                                             "unit 1", "section Release Database Lock", "end"});

  FakeSink emptied;  // a run killed after creating the lock table left it without its row
  emptied.state = {true, false, true};
  run::execute(update_run(p, {{}, {}, "1"}), emptied, quiet);
  CHECK(emptied.log == std::vector<std::string>{"section Initialize Database Lock Table", "section Lock Database",
                                                "unit 1", "section Release Database Lock", "end"});
}

TEST_CASE("a failure stops the run unless the change-set says failOnError false, which takes no number") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2", false), change_set("3")};
  plan::UpdatePlan p = plan_of(sets, 10);
  FakeSink sink;
  Counting observer;
  sink.fail_on = "select 2";
  run::execute(update_run(p, {{}, {}, "1"}), sink, observer);
  CHECK(observer.ignored == 1);
  REQUIRE(sink.records.size() == 2);
  CHECK(sink.records[0].find("NOW(), 11, ") != std::string::npos);
  CHECK(sink.records[1].find("NOW(), 12, ") != std::string::npos);  // no gap where 2 failed
  CHECK(sink.log.back() == "end");

  FakeSink strict;
  strict.fail_on = "select 3";
  CHECK_THROWS_AS(run::execute(update_run(p, {{}, {}, "1"}), strict, observer), run::StatementFailed);
  CHECK(strict.log.back() == "end after failure");
  CHECK(std::find(strict.log.begin(), strict.log.end(), "section Release Database Lock") == strict.log.end());
}

TEST_CASE("an interrupted run stops before the next unit") {
  std::vector<model::ChangeSet> sets{change_set("1")};
  plan::UpdatePlan p = plan_of(sets);
  FakeSink sink;
  run::Observer quiet;
  std::atomic<bool> cancel{true};
  CHECK_THROWS_WITH(run::execute(update_run(p, {{}, {}, "1"}), sink, quiet, &cancel), doctest::Contains("interrupted"));
  CHECK(sink.records.empty());
  CHECK(sink.log.back() == "end after failure");
}

TEST_CASE("the script lists each change-set under a comment, statements ending in one semicolon") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2")};
  sets[0].comment = "first\nsecond line";
  model::Sql whole;
  whole.sql = "select 3; select 4;";
  whole.split_statements = false;
  sets[1].changes = {whole};
  plan::UpdatePlan p = plan_of(sets);
  std::ostringstream out;
  run::ScriptSink script(out, {true, true, true}, {"Ran at: now"});
  run::Observer quiet;
  run::execute(update_run(p, {{}, {}, "0000000001"}), script, quiet);
  std::string text = out.str();
  CHECK(text.rfind("-- Lock Database\nUPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'me', ", 0) == 0);
  CHECK(text.find("-- *********************************************************************\n"
                  "-- Update Database Script\n"
                  "-- *********************************************************************\n"
                  "-- Change Log: c.yaml\n"
                  "-- Ran at: now\n"
                  "-- *********************************************************************\n\n") != std::string::npos);
  CHECK(text.find("-- Changeset c.yaml::1::a\n-- first\n-- second line\nselect 1;\n\nINSERT INTO "
                  "public.databasechangelog") != std::string::npos);
  CHECK(text.find("select 3; select 4;\n\nINSERT") != std::string::npos);
  CHECK(text.find(";;") == std::string::npos);
  CHECK(text.ends_with("-- Release Database Lock\nUPDATE public.databasechangeloglock SET LOCKED = FALSE, "
                       "LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;\n\n"));
}

TEST_CASE("preconditions that do not pass: MARK_RAN writes the row alone, CONTINUE skips, HALT stops, WARN runs") {
  std::vector<model::ChangeSet> sets{change_set("1"), change_set("2"), change_set("3")};
  model::Preconditions guard;
  sets[1].preconditions = guard;
  plan::UpdatePlan p = plan_of(sets, 4);
  run::Observer quiet;
  auto run_with = [&](const std::string& on_fail, run::PreconditionOutcome::Kind kind) {
    sets[1].preconditions->on_fail = on_fail;
    sets[1].preconditions->on_error = on_fail;
    FakeSink sink;
    sink.outcome = {kind, {"c.yaml : Table public.t does not exist"}};
    run::execute(update_run(p, {{}, {}, "1"}), sink, quiet);
    return sink;
  };
  FakeSink marked = run_with("MARK_RAN", run::PreconditionOutcome::Kind::failed);
  REQUIRE(marked.records.size() == 3);
  CHECK(marked.records[1].find("('2', 'a', 'c.yaml', NOW(), 6, '9:2', 'sql', '', 'MARK_RAN'") != std::string::npos);
  CHECK(marked.records[2].find("NOW(), 7, ") != std::string::npos);

  FakeSink skipped = run_with("CONTINUE", run::PreconditionOutcome::Kind::errored);
  CHECK(std::find(skipped.log.begin(), skipped.log.end(), "skipped 2") != skipped.log.end());
  REQUIRE(skipped.records.size() == 2);
  CHECK(skipped.records[1].find("('3', 'a', 'c.yaml', NOW(), 6,") != std::string::npos);  // no number taken

  FakeSink warned = run_with("WARN", run::PreconditionOutcome::Kind::failed);
  CHECK(warned.records.size() == 3);
  CHECK(warned.records[1].find("'EXECUTED'") != std::string::npos);

  CHECK_THROWS_AS(run_with("HALT", run::PreconditionOutcome::Kind::failed), run::PreconditionsFailed);
}

TEST_CASE("modifySql edits each statement of the change-set, in order") {
  model::ChangeSet cs = change_set("1");
  model::Sql second;
  second.sql = "select 1";
  cs.changes.push_back(second);
  auto edit = [](model::SqlEdit::Kind kind, std::string a, std::string b = {}) {
    model::SqlEdit e;
    e.kind = kind;
    (kind == model::SqlEdit::Kind::append || kind == model::SqlEdit::Kind::prepend ? e.value : e.replace) = a;
    e.with = b;
    return e;
  };
  cs.sql_edits = {edit(model::SqlEdit::Kind::replace, "select", "SELECT"),
                  edit(model::SqlEdit::Kind::reg_exp_replace, "([0-9]+)$", "$1 + 0"),
                  edit(model::SqlEdit::Kind::append, " -- appended"),
                  edit(model::SqlEdit::Kind::prepend, "/* first */ "),
                  edit(model::SqlEdit::Kind::replace, "absent", "x")};
  std::vector<model::ChangeSet> sets{cs};
  const std::vector<run::Unit> units = run::update_units(plan_of(sets), {{}, {}, "1"});
  REQUIRE(units.at(0).statements.size() == 2);
  for (const sql::Statement& s : units[0].statements) CHECK(s.text == "/* first */ SELECT 1 + 0 -- appended");
}

TEST_CASE("a statement modifySql edits loses the generator's tag (its form is read from the new text)") {
  model::ChangeSet cs = change_set("1");
  model::CreateIndex index;
  index.table_name = "t";
  index.index_name = "t_a";
  model::Column a;
  a.name = "a";
  index.columns.push_back(a);
  cs.changes = {index, index};
  std::vector<model::ChangeSet> sets{cs};
  CHECK(run::update_units(plan_of(sets), {{}, {}, "1"}).at(0).statements.at(0).tag);
  model::SqlEdit edit;
  edit.kind = model::SqlEdit::Kind::replace;
  edit.replace = "CREATE INDEX";
  edit.with = "CREATE INDEX CONCURRENTLY";
  sets[0].sql_edits = {edit};
  const std::vector<run::Unit> units = run::update_units(plan_of(sets), {{}, {}, "1"});
  REQUIRE(units.at(0).statements.size() == 2);
  CHECK(!units[0].statements[0].tag);
  CHECK(units[0].statements[0].text.starts_with("CREATE INDEX CONCURRENTLY"));
}

TEST_CASE("in a rollback only modifySql edits with applyToRollback apply") {
  model::ChangeSet cs = change_set("1");
  model::SqlEdit forward, both;
  forward.value = " -- forward";
  both.value = " -- both";
  both.apply_to_rollback = true;
  cs.sql_edits = {forward, both};
  model::Sql undo;
  undo.sql = "select 2";
  plan::RollbackPlan p;
  plan::RollbackStep step{&cs, {}, {}};
  step.changes.push_back(undo);
  p.steps.push_back(step);
  std::vector<run::Unit> units = run::rollback_units(p, {{}, {}, "1"});
  REQUIRE(units.at(0).statements.size() == 1);
  CHECK(units[0].statements[0].text == "select 2 -- both");
}
