// --search-path: the changelog and its includes looked up under each folder, FILENAME relative to the
// folder that holds each file, as Liquibase 4.28 records it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "tests/changelog-formats/temp_folder.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

using testing::one_change_set;
using testing::TempFolder;

std::vector<std::string> identities(const ReadResult& r) {
  std::vector<std::string> out;
  for (const model::ChangeSet& cs : r.changelog.change_sets) out.push_back(cs.identity());
  return out;
}

ReadOptions searching(std::vector<std::string> folders) {
  ReadOptions o;
  o.search_path = std::move(folders);
  return o;
}

// The layout checked against Liquibase 4.28: `--search-path=a,b --changelog-file=sub/root.yaml`
// recorded sub/root.yaml, inc/child.yaml (found in b) and sub/sib.yaml (relative to the root).
const char* kRoot = R"(databaseChangeLog:
  - changeSet: {id: r1, author: t}
  - include: {file: inc/child.yaml}
  - include: {file: sib.yaml, relativeToChangelogFile: true}
)";

void write_layout(const TempFolder& dir) {
  dir.write("a/sub/root.yaml", kRoot);
  dir.write("b/inc/child.yaml", one_change_set("c1"));
  dir.write("a/sub/sib.yaml", one_change_set("s1"));
}

TEST_CASE("FILENAME is relative to the search-path folder holding each file, across two folders") {
  TempFolder dir;
  write_layout(dir);
  ReadResult r = read_changelog("sub/root.yaml", searching({"a", "b"}));
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) ==
        std::vector<std::string>{"sub/root.yaml::r1::t", "inc/child.yaml::c1::a", "sub/sib.yaml::s1::a"});
  // Diagnostics and locations name the file the user can open.
  REQUIRE(r.changelog.change_sets.size() == 3);
  CHECK(r.changelog.change_sets[0].where.file == "a/sub/root.yaml");
  CHECK(r.changelog.change_sets[1].where.file == "b/inc/child.yaml");

  // Absolute search folders and a leading ./ on the changelog record the same names (checked too).
  std::string base = std::filesystem::current_path().string();
  ReadResult absolute = read_changelog("./sub/root.yaml", searching({base + "/a/", base + "/b"}));
  CHECK(render(absolute.diagnostics) == "");
  CHECK(identities(absolute) == identities(r));
}

TEST_CASE("a changelog below a search folder keeps the path below it as its FILENAME") {
  TempFolder dir;
  write_layout(dir);
  // Liquibase 4.28, --search-path=.,b --changelog-file=a/sub/root.yaml: a/sub/root.yaml,
  // inc/child.yaml, a/sub/sib.yaml.
  ReadResult r = read_changelog("a/sub/root.yaml", searching({".", "b"}));
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) ==
        std::vector<std::string>{"a/sub/root.yaml::r1::t", "inc/child.yaml::c1::a", "a/sub/sib.yaml::s1::a"});
}

TEST_CASE("with a search path the working folder is not searched unless it is listed") {
  TempFolder dir;
  write_layout(dir);
  // Liquibase 4.28: "a/sub/root.yaml does not exist" with --search-path=a,b.
  ReadResult r = read_changelog("a/sub/root.yaml", searching({"a", "b"}));
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].message ==
        "changelog file 'a/sub/root.yaml' does not exist in the search path a, b");
  ReadResult include = read_yaml_string("databaseChangeLog:\n  - include: {file: nowhere.yaml}\n", "r.yaml",
                                        searching({"a", "b"}));
  REQUIRE(include.diagnostics.items().size() == 1);
  CHECK(include.diagnostics.items()[0].message ==
        "included file 'nowhere.yaml' does not exist in the search path a, b");
}

TEST_CASE("a path that two search folders hold is refused, as Liquibase refuses it") {
  MemoryFileSystem fs;
  fs.add("a/root.yaml", "databaseChangeLog:\n  - include: {file: inc/child.yaml}\n");
  fs.add("a/inc/child.yaml", one_change_set("from-a"));
  fs.add("b/inc/child.yaml", one_change_set("from-b"));
  ReadResult r = read_changelog("root.yaml", searching({"a", "b"}), fs);
  CHECK_FALSE(r.ok());
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].message ==
        "included file 'inc/child.yaml' is found in more than one folder of the search path a, b: "
        "a/inc/child.yaml, b/inc/child.yaml");
  CHECK(r.diagnostics.items()[0].where.file == "a/root.yaml");
  // The same folder listed twice is one folder.
  ReadResult once = read_changelog("inc/child.yaml", searching({"a", "./a/"}), fs);
  CHECK(render(once.diagnostics) == "");
  CHECK(identities(once) == std::vector<std::string>{"inc/child.yaml::from-a::a"});
}

TEST_CASE("includeAll gathers its folder from every search folder, in the order of the paths") {
  MemoryFileSystem fs;
  fs.add("a/root.yaml", "databaseChangeLog:\n  - includeAll: {path: all/}\n");
  fs.add("a/all/1.yaml", one_change_set("one"));
  fs.add("b/all/2.yaml", one_change_set("two"));
  fs.add("a/all/3.yaml", one_change_set("three"));
  ReadResult r = read_changelog("root.yaml", searching({"a", "b"}), fs);
  CHECK(render(r.diagnostics) == "");
  // Liquibase 4.28 recorded all/1.yaml (from a) then all/2.yaml (from b) for this layout.
  CHECK(identities(r) ==
        std::vector<std::string>{"all/1.yaml::one::a", "all/2.yaml::two::a", "all/3.yaml::three::a"});
}

TEST_CASE("a diagnostic in a file found through the search path shows that file's line") {
  TempFolder dir;
  dir.write("db/root.yaml", "databaseChangeLog:\n  - changeSet: {id: 1, author: t, bogus: 1}\n");
  ReadResult r = read_changelog("root.yaml", searching({"db"}));
  CHECK(render(r.diagnostics).find("db/root.yaml:2:") == 0);
  CHECK(render(r.diagnostics).find("  - changeSet: {id: 1, author: t, bogus: 1}") != std::string::npos);
}

}  // namespace
}  // namespace basalt::formats
