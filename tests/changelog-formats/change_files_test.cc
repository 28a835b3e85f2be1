// The files of loadData, loadUpdateData and sqlFile, read with the changelog: their content reaches
// the model, and what is wrong with them is found before anything runs, at its place.
#include <doctest/doctest.h>

#include "changelog-formats/change_files.h"
#include "changelog-formats/file_system.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

ReadResult read(const std::string& changes, const MemoryFileSystem& fs, const std::string& path = "db/changelog.yaml") {
  const std::string text = "databaseChangeLog:\n- changeSet:\n    id: '1'\n    author: a\n    changes:\n" + changes;
  ReadOptions options;
  options.properties.emplace("who", "reader");
  return read_yaml_string(text, path, options, fs);
}

std::string messages(const ReadResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics.items())
    out += to_string(d.where) + ": " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("a load's file is read relative to the working folder, or to the changelog's folder when asked") {
  MemoryFileSystem fs;
  fs.add("data/t.csv", "id,name\n1,a\n");
  fs.add("db/t.csv", "id\n9\n");
  ReadResult plain = read("    - loadData: {tableName: t, file: data/t.csv}\n", fs);
  REQUIRE(plain.ok());
  const auto& load = std::get<model::LoadData>(plain.changelog.change_sets.at(0).changes.at(0));
  CHECK(load.content.path == "data/t.csv");
  CHECK(load.content.bytes == "id,name\n1,a\n");
  CHECK(load.content.folder == "db");
  ReadResult relative = read("    - loadData: {tableName: t, file: t.csv, relativeToChangelogFile: true}\n", fs);
  REQUIRE(relative.ok());
  CHECK(std::get<model::LoadData>(relative.changelog.change_sets.at(0).changes.at(0)).content.text == "id\n9\n");
}

TEST_CASE("a missing file, a malformed CSV and an unknown encoding are errors while reading") {
  MemoryFileSystem fs;
  fs.add("short.csv", "id,name\n1,a\n2\n");
  fs.add("open.csv", "id,name\n1,\"never closed\n2,b\n");
  ReadResult r = read("    - loadData: {tableName: t, file: none.csv}\n"
                      "    - loadData: {tableName: t, file: short.csv}\n"
                      "    - loadUpdateData: {tableName: t, file: open.csv, primaryKey: id}\n"
                      "    - sqlFile: {path: short.csv, encoding: EBCDIC}\n",
                      fs);
  // The changelog's problems first, then the data files' (by line), as all problems are sorted.
  CHECK(messages(r) ==
        "db/changelog.yaml:6:7: loadData: the file 'none.csv' does not exist\n"
        "db/changelog.yaml:9:7: sqlFile: unknown encoding 'EBCDIC'\n"
        "open.csv:2:1: unterminated quoted field: a quote opened on this line is not closed before the end of its "
        "cell (loaded by loadUpdateData at db/changelog.yaml:8:7)\n"
        "short.csv:3:1: this row has 1 values and the header 2 (an unquoted value with the separator in it?) "
        "(loaded by loadData at db/changelog.yaml:7:7)\n");
}

TEST_CASE("a sqlFile keeps its text as written for the checksum and runs it with properties substituted") {
  MemoryFileSystem fs;
  fs.add("grants.sql", "\xEF\xBB\xBFgrant select on t to ${who};\n");
  ReadResult r = read("    - sqlFile: {path: grants.sql}\n", fs);
  REQUIRE(r.ok());
  const auto& file = std::get<model::SqlFile>(r.changelog.change_sets.at(0).changes.at(0));
  CHECK(file.content.text == "grant select on t to ${who};\n");  // the BOM dropped
  CHECK(file.expanded == "grant select on t to reader;\n");
}

TEST_CASE("decoding follows the file's encoding, and gzip data is unpacked") {
  CHECK(decode("caf\xE9", std::string("ISO-8859-1")) == "caf\xC3\xA9");
  CHECK(decode("caf\xE9", std::nullopt) == "caf\xEF\xBF\xBD");  // not UTF-8: U+FFFD, as Java decodes it
  CHECK(decode("\x80", std::string("windows-1252")) == "\xE2\x82\xAC");
  CHECK(!decode("x", std::string("EBCDIC")));
  // "id\n1\n" compressed by gzip -n.
  const std::string gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x4c\xe1\x32\xe4\x02\x00\x0f\xe9\x5b\xcd\x05\x00\x00\x00", 25);
  CHECK(gunzip(gz) == "id\n1\n");
  CHECK(!gunzip("not gzip"));
}

TEST_CASE("createView and createProcedure take their SQL inline or from a file, never both or neither") {
  MemoryFileSystem fs;
  fs.add("db/v.sql", "SELECT id FROM t WHERE owner = '${who}';\n");
  fs.add("p.sql", "CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;\n");
  ReadResult r = read("    - createView: {viewName: v, path: v.sql, relativeToChangelogFile: true}\n"
                      "    - createProcedure: {path: p.sql}\n",
                      fs);
  REQUIRE(r.ok());
  const auto& view = std::get<model::CreateView>(r.changelog.change_sets.at(0).changes.at(0));
  CHECK(view.content.path == "db/v.sql");
  CHECK(view.expanded == "SELECT id FROM t WHERE owner = 'reader';\n");
  CHECK(view.hashed == view.expanded);
  CHECK(std::get<model::CreateProcedure>(r.changelog.change_sets.at(0).changes.at(1)).expanded ==
        "CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;\n");

  ReadResult bad = read("    - createView: {viewName: v}\n"
                        "    - createView: {viewName: w, path: p.sql, selectQuery: select 1}\n"
                        "    - createView: {viewName: x, path: none.sql}\n"
                        "    - createProcedure: {procedureName: p}\n",
                        fs);
  CHECK(messages(bad) ==
        "db/changelog.yaml:6:7: createView: neither 'path' nor a view query is given\n"
        "db/changelog.yaml:7:7: createView: both 'path' and a view query are given\n"
        "db/changelog.yaml:8:7: createView: the file 'none.sql' does not exist\n"
        "db/changelog.yaml:9:7: createProcedure: neither 'path' nor a procedure text is given\n");
}

TEST_CASE("createProcedure's deprecated procedureBody is its procedureText") {
  MemoryFileSystem fs;
  ReadResult body = read("    - createProcedure: {procedureBody: 'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$'}\n", fs);
  ReadResult text = read("    - createProcedure: {procedureText: 'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$'}\n", fs);
  REQUIRE(body.ok());
  REQUIRE(text.ok());
  CHECK(body.changelog.change_sets.at(0).changes == text.changelog.change_sets.at(0).changes);
}

}  // namespace basalt::formats
