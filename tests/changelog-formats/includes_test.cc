// include and includeAll against real files: FILENAME values, order, missing files, cycles,
// formats basalt does not read yet, and properties across files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "changelog-formats/file_system.h"
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

TEST_CASE("included change-sets are recorded under the path Liquibase writes into FILENAME") {
  TempFolder dir;
  dir.write("master.yaml", R"(databaseChangeLog:
  - changeSet: {id: first, author: a}
  - include:
      file: db/a.yaml
  - include:
      - file: ./db/../db/list-style.yaml
  - changeSet: {id: last, author: a}
)");
  dir.write("db/a.yaml", R"(databaseChangeLog:
  - changeSet: {id: in-a, author: a}
  - include: {file: b.yaml, relativeToChangelogFile: true}
)");
  dir.write("db/b.yaml", R"(databaseChangeLog:
  - include: {file: ../c.yml, relativeToChangelogFile: true}
  - changeSet: {id: in-b, author: a}
)");
  dir.write("c.yml", one_change_set("in-c"));
  dir.write("db/list-style.yaml", one_change_set("listed"));
  ReadResult r = read_changelog("./master.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"master.yaml::first::a", "db/a.yaml::in-a::a",
                                                  "c.yml::in-c::a", "db/b.yaml::in-b::a",
                                                  "db/list-style.yaml::listed::a", "master.yaml::last::a"});
  CHECK(r.changelog.change_sets[2].where.file == "c.yml");
  CHECK(r.changelog.change_sets[2].where.line == 2);
}

TEST_CASE("a JSON changelog can be included") {
  TempFolder dir;
  dir.write("master.yaml", "databaseChangeLog:\n  - include: {file: part.json}\n");
  dir.write("part.json", R"({"databaseChangeLog": [{"changeSet": {"id": "j", "author": "a",
      "changes": [{"createTable": {"tableName": "t", "columns": [{"column": {"name": "id", "type": "int"}}]}}]}}]})");
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"part.json::j::a"});
}

TEST_CASE("includeAll takes changelog files in the alphabetical order of their paths, subfolders included") {
  TempFolder dir;
  dir.write("changelog.yaml", R"(databaseChangeLog:
  - includeAll: {path: parts/}
  - includeAll: {path: more, relativeToChangelogFile: true, endsWithFilter: .yaml}
)");
  dir.write("parts/b.yaml", one_change_set("b"));
  dir.write("parts/a/x.yaml", one_change_set("a-x"));
  dir.write("parts/c.yml", one_change_set("c"));
  dir.write("parts/a.yaml", one_change_set("a"));
  dir.write("parts/readme.txt", "not a changelog");
  dir.write("parts/z/deeper/last.json",
            R"({"databaseChangeLog": [{"changeSet": {"id": "z", "author": "a"}}]})");
  dir.write("more/1.yaml", one_change_set("m1"));
  dir.write("more/2.yml", one_change_set("m2"));
  ReadResult r = read_changelog("changelog.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"parts/a.yaml::a::a", "parts/a/x.yaml::a-x::a",
                                                  "parts/b.yaml::b::a", "parts/c.yml::c::a",
                                                  "parts/z/deeper/last.json::z::a", "more/1.yaml::m1::a"});
}

TEST_CASE("includeAll depth bounds limit how deep files are taken from") {
  TempFolder dir;
  dir.write("changelog.yaml", "databaseChangeLog:\n  - includeAll: {path: p, minDepth: 2, maxDepth: 2}\n");
  dir.write("p/top.yaml", one_change_set("top"));
  dir.write("p/one/mid.yaml", one_change_set("mid"));
  dir.write("p/one/two/low.yaml", one_change_set("low"));
  ReadResult r = read_changelog("changelog.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"p/one/mid.yaml::mid::a"});
}

TEST_CASE("missing and empty include targets are reported at the path unless allowed to be missing") {
  TempFolder dir;
  dir.write("changelog.yaml", R"(databaseChangeLog:
  - include: {file: nowhere.yaml}
  - include: {file: optional.yaml, errorIfMissing: false}
  - includeAll: {path: no-folder}
  - includeAll: {path: empty}
  - includeAll: {path: maybe, errorIfMissingOrEmpty: false}
  - include: {file: empty}
)");
  dir.write("empty/notes.txt", "");
  ReadResult r = read_changelog("changelog.yaml");
  CHECK(render(r.diagnostics) ==
        "changelog.yaml:2:21: error: included file 'nowhere.yaml' does not exist\n"
        "    - include: {file: nowhere.yaml}\n"
        "                      ^\n"
        "changelog.yaml:4:24: error: includeAll folder 'no-folder' does not exist\n"
        "    - includeAll: {path: no-folder}\n"
        "                         ^\n"
        "changelog.yaml:5:24: error: includeAll folder 'empty' holds no changelog files\n"
        "    - includeAll: {path: empty}\n"
        "                         ^\n"
        "changelog.yaml:7:21: error: included file 'empty' is a folder\n"
        "    - include: {file: empty}\n"
        "                      ^\n"
        "  use includeAll to include a folder\n");
}

TEST_CASE("a changelog that includes itself or closes a cycle is reported, and reading goes on") {
  TempFolder dir;
  dir.write("self.yaml",
            "databaseChangeLog:\n  - include: {file: self.yaml}\n  - changeSet: {id: s, author: a}\n");
  ReadResult self = read_changelog("self.yaml");
  CHECK(render(self.diagnostics) ==
        "self.yaml:2:21: error: 'self.yaml' includes itself\n"
        "    - include: {file: self.yaml}\n"
        "                      ^\n"
        "  remove this include\n");
  CHECK(self.changelog.change_sets.size() == 1);

  dir.write("a.yaml", "databaseChangeLog:\n  - include: {file: sub/b.yaml}\n");
  dir.write("sub/b.yaml",
            "databaseChangeLog:\n  - include: {file: ../a.yaml, relativeToChangelogFile: true}\n");
  ReadResult cycle = read_changelog("a.yaml");
  CHECK(render(cycle.diagnostics) ==
        "sub/b.yaml:2:21: error: include cycle: a.yaml -> sub/b.yaml -> a.yaml\n"
        "    - include: {file: ../a.yaml, relativeToChangelogFile: true}\n"
        "                      ^\n"
        "  remove one of these includes\n");
}

TEST_CASE("a YAML changelog includes formatted SQL and XML, read into one changelog in include order") {
  TempFolder dir;
  dir.write("master.yaml", R"(databaseChangeLog:
  - include: {file: 001-tables.sql}
  - include: {file: 002-more.xml}
  - changeSet: {id: after, author: a}
)");
  dir.write("001-tables.sql", "--liquibase formatted sql\n--changeset a:1\ncreate table t (id int);\n");
  dir.write("002-more.xml", R"(<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">
  <changeSet id="2" author="b"><sql>select 1</sql></changeSet>
</databaseChangeLog>
)");
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  REQUIRE(r.changelog.change_sets.size() == 3);
  CHECK(r.changelog.change_sets[0].identity() == "001-tables.sql::1::a");
  CHECK(r.changelog.change_sets[1].identity() == "002-more.xml::2::b");
  CHECK(r.changelog.change_sets[2].identity() == "master.yaml::after::a");
}

TEST_CASE("a root changelog that does not exist is reported") {
  TempFolder dir;
  ReadResult r = read_changelog("db/changelog.yaml");
  CHECK(render(r.diagnostics) ==
        "db/changelog.yaml: error: changelog file 'db/changelog.yaml' does not exist\n");
}

TEST_CASE("malformed YAML in an included file is reported in that file and the rest is read") {
  TempFolder dir;
  dir.write("master.yaml",
            "databaseChangeLog:\n  - include: {file: broken.yaml}\n  - include: {file: fine.yaml}\n");
  dir.write("broken.yaml", "databaseChangeLog:\n  - changeSet:\n      id: [1\n");
  dir.write("fine.yaml", one_change_set("fine"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(r.diagnostics.size() == 1);
  CHECK(r.diagnostics.items()[0].where.file == "broken.yaml");
  CHECK(r.diagnostics.items()[0].message == "invalid YAML: end of sequence flow not found");
  CHECK(identities(r) == std::vector<std::string>{"fine.yaml::fine::a"});
}

TEST_CASE("a file included twice gives duplicate change-sets, each reported with the first's place") {
  TempFolder dir;
  dir.write("master.yaml",
            "databaseChangeLog:\n  - include: {file: p.yaml}\n  - include: {file: ./p.yaml}\n");
  dir.write("p.yaml", one_change_set("p"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) ==
        "p.yaml:2:3: error: duplicate change-set 'p.yaml::p::a' (first defined at p.yaml:2:3)\n"
        "  - changeSet:\n"
        "    ^\n"
        "  give each change-set its own id\n");
}

TEST_CASE("properties reach included files, command-line values win, and local ones stay in their file") {
  TempFolder dir;
  dir.write("master.yaml", R"(databaseChangeLog:
  - property: {name: dir, value: parts}
  - property: {name: schema, value: app}
  - property: {name: mine, value: master-only, global: false}
  - include: {file: "${dir}/tables.yaml"}
  - changeSet:
      id: m
      author: a
      changes: [{sql: "select '${mine}'"}]
)");
  dir.write("parts/tables.yaml", R"(databaseChangeLog:
  - property: {name: table, value: users}
  - changeSet:
      id: t
      author: a
      changes:
        - createTable:
            schemaName: ${schema}
            tableName: ${table}
            remarks: ${mine}
            columns: [{column: {name: id, type: int}}]
)");
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  REQUIRE(r.changelog.change_sets.size() == 2);
  const auto& t = std::get<model::CreateTable>(r.changelog.change_sets[0].changes.at(0));
  CHECK(t.schema_name == "app");
  CHECK(t.table_name == "users");
  CHECK(t.remarks == "${mine}");
  CHECK(std::get<model::Sql>(r.changelog.change_sets[1].changes.at(0)).sql == "select 'master-only'");

  ReadResult cli = read_changelog("master.yaml", Properties{{"schema", "tenant"}, {"table", "people"}});
  const auto& t2 = std::get<model::CreateTable>(cli.changelog.change_sets[0].changes.at(0));
  CHECK(t2.schema_name == "tenant");
  CHECK(t2.table_name == "people");
}

TEST_CASE("an include path may use a property defined further down the same file") {
  TempFolder dir;
  dir.write("master.yaml",
            "databaseChangeLog:\n  - include: {file: \"${where}/x.yaml\"}\n"
            "  - property: {name: where, value: db}\n");
  dir.write("db/x.yaml", one_change_set("x"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"db/x.yaml::x::a"});
}

TEST_CASE("a rollback can replay a change-set of another file named by its path") {
  TempFolder dir;
  dir.write("master.yaml", R"(databaseChangeLog:
  - include: {file: db/create.yaml}
  - changeSet:
      id: drop
      author: a
      changes: [{dropTable: {tableName: note}}]
      rollback: {changeSetId: create, changeSetAuthor: a, changeSetPath: db/create.yaml}
)");
  dir.write("db/create.yaml", one_change_set("create", "note"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  const model::Rollback& rollback = r.changelog.change_sets.at(1).rollback;
  CHECK(rollback.kind == model::Rollback::Kind::explicit_changes);
  REQUIRE(rollback.changes.size() == 1);
  CHECK(std::get<model::CreateTable>(rollback.changes[0]).table_name == "note");
}

TEST_CASE("a changelog-level logicalFilePath names the change-sets of its file") {
  TempFolder dir;
  dir.write("master.yaml",
            "databaseChangeLog:\n  - logicalFilePath: legacy/name.xml\n  - include: {file: x.yaml}\n"
            "  - changeSet: {id: m, author: a}\n");
  dir.write("x.yaml", one_change_set("x"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(identities(r) == std::vector<std::string>{"x.yaml::x::a", "legacy/name.xml::m::a"});
}

// Change-sets without ${...} are read while their file is parsed, the others once every property is
// known: the result must not show which way each one went.
TEST_CASE("change-sets read during parsing and after it keep their order, FILENAME and rollbacks") {
  TempFolder dir;
  dir.write("master.yaml", R"(databaseChangeLog:
  - changeSet: {id: early, author: a, changes: [{createTable: {tableName: t1, columns: [{column: {name: id, type: int}}]}}]}
  - changeSet: {id: late, author: a, changes: [{createTable: {tableName: "${name}", columns: [{column: {name: id, type: int}}]}}]}
  - include: {file: x.yaml}
  - changeSet:
      id: own
      author: a
      logicalFilePath: own/path.yaml
      rollback: {changeSetId: early, changeSetAuthor: a, changeSetPath: legacy/name.xml}
  - changeSet:
      id: again
      author: a
      rollback: {changeSetId: late, changeSetAuthor: a}
  - logicalFilePath: legacy/name.xml
  - property: {name: name, value: t2}
)");
  dir.write("x.yaml", one_change_set("x"));
  ReadResult r = read_changelog("master.yaml");
  CHECK(render(r.diagnostics) == "");
  CHECK(identities(r) == std::vector<std::string>{"legacy/name.xml::early::a", "legacy/name.xml::late::a",
                                                  "x.yaml::x::a", "own/path.yaml::own::a",
                                                  "legacy/name.xml::again::a"});
  const auto& sets = r.changelog.change_sets;
  CHECK(std::get<model::CreateTable>(sets.at(1).changes.at(0)).table_name == "t2");
  REQUIRE(sets.at(3).rollback.changes.size() == 1);
  CHECK(std::get<model::CreateTable>(sets.at(3).rollback.changes[0]).table_name == "t1");
  REQUIRE(sets.at(4).rollback.changes.size() == 1);  // found under the file's logicalFilePath
  CHECK(std::get<model::CreateTable>(sets.at(4).rollback.changes[0]).table_name == "t2");
}

TEST_CASE("a duplicate change-set is reported whether it was read during parsing or after") {
  TempFolder dir;
  dir.write("master.yaml",
            "databaseChangeLog:\n  - changeSet: {id: d, author: a}\n"
            "  - changeSet: {id: d, author: '${who}'}\n  - property: {name: who, value: a}\n");
  ReadResult r = read_changelog("master.yaml");
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].message ==
        "duplicate change-set 'master.yaml::d::a' (first defined at master.yaml:2:5)");
}

TEST_CASE("files can come from memory, and then nothing on disk is read") {
  MemoryFileSystem fs;
  fs.add("db/master.yaml",
         "databaseChangeLog:\n  - includeAll: {path: changes, relativeToChangelogFile: true}\n");
  fs.add("db/changes/2.yaml", one_change_set("two"));
  fs.add("db/changes/1.yaml", one_change_set("one"));
  ReadResult r = read_changelog("db/master.yaml", {}, fs);
  CHECK(r.ok());
  CHECK(identities(r) == std::vector<std::string>{"db/changes/1.yaml::one::a", "db/changes/2.yaml::two::a"});
  ReadResult none = read_yaml_string("databaseChangeLog:\n  - include: {file: db/changes/1.yaml}\n",
                                     "root.yaml", {}, MemoryFileSystem());
  CHECK(none.diagnostics.items().at(0).message == "included file 'db/changes/1.yaml' does not exist");
}

TEST_CASE("an include's context, labels and ignore pass to the change-sets it brings in, nested ones too") {
  MemoryFileSystem fs;
  fs.add("master.yaml", R"(databaseChangeLog:
  - include: {file: test-data.yaml, context: test, labels: seed}
  - includeAll: {path: parts, contextFilter: "dev, test"}
  - include: {file: off.yaml, ignore: true}
)");
  fs.add("test-data.yaml", R"(databaseChangeLog:
  - changeSet: {id: t, author: a, context: "!prod", labels: Data}
  - include: {file: deeper.yaml, context: nightly}
)");
  fs.add("deeper.yaml", one_change_set("d"));
  fs.add("parts/p.yaml", one_change_set("p"));
  fs.add("off.yaml", one_change_set("o"));
  ReadResult r = read_changelog("master.yaml", {}, fs);
  REQUIRE(r.ok());
  CHECK(render(r.diagnostics) == "");
  REQUIRE(r.changelog.change_sets.size() == 4);
  const model::ChangeSet& t = r.changelog.change_sets[0];
  CHECK(t.include_contexts == std::vector<std::string>{"test"});
  CHECK(t.include_labels == std::vector<std::string>{"seed"});
  CHECK(t.contexts == "!prod");
  const model::ChangeSet& d = r.changelog.change_sets[1];
  CHECK(d.include_contexts == std::vector<std::string>{"nightly", "test"});  // innermost first
  CHECK(d.include_labels == std::vector<std::string>{"seed"});
  CHECK(r.changelog.change_sets[2].include_contexts == std::vector<std::string>{"dev, test"});
  // An ignored include is still read (its errors count) and its change-sets are ignored.
  CHECK(r.changelog.change_sets[3].identity() == "off.yaml::o::a");
  CHECK(r.changelog.change_sets[3].ignore);
  CHECK_FALSE(t.ignore);
}

TEST_CASE("a property scoped to a context the run leaves out is not defined") {
  const std::string text = R"(databaseChangeLog:
  - property: {name: table, value: test_people, context: test}
  - property: {name: table, value: people}
  - changeSet:
      id: c
      author: a
      changes:
        - createTable: {tableName: "${table}", columns: [{column: {name: id, type: int}}]}
)";
  ReadOptions prod;
  prod.contexts = {"prod"};
  ReadOptions test;
  test.contexts = {"test"};
  auto table = [&](const ReadOptions& o) {
    ReadResult r = read_yaml_string(text, "c.yaml", o);
    return *std::get<model::CreateTable>(r.changelog.change_sets.at(0).changes.at(0)).table_name;
  };
  CHECK(table(prod) == "people");
  CHECK(table(test) == "test_people");
  CHECK(table(ReadOptions{}) == "test_people");  // no --contexts: every context applies
}

}  // namespace
}  // namespace basalt::formats
