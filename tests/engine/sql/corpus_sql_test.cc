// The SQL of a real changelog against what Liquibase 4.28 printed for it in update-sql: gravitee's
// 225 change-sets (tests/corpus/gravitee-apim/expected/update.sql), statement by statement.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "changelog-formats/reader.h"
#include "engine/sql/generate.h"

namespace basalt::sql {
namespace {

namespace fs = std::filesystem;
const fs::path kCase = fs::path(BASALT_SOURCE_DIR) / "tests" / "corpus" / "gravitee-apim";

class InFolder {
 public:
  explicit InFolder(const fs::path& p) : previous_(fs::current_path()) { fs::current_path(p); }
  ~InFolder() { fs::current_path(previous_); }
  InFolder(const InFolder&) = delete;
  InFolder& operator=(const InFolder&) = delete;

 private:
  fs::path previous_;
};

// identity → the change statements Liquibase printed under "-- Changeset <identity>", without the
// SET SEARCH_PATH lines and the tracker INSERT, each without its ';'.
std::map<std::string, std::vector<std::string>> expected_statements() {
  std::ifstream in(kCase / "expected" / "update.sql");
  std::map<std::string, std::vector<std::string>> out;
  std::vector<std::string>* current = nullptr;
  std::string line, statement;
  auto finish = [&] {
    if (current && !statement.empty()) {
      if (statement.ends_with(";")) statement.pop_back();
      if (!statement.starts_with("SET SEARCH_PATH") && !statement.starts_with("INSERT INTO public.databasechangelog ")) {
        current->push_back(statement);
      }
    }
    statement.clear();
  };
  while (std::getline(in, line)) {
    if (line.starts_with("-- Changeset ")) {
      finish();
      current = &out[line.substr(13)];
      continue;
    }
    if (line.starts_with("-- Release Database Lock") || line.starts_with("-- =====")) {
      finish();
      current = nullptr;
      continue;
    }
    if (line.empty()) {
      finish();
      continue;
    }
    if (statement.empty() && line.starts_with("-- ")) continue;  // the change-set's comment
    if (!statement.empty()) statement += "\n";
    statement += line;
  }
  finish();
  return out;
}

}  // namespace

TEST_CASE("gravitee: every change-set Liquibase ran gets the very statements Liquibase printed") {
  InFolder in(kCase);
  const auto expected = expected_statements();
  REQUIRE(expected.size() == 225);
  const formats::ReadResult r =
      formats::read_changelog(
          "liquibase/master.yml", formats::Properties{{"gravitee_prefix", ""}, {"gravitee_rate_limit_prefix", ""}});
  // Deliberate differences: dropPrimaryKey without a name looks the constraint up in pg_constraint
  // (same effect, basalt's own block).
  const std::string unnamed_drop_pk =
      "liquibase/changelogs/v3_15_21/schema.yml::3.15.21-rebuild-flow-steps-pk-others::GraviteeSource Team";
  int compared = 0, equal = 0;
  for (const model::ChangeSet& cs : r.changelog.change_sets) {
    const auto it = expected.find(cs.identity());
    if (it == expected.end()) continue;
    if (cs.identity() == unnamed_drop_pk) {
      REQUIRE(cs.changes.size() >= 1);
      const auto* drop = std::get_if<model::DropPrimaryKey>(&cs.changes[0]);
      REQUIRE(drop != nullptr);
      CHECK_FALSE(drop->constraint_name.has_value());
      CHECK(it->second.at(0).starts_with("DO $$"));
      CHECK(generate(cs.changes[0], Target{}).at(0).text.starts_with("DO $$"));
      continue;
    }
    std::vector<std::string> got;
    for (const model::Change& c : cs.changes) {
      for (const Statement& s : generate(c, Target{})) got.push_back(s.text);
    }
    ++compared;
    INFO(cs.identity());
    for (std::size_t i = 0; i < std::max(got.size(), it->second.size()); ++i) {
      const std::string g = i < got.size() ? got[i] : "<none>";
      const std::string e = i < it->second.size() ? it->second[i] : "<none>";
      CHECK_MESSAGE(g == e, "basalt:    " << g << "\nLiquibase: " << e);
    }
    if (got == it->second) ++equal;
  }
  CHECK(compared == 224);
  CHECK(equal == compared);
}

}  // namespace basalt::sql
