// The format registry: a file's extension chooses its reader, in memory as on disk.
#include <doctest/doctest.h>

#include "changelog-formats/changes.h"
#include "changelog-formats/file_system.h"
#include "changelog-formats/formats.h"
#include "changelog-formats/reader.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {

TEST_CASE("the extension chooses the format, in any case") {
  REQUIRE(format_of("a/b/changelog.YAML") != nullptr);
  CHECK(format_of("a/b/changelog.YAML")->name == "YAML");
  CHECK(format_of("c.yml")->name == "YAML");
  CHECK(format_of("c.json")->name == "JSON");
  CHECK(format_of("c.xml")->name == "XML");
  CHECK(format_of("c.sql")->name == "formatted SQL");
  CHECK(format_of("c.txt") == nullptr);
  CHECK(format_of("yaml") == nullptr);
  CHECK(format_of(".yaml") == nullptr);
}

TEST_CASE("a changelog in memory is read in the format of its name") {
  MemoryFileSystem fs;
  ReadResult json = read_string(R"({"databaseChangeLog": [{"changeSet": {"id": 1.10, "author": "a"}}]})", "c.json", {}, fs);
  REQUIRE(json.ok());
  CHECK(json.changelog.change_sets.at(0).id == "1.1");  // unquoted numbers are typed in JSON too

  ReadResult unknown = read_string("databaseChangeLog: []\n", "c.txt", {}, fs);
  CHECK(testing::rendered(unknown.diagnostics, "") ==
        "c.txt: error: cannot read 'c.txt': unknown changelog format\n"
        "  changelog files end in .yaml, .yml, .json, .xml or .sql\n");
}

TEST_CASE("every change type basalt reads is a Liquibase change name (a change-set finds its changes by it)") {
  for (const std::string& name : supported_change_names()) {
    CAPTURE(name);
    CHECK(is_liquibase_change_name(name));
  }
  CHECK_FALSE(is_liquibase_change_name("frobnicate"));
}

}  // namespace basalt::formats
