// The planner decides from the changelog and the history alone.
#include "engine/plan/plan.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "engine/checksum/checksum.h"

using namespace basalt;
using model::ChangeSet;

namespace {

ChangeSet table_change_set(const std::string& id, const std::string& table) {
  ChangeSet cs;
  cs.id = id;
  cs.author = "t";
  cs.file_path = "c.yaml";
  model::CreateTable ct;
  ct.table_name = table;
  model::Column col;
  col.name = "id";
  col.type = "int";
  ct.columns.push_back(col);
  cs.changes.push_back(ct);
  return cs;
}

model::AppliedRow row_for(const ChangeSet& cs, int order, std::optional<std::string> sum = std::nullopt) {
  model::AppliedRow r;
  r.id = cs.id;
  r.author = cs.author;
  r.filename = cs.file_path;
  r.order_executed = order;
  r.date_executed = "2026-11-24 10:00:0" + std::to_string(order);
  r.exec_type = "EXECUTED";
  r.md5sum = sum ? sum : checksum::checksum(cs);
  return r;
}

model::ChangeLog log_of(std::vector<ChangeSet> sets) {
  model::ChangeLog log;
  log.root_path = "c.yaml";
  log.change_sets = std::move(sets);
  return log;
}

}  // namespace

TEST_CASE("update plans every change-set not in the history, numbering after the highest ORDEREXECUTED") {
  auto log = log_of({table_change_set("1", "a"), table_change_set("2", "b"), table_change_set("3", "c")});
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 7)};
  plan::UpdatePlan p = plan::plan_update(log, history, {});
  REQUIRE(p.steps.size() == 2);
  CHECK(p.steps[0].change_set->id == "2");
  CHECK(p.last_order == 7);  // the run numbers its rows 8, 9, ... as it writes them
  CHECK(p.previously_run == 1);
  CHECK(p.total == 3);
  CHECK(p.mismatches.empty());
}

TEST_CASE("an applied change-set whose checksum changed is a mismatch unless runOnChange or validCheckSum allow it") {
  auto log = log_of({table_change_set("1", "a")});
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1, "9:00000000000000000000000000000000")};
  plan::UpdatePlan p = plan::plan_update(log, history, {});
  REQUIRE(p.mismatches.size() == 1);
  CHECK(p.mismatches[0].stored == "9:00000000000000000000000000000000");
  CHECK(plan::describe(p.mismatches) ==
        "1 changesets check sum\n     c.yaml::1::t was: 9:00000000000000000000000000000000 but is now: " +
            checksum::checksum(log.change_sets[0]));

  log.change_sets[0].valid_checksums = {"ANY"};
  p = plan::plan_update(log, history, {});
  CHECK(p.mismatches.empty());
  CHECK(p.steps.empty());

  log.change_sets[0].valid_checksums.clear();
  log.change_sets[0].run_on_change = true;
  p = plan::plan_update(log, history, {});
  CHECK(p.mismatches.empty());
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].exec_type == model::ExecType::reran);
  CHECK(p.steps[0].row_exists);
  CHECK(p.last_order == 1);
}

TEST_CASE("runAlways change-sets run on every update and are recorded as RERAN after the first") {
  auto log = log_of({table_change_set("1", "a")});
  log.change_sets[0].run_always = true;
  CHECK(plan::plan_update(log, {}, {}).steps.at(0).exec_type == model::ExecType::executed);
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1)};
  plan::UpdatePlan p = plan::plan_update(log, history, {});
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].exec_type == model::ExecType::reran);
}

TEST_CASE("an empty MD5SUM is refilled with the current checksum without running the change-set again") {
  auto log = log_of({table_change_set("1", "a")});
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1)};
  history[0].md5sum.reset();
  plan::UpdatePlan p = plan::plan_update(log, history, {});
  CHECK(p.steps.empty());
  REQUIRE(p.fills.size() == 1);
  CHECK(p.fills[0].checksum == checksum::checksum(log.change_sets[0]));
}

TEST_CASE("update-count stops after N pending change-sets") {
  auto log = log_of({table_change_set("1", "a"), table_change_set("2", "b"), table_change_set("3", "c")});
  plan::UpdatePlan p = plan::plan_update(log, {}, {}, 2);
  CHECK(p.steps.size() == 2);
  REQUIRE(p.skipped.size() == 1);
  CHECK(p.skipped[0].reason == "After count");
}

TEST_CASE("contexts, labels, dbms and ignore leave change-sets out") {
  auto log = log_of({table_change_set("dev", "a"), table_change_set("prod", "b"), table_change_set("slow", "c"),
                     table_change_set("oracle", "d"), table_change_set("ignored", "e")});
  log.change_sets[0].contexts = "dev, test";
  log.change_sets[1].contexts = "prod";
  log.change_sets[2].labels = "core, slow";
  log.change_sets[3].dbms = "oracle";
  log.change_sets[4].ignore = true;
  plan::Filters f;
  f.contexts = {"dev"};
  f.labels = "!slow";
  plan::UpdatePlan p = plan::plan_update(log, {}, f);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].change_set->id == "dev");
  CHECK(p.skipped.size() == 4);

  // Without --contexts every change-set runs whatever its context.
  CHECK(plan::plan_update(log, {}, {}).steps.size() == 3);
}

TEST_CASE("an include's contexts and labels must admit the run as well as the change-set's own") {
  auto log = log_of({table_change_set("in-test", "a"), table_change_set("unlabelled", "b"),
                     table_change_set("in-core", "c"), table_change_set("PostgreSQL", "d")});
  log.change_sets[0].include_contexts = {"test"};
  log.change_sets[0].contexts = "dev";
  log.change_sets[2].include_labels = {"core"};
  log.change_sets[2].labels = "slow";
  log.change_sets[3].dbms = "PostgreSQL";  // a change-set's dbms list is read in lower case
  plan::Filters dev;
  dev.contexts = {"dev"};
  dev.labels = "!slow";
  std::vector<std::string> ran;
  for (const auto& s : plan::plan_update(log, {}, dev).steps) ran.push_back(s.change_set->id);
  CHECK(ran == std::vector<std::string>{"unlabelled", "PostgreSQL"});

  plan::Filters test_core;
  test_core.contexts = {"dev", "test"};
  test_core.labels = "core, slow";  // a change-set without labels runs under any label expression
  ran.clear();
  for (const auto& s : plan::plan_update(log, {}, test_core).steps) ran.push_back(s.change_set->id);
  CHECK(ran == std::vector<std::string>{"in-test", "unlabelled", "in-core", "PostgreSQL"});
}


TEST_CASE("rollback-count undoes the newest change-sets first with their inverses") {
  auto log = log_of({table_change_set("1", "a"), table_change_set("2", "b"), table_change_set("3", "c")});
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1), row_for(log.change_sets[1], 2),
                                           row_for(log.change_sets[2], 3)};
  plan::RollbackPlan p = plan::plan_rollback_count(log, history, 2);
  REQUIRE_FALSE(p.error);
  REQUIRE(p.steps.size() == 2);
  CHECK(p.steps[0].change_set->id == "3");
  CHECK(p.steps[1].change_set->id == "2");
  REQUIRE(p.steps[0].changes.size() == 1);
  CHECK(std::holds_alternative<model::DropTable>(p.steps[0].changes[0]));
}

TEST_CASE("rollback-count fails before anything when a change-set in range cannot be undone") {
  auto log = log_of({table_change_set("1", "a"), table_change_set("2", "b"), table_change_set("3", "c")});
  model::DropTable drop;
  drop.table_name = "a";
  log.change_sets[1].changes = {drop};
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1), row_for(log.change_sets[1], 2),
                                           row_for(log.change_sets[2], 3)};
  plan::RollbackPlan p = plan::plan_rollback_count(log, history, 3);
  REQUIRE(p.error);
  CHECK(p.steps.empty());
  CHECK(p.error->find("change-set c.yaml::2::t") != std::string::npos);
  CHECK(p.error->find("dropTable") != std::string::npos);
  CHECK(p.error->find("nothing was rolled back") != std::string::npos);
  // The newest alone is fine.
  CHECK_FALSE(plan::plan_rollback_count(log, history, 1).error);
}

TEST_CASE("rollback-count refuses a recorded change-set that is missing from the changelog") {
  auto log = log_of({table_change_set("1", "a")});
  ChangeSet gone = table_change_set("gone", "x");
  std::vector<model::AppliedRow> history{row_for(log.change_sets[0], 1), row_for(gone, 2)};
  plan::RollbackPlan p = plan::plan_rollback_count(log, history, 1);
  REQUIRE(p.error);
  CHECK(p.error->find("c.yaml::gone::t is recorded in the database but not found in the changelog") !=
        std::string::npos);
}

TEST_CASE("a tracker row is its change-set's exactly when Liquibase takes it for it (tracker-match golden)") {
  // Each line: the row's id, author and filename, and whether Liquibase 4.28 took it for
  // changelog.yaml's change-set Make-T by Jane (same) or ran that change-set again (other).
  auto log = log_of({table_change_set("Make-T", "t")});
  log.change_sets[0].author = "Jane";
  log.change_sets[0].file_path = "changelog.yaml";
  std::ifstream golden(std::string(BASALT_SOURCE_DIR) + "/tests/golden/liquibase/tracker-match/out/matches.tsv");
  REQUIRE(golden);
  int compared = 0;
  for (std::string line; std::getline(golden, line); ++compared) {
    CAPTURE(line);
    std::istringstream cells(line);
    model::AppliedRow row = row_for(log.change_sets[0], 1);
    std::string verdict;
    std::getline(cells, row.id, '\t');
    std::getline(cells, row.author, '\t');
    std::getline(cells, row.filename, '\t');
    std::getline(cells, verdict);
    REQUIRE((verdict == "same" || verdict == "other"));
    const plan::UpdatePlan p = plan::plan_update(log, {row}, {});
    CHECK(p.steps.size() == (verdict == "same" ? 0U : 1U));
    const plan::RollbackPlan r = plan::plan_rollback_count(log, {row}, 1);
    CHECK(r.error.has_value() == (verdict == "other"));  // a row not in the changelog cannot be undone
  }
  CHECK(compared >= 20);
}
