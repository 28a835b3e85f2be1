// The catalog change types as Liquibase 4.28 ran them (tests/golden/liquibase/catalog, captured by
// its capture.sh), replayed by basalt command by command: the same exit codes, the same update-sql
// and rollback SQL statements, the same tracker rows (id, exectype, MD5SUM, DESCRIPTION). Each
// topic replays its changelogs in the capture's order: update-sql on an empty database, update on
// another, then each recorded change-set rolled back one by one (a refused rollback goes on, as the
// capture did, on a fresh database brought to the change-set before it). Where basalt differs on
// purpose, the comparison is left out below with the reason.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kCatalog = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "catalog";

// What differs on purpose, by "topic/command" of out/commands.tsv.
struct Differences {
  std::set<std::string> exit_code;  // the exit code is not compared
  std::set<std::string> script;     // the statements are not compared
  std::map<std::string, std::set<std::string>> rows;  // tracker rows (change-set ids) not compared
};

const Differences kDifferences = {
    {
        // renameView's inverse keeps the view's schema; Liquibase's loses it and fails.
        "views/rollback.4.rename-schema",
        // mergeColumns doubles the quotes of joinString; Liquibase writes it as it stands and fails.
        "merge-columns/yaml.update",
    },
    {
        // renameView's inverse keeps the view's schema (ALTER TABLE other.v_other2 ...).
        "views/rollback-sql.4.rename-schema",
        // joinString's quote doubled (above).
        "merge-columns/yaml.update-sql",
        // Liquibase prints a STDOUT output's message into the script, twice; basalt's script is
        // only SQL, and the message goes to stderr once.
        "output-stop-command/output.update-sql",
        "output-stop-command/yaml.update-sql",
    },
    {
        // joinString's quote doubled (above): basalt records the change-set Liquibase failed on.
        {"merge-columns/yaml.update", {"y-merge"}},
        // renameView's inverse keeping the schema (above): basalt's rollback succeeds.
        {"views/rollback.4.rename-schema", {"rename-schema"}},
    },
};

// A topic's golden folder and its out/commands.tsv: name, exit code, Liquibase's arguments.
class Topic {
 public:
  explicit Topic(const std::string& name) : name_(name), golden_(kCatalog / name) {
    std::istringstream lines(golden_.expected("commands.tsv"));
    for (std::string line; std::getline(lines, line);) {
      std::istringstream cells(line);
      std::string command, code, text;
      std::getline(cells, command, '\t');
      std::getline(cells, code, '\t');
      std::getline(cells, text);
      std::vector<std::string> args;
      std::istringstream words(text);
      for (std::string w; words >> w;) {
        if (w == "liquibase" || w == "<conn>" || w == "--show-banner=false" || w.rfind("--log-level=", 0) == 0) continue;
        args.push_back(w);
      }
      commands_[command] = {std::stoi(code), args};
      order_.push_back(command);
    }
  }

  bool has(const std::string& command) const { return commands_.count(command) != 0; }
  const std::vector<std::string>& order() const { return order_; }
  GoldenTopic& golden() { return golden_; }

  // Runs a command of commands.tsv on `db` and compares what Liquibase's run left.
  Outcome replay(const TestDatabase& db, const std::string& command) {
    const std::string key = name_ + "/" + command;
    CAPTURE(key);
    REQUIRE(has(command));
    const auto& [code, args] = commands_.at(command);
    Outcome o = golden_.run(db, args);
    INFO(o.err);
    // basalt exits 2 for a bad changelog, refused before anything touches the database; Liquibase 1,
    // after creating its tables.
    const bool refused = code == 1 && o.exit_code == 2;
    if (kDifferences.exit_code.count(key) == 0) CHECK((o.exit_code == code || refused));
    const bool script = std::find(args.begin(), args.end(), "update-sql") != args.end() ||
                        std::find(args.begin(), args.end(), "rollback-count-sql") != args.end();
    if (script && code == 0 && o.exit_code == 0 && kDifferences.script.count(key) == 0)
      CHECK(script_statements(o.out) == script_statements(golden_.expected(command + ".stdout")));
    if (!script && refused && fs::exists(golden_.golden() / "out" / (command + ".tracker.tsv"))) {
      CHECK(tracker_columns(golden_.expected(command + ".tracker.tsv"), {}) == "");
    } else if (!script && fs::exists(golden_.golden() / "out" / (command + ".tracker.tsv"))) {
      auto rows = kDifferences.rows.find(key);
      if (rows == kDifferences.rows.end()) rows = kDifferences.rows.find(name_ + "/*");
      const std::set<std::string> left_out = rows == kDifferences.rows.end() ? std::set<std::string>{} : rows->second;
      CHECK(tracker_columns(golden_tracker(db), left_out) ==
            tracker_columns(golden_.expected(command + ".tracker.tsv"), left_out));
    }
    return o;
  }

  // The capture's standard sequence for one changelog (prefix "" or "yaml." ...).
  void standard(const std::string& prefix) {
    {
      TestDatabase script;
      replay(script, prefix + "update-sql");
    }
    auto db = std::make_unique<TestDatabase>();
    replay(*db, prefix + "update");
    for (int i = 1;; ++i) {
      const std::string step = prefix + "rollback-sql." + std::to_string(i) + ".";
      auto named = std::find_if(order_.begin(), order_.end(), [&](const std::string& c) { return c.rfind(step, 0) == 0; });
      if (named == order_.end()) break;
      const std::string id = named->substr(step.size());
      const std::string rollback = prefix + "rollback." + std::to_string(i) + "." + id;
      replay(*db, *named);
      if (has(rollback)) replay(*db, rollback);
      if (has(rollback + ".rebuild")) {
        db = std::make_unique<TestDatabase>();
        replay(*db, rollback + ".rebuild");
      }
    }
  }

  // update-sql and update of one changelog, each on an empty database.
  void update_only(const std::string& prefix) {
    for (const std::string& command : {prefix + "update-sql", prefix + "update"}) {
      if (!has(command)) continue;
      TestDatabase db;
      replay(db, command);
    }
  }

 private:
  std::string name_;
  GoldenTopic golden_;
  std::map<std::string, std::pair<int, std::vector<std::string>>> commands_;
  std::vector<std::string> order_;
};

}  // namespace

TEST_CASE("setTableRemarks and setColumnRemarks run as in Liquibase (catalog/remarks)") {
  REQUIRE_SERVER();
  Topic t("remarks");
  t.standard("");
  t.update_only("yaml.");
}

TEST_CASE("alterSequence and renameSequence run as in Liquibase (catalog/sequences)") {
  REQUIRE_SERVER();
  Topic t("sequences");
  t.standard("");
  t.update_only("yaml.");
  for (const std::string& name : {std::string("cache-zero"), std::string("alter-start")}) {
    TestDatabase db;
    t.replay(db, name + ".update-sql");
    t.replay(db, name + ".update");
  }
}

TEST_CASE("renameView runs as in Liquibase, its inverse keeping the schema (catalog/views)") {
  REQUIRE_SERVER();
  Topic t("views");
  t.standard("");
  t.update_only("yaml.");
}

TEST_CASE("mergeColumns runs as in Liquibase (catalog/merge-columns)") {
  REQUIRE_SERVER();
  Topic t("merge-columns");
  t.standard("");
  t.update_only("yaml.");
}

TEST_CASE("addLookupTable and its inverse run as in Liquibase (catalog/lookup-table)") {
  REQUIRE_SERVER();
  Topic t("lookup-table");
  t.standard("");
  t.update_only("yaml.");
}

TEST_CASE("dropAllForeignKeyConstraints drops the keys the table has when it runs (catalog/drop-all-fks)") {
  REQUIRE_SERVER();
  Topic t("drop-all-fks");
  t.standard("");
  TestDatabase db;  // once the tables exist, update-sql lists their keys
  t.replay(db, "update-count.tables");
  t.replay(db, "update-sql.tables-exist");
}

TEST_CASE("createProcedure and dropProcedure run as in Liquibase (catalog/procedures)") {
  REQUIRE_SERVER();
  Topic t("procedures");
  t.standard("");
  t.update_only("yaml.");
  {
    TestDatabase db;
    t.replay(db, "replace-if-exists.update");
  }
  {
    TestDatabase db;
    t.replay(db, "replace-if-exists-mssql.update-sql");
    t.replay(db, "replace-if-exists-mssql.update");
  }
  {
    TestDatabase db;
    t.replay(db, "drop-function.update");
  }
  // The file edited after the update: its checksum changes, and update refuses.
  TestDatabase db;
  Outcome first = t.golden().run(db, {"--changelog-file", "edit/changelog.xml", "update"});
  INFO(first.err);
  CHECK(first.exit_code == 0);
  CHECK(tracker_columns(golden_tracker(db), {}) == tracker_columns(t.golden().expected("edit.update.tracker.tsv"), {}));
  fs::copy_file(t.golden().folder() / "edit" / "proc.v2.sql", t.golden().folder() / "edit" / "proc.sql",
                fs::copy_options::overwrite_existing);
  Outcome edited = t.golden().run(db, {"--changelog-file", "edit/changelog.xml", "update"});
  CHECK(edited.exit_code == 1);
  CHECK(edited.err.find("check sum") != std::string::npos);
}

TEST_CASE("output tells its message and stop stops the run, as in Liquibase (catalog/output-stop-command)") {
  REQUIRE_SERVER();
  Topic t("output-stop-command");
  {
    TestDatabase db;
    Outcome o = t.replay(db, "output.update-sql");
    CHECK(o.err.find("message to the default target\n") != std::string::npos);
    CHECK(o.err.find("to stdout\n") != std::string::npos);  // the script is on stdout
    CHECK(o.out.find("to stdout") == std::string::npos);
  }
  {
    TestDatabase db;
    Outcome o = t.replay(db, "output.update");
    CHECK(o.out.find("to stdout\nRunning Changeset") != std::string::npos);
    CHECK(o.out.find("line one\n  line 'two'\n") != std::string::npos);
    CHECK(o.err.find("message to the default target\n") != std::string::npos);
    CHECK(o.err.find("to stderr\n") != std::string::npos);
    CHECK(o.err.find("to info") == std::string::npos);  // at info only
    CHECK(o.err.find("WARNING: to warn\n") != std::string::npos);
    CHECK(o.err.find("Unknown target: PRINTER") != std::string::npos);
    t.replay(db, "output.rollback-sql");
    t.replay(db, "output.rollback-sql.3");
    t.replay(db, "output.rollback.3");
  }
  {
    TestDatabase db;
    Outcome o = t.replay(db, "stop.update-sql");
    CHECK(o.err.find("Stopping here, on purpose") != std::string::npos);
  }
  {
    TestDatabase db;
    Outcome o = t.replay(db, "stop.update");
    CHECK(o.err.find("stop.xml::stop::oracle") != std::string::npos);
    CHECK(o.err.find("Stopping here, on purpose") != std::string::npos);
    t.replay(db, "stop.update.again");
    t.replay(db, "stop.rollback-sql");
  }
  {
    TestDatabase db;
    Outcome o = t.replay(db, "stop-bare.update");
    CHECK(o.err.find("Stop command in changelog file") != std::string::npos);
  }
}

// executeCommand runs its program where basalt runs, as Liquibase does: the same change-sets
// recorded with the same MD5SUMs, the programs for this os run and the others not, and a timeout,
// a non-zero exit and a missing program fail their (failOnError: false) change-sets.
TEST_CASE("executeCommand runs its program at its place, as in Liquibase (catalog/output-stop-command)") {
  REQUIRE_SERVER();
  Topic t("output-stop-command");
  TestDatabase db;
  Outcome o = t.golden().run(db, {"--changelog-file", "command.xml", "update"});
  INFO(o.err);
  CHECK(o.exit_code == 0);
  CHECK(tracker_columns(golden_tracker(db), {}) == tracker_columns(t.golden().expected("command.update.tracker.tsv"), {}));
  CHECK(fs::exists(t.golden().folder() / "ran-touch.txt"));
  CHECK(fs::exists(t.golden().folder() / "ran-os-linux.txt"));
  CHECK(!fs::exists(t.golden().folder() / "ran-os-windows.txt"));
  CHECK(o.err.find("timed out (1s)") != std::string::npos);
  CHECK(o.err.find("returned a code of 3") != std::string::npos);
  // update-sql shows each program as a comment and runs none.
  TestDatabase empty;
  Outcome script = t.golden().run(empty, {"--changelog-file", "command.xml", "update-sql"});
  CHECK(script.exit_code == 0);
  CHECK(script.out.find("-- touch ran-os-windows.txt;") != std::string::npos);
  // An invalid timeout is refused while reading.
  TestDatabase bad;
  CHECK(t.golden().run(bad, {"--changelog-file", "bad-timeout.xml", "update"}).exit_code == 2);
}
