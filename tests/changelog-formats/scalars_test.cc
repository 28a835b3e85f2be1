// Every YAML 1.1 scalar form, read as Liquibase 4.28 read it: the oracle's goldens
// (tests/golden/liquibase/scalars, captured from real Liquibase by capture.sh there) against basalt.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "changelog-formats/reader.h"
#include "changelog-formats/yaml/scalars.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

namespace fs = std::filesystem;
const fs::path kGoldens = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "scalars";

// One row of a forms table: what Liquibase wrote for one form as author, comment and SQL text.
struct Recorded {
  std::string form, author, comment, sql;
};

std::map<std::string, Recorded> recorded(const std::string& table) {
  std::map<std::string, Recorded> rows;
  std::ifstream in(kGoldens / table);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream cols(line);
    for (std::string cell; std::getline(cols, cell, '\t');) cells.push_back(cell);
    if (cells.size() < 5) continue;
    std::string sql = cells[4];
    if (!sql.empty() && sql.back() == ';') sql.pop_back();
    rows[cells[0]] = {cells[1], cells[2], cells[3], sql};
  }
  return rows;
}

// Liquibase writes any text equal to "null" (any case) as SQL NULL, shown \N in the tables; the text
// basalt reads is then that word, which its tracker writes as NULL too.
bool same(const std::string& liquibase, const std::string& basalt) {
  if (liquibase == "\\N") return text::iequals(basalt, "null");
  return liquibase == basalt;
}

// Java 17's Double.toString does not always give the shortest digits that read back as the same
// double (1e23 prints as 9.999999999999999E22; JDK 19 changed that). basalt prints the shortest, so
// these five forms, all with 16 or more significant digits or at the edge of the range, are known
// to differ (README, "Where basalt differs from Liquibase").
const std::set<std::string> kJava17Digits = {"f075", "f076", "f077", "f078", "f080"};

void compare(const std::string& changelog, const std::string& table, const std::set<std::string>& known) {
  const std::map<std::string, Recorded> expected = recorded(table);
  REQUIRE(expected.size() > 50);
  const fs::path cwd = fs::current_path();
  fs::current_path(kGoldens);
  ReadResult r = read_changelog(changelog);
  fs::current_path(cwd);
  // Liquibase prints an author 'null' as SQL NULL, and its update then fails on the tracker row;
  // basalt refuses it while reading. Every other form reads without a problem.
  for (const Diagnostic& d : r.diagnostics.items())
    CHECK_MESSAGE(d.message.starts_with("the change-set's author 'null' is written by Liquibase as SQL NULL"),
                  to_string(d.where) << ": " << d.message);
  std::size_t compared = 0, differing = 0;
  for (const model::ChangeSet& cs : r.changelog.change_sets) {
    auto it = expected.find(cs.id);
    if (it == expected.end()) continue;
    const Recorded& want = it->second;
    const auto& sql = std::get<model::Sql>(cs.changes.at(0));
    bool null_probe = want.author == "null-probe";  // null-like forms, written as the comment only
    bool ok = (null_probe || same(want.author, cs.author)) && same(want.comment, cs.comment.value_or("")) &&
              (null_probe || same(want.sql, sql.sql.value_or("")));
    ++compared;
    if (known.count(cs.id) != 0) {
      CHECK_MESSAGE(!ok, cs.id << " (" << want.form << ") now matches Liquibase: drop it from the known differences");
      ++differing;
      continue;
    }
    INFO(cs.id, " written as ", want.form);
    CHECK(same(want.comment, cs.comment.value_or("")));
    if (!null_probe) {
      CHECK(same(want.author, cs.author));
      CHECK(same(want.sql, sql.sql.value_or("")));
    }
  }
  CHECK(compared == expected.size());
  CHECK(differing == known.size());
}

TEST_CASE("every YAML 1.1 form reads as the text Liquibase recorded for it, as author, comment and SQL") {
  compare("forms.yaml", "forms.table.tsv", kJava17Digits);
}

TEST_CASE("JSON values follow the same YAML 1.1 rules, as Liquibase reads JSON with its YAML parser") {
  compare("forms.json", "forms.json.table.tsv", {});
}

TEST_CASE("what SnakeYAML refuses while reading is an error at the value") {
  // errors.txt: the forms Liquibase refused with "Syntax error in file" while parsing.
  for (const char* refused : {"._", "!!int \"abc\"", "!!int \"1.5\"", "!!int \"\"", "!!float \"abc\"",
                              "!!timestamp \"x\"", "!foo bar"}) {
    CAPTURE(refused);
    ReadResult r = read_yaml_string(std::string("databaseChangeLog:\n  - changeSet:\n      id: e\n      author: ") +
                                        refused + "\n",
                                    "e.yaml");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() >= 1);
    CHECK(r.diagnostics.items()[0].where.line == 4);
  }
}

TEST_CASE("Java's text of a double: plain between 10^-3 and 10^7, else computerized scientific notation") {
  CHECK(yaml::java_double(1.1) == "1.1");
  CHECK(yaml::java_double(1000) == "1000.0");
  CHECK(yaml::java_double(9999999) == "9999999.0");
  CHECK(yaml::java_double(1e7) == "1.0E7");
  CHECK(yaml::java_double(12345678.9) == "1.23456789E7");
  CHECK(yaml::java_double(0.001) == "0.001");
  CHECK(yaml::java_double(0.0001) == "1.0E-4");
  CHECK(yaml::java_double(-0.0) == "-0.0");
}

}  // namespace
}  // namespace basalt::formats
