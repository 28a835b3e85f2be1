// loadData's checksum against every MD5SUM Liquibase 4.28 recorded in
// tests/golden/liquibase/load-data/checksums: the same table and file in 35 variants (line endings,
// blank lines, comments anywhere, BOM, gzip, other prefixes, comments disabled), read from the
// changelogs there.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "changelog-formats/change_files.h"
#include "engine/checksum/checksum.h"

namespace basalt::checksum {
namespace {

namespace fs = std::filesystem;
const fs::path kTopic = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "load-data" / "checksums";

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

model::LoadData load(const std::string& table, const std::string& file, model::Text comment) {
  model::LoadData c;
  c.table_name = table;
  c.file = file;
  c.comment_line_starts_with = std::move(comment);
  std::string bytes = bytes_of(kTopic / file);
  if (file.ends_with(".gz")) bytes = formats::gunzip(bytes).value();
  c.content.bytes = std::move(bytes);
  return c;
}

// Each change-set of the topic's changelogs: its id and its loads.
std::vector<std::pair<std::string, model::ChangeSet>> written() {
  std::vector<std::pair<std::string, model::ChangeSet>> out;
  const std::string xml = bytes_of(kTopic / "changelog.xml");
  const std::regex change_set(R"~(<changeSet id="([^"]+)")~"), load_data(R"~(<loadData ([^>]*)>)~"),
      attribute(R"~((\w+)="([^"]*)")~");
  auto starts = std::sregex_iterator(xml.begin(), xml.end(), change_set);
  for (auto it = starts; it != std::sregex_iterator(); ++it) {
    const std::size_t from = static_cast<std::size_t>(it->position(0));
    const std::size_t to = xml.find("</changeSet>", from);
    const std::string body = xml.substr(from, to - from);
    if (body.find("<sql") != std::string::npos) continue;  // other changes count too: not this test's rule
    model::ChangeSet cs;
    for (auto l = std::sregex_iterator(body.begin(), body.end(), load_data); l != std::sregex_iterator(); ++l) {
      std::map<std::string, std::string> a;
      const std::string attributes = (*l)[1];
      for (auto m = std::sregex_iterator(attributes.begin(), attributes.end(), attribute); m != std::sregex_iterator(); ++m)
        a[(*m)[1]] = (*m)[2];
      model::Text comment = a.count("commentLineStartsWith") ? model::Text(a["commentLineStartsWith"]) : model::Text();
      cs.changes.push_back(load(a["tableName"], a["file"], comment));
    }
    if (!cs.changes.empty()) out.emplace_back((*it)[1], std::move(cs));
  }
  // comments-disabled.yaml: loads of table t with commentLineStartsWith "".
  std::istringstream yaml(bytes_of(kTopic / "comments-disabled.yaml"));
  std::string id;
  for (std::string line; std::getline(yaml, line);) {
    if (line.find("id: ") != std::string::npos) id = line.substr(line.find("id: ") + 4);
    if (line.find("file: ") != std::string::npos) {
      model::ChangeSet cs;
      cs.changes.push_back(load("t", line.substr(line.find("file: ") + 6), model::Text("")));
      out.emplace_back(id, std::move(cs));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("loadData's checksum is the table name and the file's lines, as Liquibase hashes them") {
  std::map<std::string, std::string> recorded;
  std::istringstream tracker(bytes_of(kTopic / "out" / "update.tracker.tsv"));
  for (std::string line; std::getline(tracker, line);) {
    std::vector<std::string> cells;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
    recorded[cells.at(0)] = cells.at(5);
  }
  int compared = 0;
  for (const auto& entry : written()) {
    const auto& id = entry.first;  // not a structured binding: CAPTURE's lambda takes it (clang)
    const auto& cs = entry.second;
    CAPTURE(id);
    REQUIRE(recorded.count(id) == 1);
    CHECK(checksum(cs) == recorded[id]);
    ++compared;
  }
  CHECK(compared >= 35);
}

}  // namespace basalt::checksum
