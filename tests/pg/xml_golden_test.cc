// Every `update` Liquibase 4.28 ran on the XML goldens (tests/golden/liquibase/xml, captured by its
// capture.sh), run again by basalt on a fresh database: where Liquibase succeeded, basalt must too,
// with the same tracker rows; where Liquibase refused the changelog, basalt must refuse it before it
// touches the database (exit 2). The few deliberate or known differences are listed with the reason.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kXml = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "xml";

// Where basalt differs from Liquibase on these changelogs, and why (README: "Where basalt differs").
const std::map<std::string, std::string> kDifferences = {
    {"invalid/doctype-external-entity.update", "DTD entities are refused: Liquibase reads a SYSTEM entity's file"},
    {"invalid/doctype-internal-entity.update", "DTD entities are refused, not expanded"},
    {"namespaces/newer-attribute-old-xsd.update", "basalt reads every attribute whatever XSD version is named"},
    {"columns/edge-validate-false.update", "validatePrimaryKey false is refused while reading; Liquibase "
                                           "generates Oracle's ENABLE NOVALIDATE, which PostgreSQL refuses"},
    {"changelog-features/preconditions-halt.update", "changelog preconditions are checked before the tracker "
                                                     "tables are created"},
    {"changelog-features/quoting.update", "objectQuotingStrategy QUOTE_ALL_OBJECTS on typed changes: not yet"},
};

struct Command {
  std::string topic, name;
  int exit_code;
  std::vector<std::string> args;
};

// The plain `update` runs of each topic, one database each (multi-step scenarios are left out).
std::vector<Command> updates(const std::string& topic) {
  std::vector<Command> out;
  std::istringstream in(read_golden(kXml / topic / "out" / "commands.tsv"));
  for (std::string line; std::getline(in, line);) {
    std::istringstream cells(line);
    std::string name, code, command;
    std::getline(cells, name, '\t');
    std::getline(cells, code, '\t');
    std::getline(cells, command);
    if (!name.ends_with(".update") || name.starts_with("versions.")) continue;
    if (command.find("--validate-xml-changelog-files") != std::string::npos ||
        command.find("--log-level") != std::string::npos || command.find("--search-path") != std::string::npos)
      continue;
    if (!fs::exists(kXml / topic / "out" / (name + ".tracker.tsv"))) continue;
    Command c{topic, name, std::stoi(code), {}};
    std::istringstream words(command);
    for (std::string w; words >> w;)
      if (w != "liquibase" && w != "<conn>" && w != "--show-banner=false") c.args.push_back(w);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

TEST_CASE("basalt runs and refuses the XML goldens' changelogs as Liquibase did") {
  REQUIRE_SERVER();
  int compared = 0;
  for (const char* topic : {"equivalence", "namespaces", "invalid", "text", "columns", "changelog-features"}) {
    GoldenTopic golden(kXml / topic);
    for (const Command& c : updates(topic)) {
      const std::string key = std::string(topic) + "/" + c.name;
      CAPTURE(key);
      if (kDifferences.count(key) != 0) continue;
      ++compared;
      TestDatabase db;
      Outcome o = golden.run(db, c.args);
      INFO(o.err);
      const std::string want = golden.expected(c.name + ".tracker.tsv");
      if (c.exit_code == 0) {
        CHECK(o.exit_code == 0);
        CHECK(golden_tracker(db) == want);
      } else if (want == "(no table databasechangelog)") {
        // Liquibase refused it while parsing: basalt refuses it while reading.
        CHECK(o.exit_code == 2);
        CHECK(db.query("SELECT count(*) FROM pg_tables WHERE tablename = 'databasechangelog'") == "0");
      } else if (want.empty()) {
        // Liquibase stopped before its first change-set, at its validation (basalt: while reading,
        // exit 2, nothing created) or at a failing precondition (basalt: the same, no row).
        const bool tracker = db.query("SELECT count(*) FROM pg_tables WHERE tablename = 'databasechangelog'") == "1";
        CHECK(((o.exit_code == 2 && !tracker) || (o.exit_code == 1 && tracker && golden_tracker(db).empty())));
      } else {
        // Liquibase failed part-way: basalt fails at the same change-set with the same rows.
        CHECK(o.exit_code == 1);
        CHECK(golden_tracker(db) == want);
      }
    }
  }
  CHECK(compared >= 80);
}
