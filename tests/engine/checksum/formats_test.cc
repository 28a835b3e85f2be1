// The same change-set written in every format reads into the same model: one checksum, one text per
// change. A row per change type basalt reads, each in YAML, JSON and XML.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "changelog-formats/changes.h"
#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "engine/checksum/checksum.h"
#include "tests/changelog-formats/test_helpers.h"
#include "tests/engine/every_change.h"

namespace basalt::checksum {

using formats::ReadResult;

namespace {

using testing::Written;
using testing::kChanges;
using testing::read_as;
using testing::yaml_changelog;

std::string json_changelog(const Written& w) {
  return R"~({"databaseChangeLog": [{"changeSet": {"id": "1", "author": "a", "changes": [)~" + std::string(w.json) +
         "]}}]}";
}

std::string xml_changelog(const Written& w) {
  return R"~(<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
  <changeSet id="1" author="a">
    )~" + std::string(w.xml) +
         R"~(
  </changeSet>
</databaseChangeLog>
)~";
}

}  // namespace

TEST_CASE("every change type reads into one model from YAML, JSON and XML") {
  for (const Written& w : kChanges) {
    CAPTURE(w.type);
    const std::string yaml_text = yaml_changelog(w), json_text = json_changelog(w), xml_text = xml_changelog(w);
    ReadResult yaml = read_as(yaml_text, "changelog.yaml");
    ReadResult json = read_as(json_text, "changelog.json");
    ReadResult xml = read_as(xml_text, "changelog.xml");
    CHECK(formats::testing::rendered(yaml.diagnostics, yaml_text) == "");
    CHECK(formats::testing::rendered(json.diagnostics, json_text) == "");
    CHECK(formats::testing::rendered(xml.diagnostics, xml_text) == "");
    if (!yaml.ok() || !json.ok() || !xml.ok()) continue;
    const model::ChangeSet& y = yaml.changelog.change_sets.at(0);
    const model::ChangeSet& j = json.changelog.change_sets.at(0);
    const model::ChangeSet& x = xml.changelog.change_sets.at(0);
    REQUIRE(y.changes.size() == 1);
    REQUIRE(j.changes.size() == 1);
    REQUIRE(x.changes.size() == 1);
    CHECK(model::name_of(y.changes[0]) == w.type);
    CHECK(change_text(j.changes[0]) == change_text(y.changes[0]));
    CHECK(change_text(x.changes[0]) == change_text(y.changes[0]));
    CHECK(checksum(j) == checksum(y));
    CHECK(checksum(x) == checksum(y));
  }
}

TEST_CASE("the table above has a row for every change type basalt reads") {
  for (const std::string& name : formats::supported_change_names()) {
    CAPTURE(name);
    CHECK(std::any_of(std::begin(kChanges), std::end(kChanges), [&](const Written& w) { return name == w.type; }));
  }
}

TEST_CASE("a formatted SQL change-set has the checksum of the YAML and XML sql change with the same text") {
  ReadResult sql = read_as("--liquibase formatted sql\n--changeset a:1\ncreate table t (\n  id int\n);\n", "changes.sql");
  ReadResult yaml = read_as(
      "databaseChangeLog:\n- changeSet:\n    id: 1\n    author: a\n    changes:\n    - sql: \"create table t (id int);\"\n",
      "c.yaml");
  ReadResult xml = read_as(xml_changelog({"sql", "", "", "<sql>create table t (id int);</sql>"}), "c.xml");
  REQUIRE(sql.ok());
  REQUIRE(yaml.ok());
  REQUIRE(xml.ok());
  CHECK(checksum(sql.changelog.change_sets.at(0)) == checksum(yaml.changelog.change_sets.at(0)));
  CHECK(checksum(xml.changelog.change_sets.at(0)) == checksum(yaml.changelog.change_sets.at(0)));
}

TEST_CASE("deleteCascade: true is read as onDelete CASCADE, and hashed so (Liquibase's IT changelog, change-set 25)") {
  ReadResult xml = read_as(xml_changelog({"addForeignKeyConstraint", "", "",
                                          R"~(<addForeignKeyConstraint
                baseTableName="person" baseColumnNames="employer_id"
                constraintName="fk_person_employer"
                referencedTableName="company" referencedColumnNames="id"
                deleteCascade="true"/>)~"}),
                           "c.xml");
  REQUIRE(xml.ok());
  CHECK(checksum(xml.changelog.change_sets.at(0)) == "9:1e94215d8f968887b1bfa11569603059");
}

TEST_CASE("executeCommand hashes its program and timeout, not its os or arguments (catalog goldens)") {
  // output-stop-command/command.xml: echo with two args, and touch with and without os.
  ReadResult echo = read_as(xml_changelog({"executeCommand", "", "",
                                           R"~(<executeCommand executable="echo"><arg value="hello"/><arg value="two words"/></executeCommand>)~"}),
                            "c.xml");
  ReadResult windows = read_as(xml_changelog({"executeCommand", "", "",
                                              R"~(<executeCommand executable="touch" os="Windows 10"><arg value="x"/></executeCommand>)~"}),
                               "c.xml");
  REQUIRE(echo.ok());
  REQUIRE(windows.ok());
  CHECK(checksum(echo.changelog.change_sets.at(0)) == "9:0659f28144980e8b7f588faefeac6240");
  CHECK(checksum(windows.changelog.change_sets.at(0)) == "9:0d27a8cc06b370ba93556191f2ff0239");
}

}  // namespace basalt::checksum
