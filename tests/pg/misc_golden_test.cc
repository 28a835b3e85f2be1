// Liquibase 4.28's corner cases (tests/golden/liquibase/misc, captured from real Liquibase by its
// capture.sh) against basalt: the same changelogs, the same commands, the same tracker rows.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kMisc = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "misc";

// A topic of tests/golden/liquibase/misc.
class Topic : public GoldenTopic {
 public:
  explicit Topic(const std::string& name) : GoldenTopic(kMisc / name) {}
};

std::string tracker(const TestDatabase& db) { return golden_tracker(db); }

// The MD5SUM column by id: the tracker rows of two changelogs compared apart from FILENAME.
std::string checksums(const std::string& rows) {
  std::istringstream in(rows);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream cols(line);
    for (std::string cell; std::getline(cols, cell, '\t');) cells.push_back(cell);
    if (cells.size() > 5) out += cells[0] + " " + cells[5] + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("what Liquibase ignores runs with the checksums of the same changelog without it; what it refuses is refused") {
  REQUIRE_SERVER();
  Topic topic("unknown-attributes");
  TestDatabase db;
  Outcome o = topic.run(db, {"--changelog-file", "unknown.yaml", "update"});
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(o.err.find("warning: unknown attribute 'default' of constraints is ignored") != std::string::npos);
  CHECK(o.err.find("warning: unknown attribute 'cascadeConstraints' of dropColumn is ignored") != std::string::npos);
  CHECK(o.err.find("warning: unknown change type 'frobnicate' is ignored") == std::string::npos);
  CHECK(checksums(tracker(db)) == checksums(topic.expected("unknown.update.tracker.tsv")));
  CHECK(checksums(tracker(db)) == checksums(topic.expected("clean.update.tracker.tsv")));

  for (const char* refused : {"misspelled", "unknown-change-type", "unknown-changeset-map", "unknown-top-map"}) {
    CAPTURE(refused);
    TestDatabase fresh;
    Outcome r = topic.run(fresh, {"--changelog-file", std::string(refused) + ".yaml", "update"});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(topic.expected(std::string(refused) + ".update.tracker.tsv") == "(no table databasechangelog)");
    CHECK(fresh.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0");
  }
  TestDatabase scalar;
  Outcome s = topic.run(scalar, {"--changelog-file", "unknown-change-type-scalar.yaml", "update"});
  INFO(s.err);
  CHECK(s.exit_code == 0);
  CHECK(s.err.find("warning: unknown change type 'frobnicate' is ignored") != std::string::npos);
  CHECK(tracker(scalar) == topic.expected("unknown-change-type-scalar.update.tracker.tsv"));
}

TEST_CASE("include and includeAll contexts and labels, and property scopes, give Liquibase's rows") {
  REQUIRE_SERVER();
  Topic topic("include-context");
  const std::vector<std::pair<std::string, std::vector<std::string>>> runs = {
      {"main.update", {}},
      {"main.update.contexts-prod", {"--contexts=prod"}},
      {"main.update.contexts-test", {"--contexts=test"}},
      {"main.update.contexts-prod+test", {"--contexts=prod,test"}},
      {"main.update.labels-lab1", {"--labels=lab1"}},
      {"main.update.labels-lab2", {"--labels=lab2"}},
      {"main.update.labels-not-lab1", {"--labels=!lab1"}},
      {"main.update.contexts-prod.labels-lab1", {"--contexts=prod", "--labels=lab1"}},
      {"props.update", {}},
      {"props.update.contexts-prod", {"--contexts=prod"}},
      {"props.update.contexts-test", {"--contexts=test"}},
      {"props.update.labels-lab1", {"--labels=lab1"}},
      {"props.update.labels-lab2", {"--labels=lab2"}},
  };
  for (const auto& run : runs) {
    const auto& name = run.first;  // not a structured binding: CAPTURE's lambda takes it (clang)
    const auto& filters = run.second;
    CAPTURE(name);
    TestDatabase db;
    std::vector<std::string> args{"--changelog-file", name.substr(0, name.find('.')) + ".yaml", "update"};
    args.insert(args.end(), filters.begin(), filters.end());
    Outcome o = topic.run(db, args);
    INFO(o.err);
    CHECK(o.exit_code == 0);
    CHECK(tracker(db) == topic.expected(name + ".tracker.tsv"));
  }
}

TEST_CASE("a failOnError false failure takes no row and no number, counts as run, and is retried") {
  REQUIRE_SERVER();
  Topic topic("fail-on-error");
  TestDatabase db;
  Outcome first = topic.run(db, {"--changelog-file", "changelog.yaml", "update"});
  INFO(first.out, first.err);
  CHECK(first.exit_code == 0);
  CHECK(tracker(db) == topic.expected("update.1.tracker.tsv"));
  CHECK(first.out.find(topic.expected("update.1.stdout")) != std::string::npos);  // the UPDATE SUMMARY block
  CHECK(first.out.find("Rows affected: 6\n") != std::string::npos);
  Outcome second = topic.run(db, {"--changelog-file", "changelog.yaml", "update"});
  CHECK(second.exit_code == 0);
  CHECK(tracker(db) == topic.expected("update.2.tracker.tsv"));
  CHECK(second.out.find(topic.expected("update.2.stdout")) != std::string::npos);
  CHECK(second.out.find("Rows affected: 1\n") != std::string::npos);
}

TEST_CASE("dbms lists decide which change-sets and changes run, and the checksums, as Liquibase's do") {
  REQUIRE_SERVER();
  Topic topic("dbms-matching");
  TestDatabase db;
  Outcome o = topic.run(db, {"--changelog-file", "changelog.yaml", "update"});
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(tracker(db) == topic.expected("update.tracker.tsv"));
}

TEST_CASE("update-sql prints each statement as Liquibase does: one ';', a delimiter glued on, the comment lines") {
  REQUIRE_SERVER();
  Topic topic("update-sql-format");
  TestDatabase db;
  Outcome o = topic.run(db, {"--changelog-file", "changelog.yaml", "update-sql"});
  INFO(o.err);
  REQUIRE(o.exit_code == 0);
  // Liquibase's lines but its SET SEARCH_PATH ones, its blank lines (one after each statement and
  // after each SET it drops) and the masked ones that name the run.
  CHECK(masked_script(o.out) == masked_script(topic.expected("update-sql.empty-db.stdout")));
}

TEST_CASE("names are matched in the case Liquibase matches them, and refused where it refuses them") {
  REQUIRE_SERVER();
  Topic topic("name-case");
  TestDatabase db;
  Outcome o = topic.run(db, {"--changelog-file", "accepted.yaml", "update", "--contexts=prod"});
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(o.err.find("warning") == std::string::npos);
  CHECK(tracker(db) == topic.expected("accepted.update.tracker.tsv"));
  CHECK("# table person: column, type, is_nullable, column_default\n" +
            db.query("SELECT concat_ws(E'\\t', column_name, data_type, is_nullable, coalesce(column_default, '<null>')) "
                     "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'person' "
                     "ORDER BY ordinal_position") ==
        topic.expected("accepted.update.columns.txt"));
  CHECK(db.query("SELECT id || '|' || note FROM person") == topic.expected("accepted.update.person-rows.txt"));

  for (const char* refused : {"top-changeset", "root-key", "top-property", "changes-key", "columns-key", "column-upper",
                              "change-type", "precondition-type", "precondition-attribute"}) {
    CAPTURE(refused);
    CHECK(topic.expected("commands.tsv").find(std::string(refused) + ".update\t1\t") != std::string::npos);
    TestDatabase fresh;
    Outcome r = topic.run(fresh, {"--changelog-file", std::string(refused) + ".yaml", "update"});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(fresh.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0");
  }

  // `Rollback:` is not rollback: ignored with a warning, so the sql change has no inverse.
  TestDatabase rb;
  Outcome u = topic.run(rb, {"--changelog-file", "rollback-key.yaml", "update"});
  INFO(u.err);
  CHECK(u.exit_code == 0);
  CHECK(u.err.find("warning: unknown attribute 'Rollback' of changeSet is ignored") != std::string::npos);
  Outcome back = topic.run(rb, {"--changelog-file", "rollback-key.yaml", "rollback-count", "1"});
  INFO(back.err);
  CHECK(back.exit_code == 1);
  CHECK(topic.expected("commands.tsv").find("rollback-key.rollback\t1\t") != std::string::npos);
  CHECK(tracker(rb) == topic.expected("rollback-key.rollback.tracker.tsv"));
  CHECK(rb.query("SELECT to_regclass('public.r') IS NOT NULL") == "t");
}
