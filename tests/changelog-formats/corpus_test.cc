// Real changelogs of the shared corpus: they read into as many change-sets as Liquibase found, in
// Liquibase's order, with no problem but the change types the model does not have yet.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "changelog-formats/reader.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

namespace fs = std::filesystem;

// Real changelogs copied into the repository (tests/corpus/SOURCES.md).
const fs::path kCorpus = fs::path(BASALT_SOURCE_DIR) / "tests" / "corpus";


// Changelog paths are relative to the case folder, as they are when Liquibase runs there.
class InFolder {
 public:
  explicit InFolder(const fs::path& p) : previous_(fs::current_path()) { fs::current_path(p); }
  ~InFolder() { fs::current_path(previous_); }
  InFolder(const InFolder&) = delete;
  InFolder& operator=(const InFolder&) = delete;

 private:
  fs::path previous_;
};

// The one change type haitaton's YAML uses that the model does not hold yet: reading it is reported.
// What haitaton writes that Liquibase ignores on PostgreSQL, where addAutoIncrement is a sequence.
bool is_identity_option(const Diagnostic& d) {
  return d.severity == Severity::warning &&
         d.message == "attribute 'generationType' of addAutoIncrement is ignored on PostgreSQL";
}

// What gravitee writes that Liquibase ignores without a word: warnings, and the run goes on.
bool is_ignored_by_liquibase(const Diagnostic& d) {
  return d.severity == Severity::warning &&
         (d.message == "unknown attribute 'default' of constraints is ignored" ||
          d.message == "unknown attribute 'cascadeConstraints' of dropColumn is ignored" ||
          d.message == "attribute 'dropIndex' of dropPrimaryKey is ignored on PostgreSQL" ||
          d.message ==
              "'dropNotNullConstraint' in 'columns' of addColumn is not a column and is ignored, as Liquibase ignores it");
}

std::string unexpected(const Diagnostics& ds, bool (*expected)(const Diagnostic&)) {
  Diagnostics rest;
  for (const Diagnostic& d : ds.items())
    if (!expected(d)) rest.add(d);
  return render(rest);
}

// "id::author::filename" of every row of a tracker.tsv, in ORDEREXECUTED order.
std::vector<std::string> tracker_rows(const fs::path& tsv) {
  std::ifstream in(tsv);
  std::vector<std::string> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream cols(line);
    for (std::string cell; std::getline(cols, cell, '\t');) cells.push_back(cell);
    if (cells.size() >= 3) rows.push_back(cells[2] + "::" + cells[0] + "::" + cells[1]);
  }
  return rows;
}

std::vector<std::string> identities(const ReadResult& r) {
  std::vector<std::string> out;
  for (const model::ChangeSet& cs : r.changelog.change_sets) out.push_back(cs.identity());
  return out;
}

// Whether `part` appears in `all` in the same order (Liquibase skipped some: dbms, formatted SQL).
bool in_order(const std::vector<std::string>& part, const std::vector<std::string>& all) {
  auto it = all.begin();
  for (const std::string& p : part) {
    it = std::find(it, all.end(), p);
    if (it == all.end()) return false;
    ++it;
  }
  return true;
}

const Properties kGravitee = {{"gravitee_prefix", ""}, {"gravitee_rate_limit_prefix", ""}};

TEST_CASE("gravitee's 211 YAML files read into its 231 change-sets in the order Liquibase ran them") {
  REQUIRE(fs::is_directory(kCorpus));
  InFolder in(kCorpus / "gravitee-apim");
  ReadResult r = read_changelog("liquibase/master.yml", kGravitee);
  CHECK(r.ok());
  CHECK(unexpected(r.diagnostics, is_ignored_by_liquibase) == "");
  CHECK(r.changelog.change_sets.size() == 231);
  std::vector<std::string> ran = tracker_rows("expected/tracker.tsv");
  CHECK(ran.size() == 225);
  CHECK(in_order(ran, identities(r)));

  // Liquibase ignores these without a word; basalt warns about each.
  std::multiset<std::string> warnings;
  for (const Diagnostic& d : r.diagnostics.items()) warnings.insert(d.message);
  CHECK(warnings.count("unknown attribute 'default' of constraints is ignored") == 10);
  CHECK(warnings.count("unknown attribute 'cascadeConstraints' of dropColumn is ignored") == 2);
  CHECK(warnings.count(
            "'dropNotNullConstraint' in 'columns' of addColumn is not a column and is ignored, as Liquibase ignores it") == 1);
  CHECK(warnings.count("attribute 'dropIndex' of dropPrimaryKey is ignored on PostgreSQL") == 1);
  CHECK(r.diagnostics.warning_count() == 14);

  const model::ChangeSet& first = r.changelog.change_sets.front();
  CHECK(first.identity() == "liquibase/changelogs/v1_14_0/schema.yml::1.14.0::GraviteeSource Team");
  CHECK(first.valid_checksums == std::vector<std::string>{"ANY"});
  const auto& users = std::get<model::CreateTable>(first.changes.at(0));
  CHECK(users.table_name == "users");
  CHECK(users.columns.at(0).constraints->primary_key_name == "pk_users");
  std::size_t with_preconditions =
      std::count_if(r.changelog.change_sets.begin(), r.changelog.change_sets.end(),
                    [](const model::ChangeSet& cs) { return cs.preconditions.has_value(); });
  CHECK(with_preconditions == 32);
}

TEST_CASE("gravitee's dbms-specific property picks the PostgreSQL value") {
  REQUIRE(fs::is_directory(kCorpus));
  InFolder in(kCorpus / "gravitee-apim");
  ReadResult r = read_changelog("liquibase/master.yml", kGravitee);
  bool found = false;
  for (const model::ChangeSet& cs : r.changelog.change_sets)
    for (const model::Change& c : cs.changes)
      if (const auto* sql = std::get_if<model::Sql>(&c))
        if (sql->sql &&
            sql->sql->find("md5(random()::text || clock_timestamp()::text)::uuid") != std::string::npos)
          found = true;
  CHECK(found);
}

TEST_CASE("every gravitee YAML file reads on its own with no problem but the ignored attributes") {
  REQUIRE(fs::is_directory(kCorpus));
  InFolder in(kCorpus / "gravitee-apim");
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator("liquibase")) {
    if (e.path().extension() != ".yml" && e.path().extension() != ".yaml") continue;
    ++files;
    ReadResult r = read_changelog(e.path().generic_string(), kGravitee);
    INFO(e.path().generic_string());
    CHECK(unexpected(r.diagnostics, is_ignored_by_liquibase) == "");
  }
  CHECK(files == 211);
}

TEST_CASE("haitaton's YAML master and its formatted SQL files read into Liquibase's 128 change-sets, in its order") {
  REQUIRE(fs::is_directory(kCorpus));
  InFolder in(kCorpus / "haitaton-backend" / "original");
  ReadResult r = read_changelog("db/changelog/db.changelog-master.yaml");
  CHECK(unexpected(r.diagnostics, is_identity_option) == "");
  CHECK(r.diagnostics.warning_count() == 5);
  // 77 YAML change-sets, 50 formatted SQL ones, and one plain SQL file read as Liquibase reads it.
  CHECK(r.changelog.change_sets.size() == 128);
  std::vector<std::string> ran = tracker_rows("expected/tracker.tsv");
  CHECK(ran.size() == 128);
  CHECK(identities(r) == ran);
  const model::ChangeSet& raw = r.changelog.change_sets.at(77);
  CHECK(raw.identity() == "db/changelog/changesets/060-timestamp-triggers-for-kayttajas.sql::raw::includeAll");
  CHECK(std::get<model::Sql>(raw.changes.at(0)).split_statements == false);
}

TEST_CASE("every haitaton YAML file reads on its own without problems but ignored identity options") {
  REQUIRE(fs::is_directory(kCorpus));
  InFolder in(kCorpus / "haitaton-backend" / "original");
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator("db")) {
    if (e.path().extension() != ".yml" && e.path().extension() != ".yaml") continue;
    if (e.path().filename() == "db.changelog-master.yaml") continue;
    ++files;
    ReadResult r = read_changelog(e.path().generic_string());
    INFO(e.path().generic_string());
    CHECK(unexpected(r.diagnostics, is_identity_option) == "");
  }
  CHECK(files == 74);
}

TEST_CASE("a rollback replays a change-set read before it and refuses any other, as Liquibase did (rollback-refs golden)") {
  const fs::path topic = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "rollback-refs";
  std::ifstream results(topic / "out" / "results.tsv");
  REQUIRE(results);
  InFolder in(topic);
  int compared = 0;
  for (std::string line; std::getline(results, line); ++compared) {
    std::istringstream cells(line);
    std::string changelog, code;
    std::getline(cells, changelog, '\t');
    std::getline(cells, code, '\t');
    CAPTURE(changelog);
    ReadResult r = read_changelog(changelog);
    CHECK(r.ok() == (code == "0"));
    if (code != "0") {
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics.items().front().message.find("which is not read before it") != std::string::npos);
    }
  }
  CHECK(compared == 4);
}

}  // namespace
}  // namespace basalt::formats
