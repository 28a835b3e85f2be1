// The same change-set written in two formats has one checksum.
#include <doctest/doctest.h>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "engine/checksum/checksum.h"

namespace basalt::checksum {

using formats::ReadResult;

namespace {

ReadResult read_formatted(const std::string& text) {
  formats::MemoryFileSystem fs;
  return formats::read_string(text, "changes.sql", {}, fs);
}

}  // namespace

TEST_CASE("a formatted SQL change-set has the checksum of the YAML sql change with the same text") {
  ReadResult sql = read_formatted("--liquibase formatted sql\n--changeset a:1\ncreate table t (\n  id int\n);\n");
  ReadResult yaml = formats::read_yaml_string(
      "databaseChangeLog:\n- changeSet:\n    id: 1\n    author: a\n    changes:\n    - sql: \"create table t (id int);\"\n",
      "c.yaml");
  REQUIRE(sql.ok());
  REQUIRE(yaml.ok());
  CHECK(checksum(sql.changelog.change_sets.at(0)) == checksum(yaml.changelog.change_sets.at(0)));
}

}  // namespace basalt::checksum
