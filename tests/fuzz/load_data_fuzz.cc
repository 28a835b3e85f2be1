// libFuzzer target: any bytes as loadData's CSV file (and as a .gz one) give diagnostics, or a
// model whose checksum and SQL can be computed, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "engine/checksum/checksum.h"
#include "engine/sql/generate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  basalt::formats::MemoryFileSystem fs;
  fs.add("data.csv", bytes);
  fs.add("data.csv.gz", bytes);
  fs.add("lob.txt", "clob content");
  const std::string changelog =
      "databaseChangeLog:\n"
      "- changeSet:\n    id: '1'\n    author: a\n    changes:\n"
      "    - loadData: {tableName: t, file: data.csv, columns: [{column: {name: b, type: BOOLEAN}},"
      " {column: {index: 1, type: DATE}}, {column: {header: c, type: CLOB}}]}\n"
      "- changeSet:\n    id: '2'\n    author: a\n    changes:\n"
      "    - loadUpdateData: {tableName: t, file: data.csv, primaryKey: 'id, b', separator: ';',"
      " commentLineStartsWith: '--', quotchar: ''}\n"
      "- changeSet:\n    id: '3'\n    author: a\n    changes:\n"
      "    - loadData: {tableName: t, file: data.csv.gz, encoding: ISO-8859-1}\n"
      "- changeSet:\n    id: '4'\n    author: a\n    changes:\n"
      "    - sqlFile: {path: data.csv, encoding: windows-1252}\n";
  basalt::formats::ReadResult r = basalt::formats::read_yaml_string(changelog, "changelog.yaml", {}, fs);
  basalt::sql::Target target;
  target.read_file = [&fs](const std::string& path) { return fs.read(path); };
  for (const basalt::model::ChangeSet& cs : r.changelog.change_sets) {
    basalt::checksum::checksum(cs);
    for (const basalt::model::Change& change : cs.changes) {
      try {
        basalt::sql::generate(change, target);
      } catch (const basalt::sql::InvalidChange&) {
        // refused, as validation would refuse it
      }
    }
  }
  return 0;
}
