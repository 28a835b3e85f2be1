// libFuzzer target: any bytes read as a YAML changelog give diagnostics or a model, never a crash,
// a hang or unbounded memory. Includes resolve in memory, so nothing on disk is ever touched.
#include <cstddef>
#include <cstdint>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // The input is also a file beside itself and a folder holds a few more, so include, includeAll,
  // cycles and rollback references across files are all reachable.
  basalt::formats::MemoryFileSystem fs;
  fs.add("fuzz.yaml", text);
  fs.add("parts/a.yaml", "databaseChangeLog:\n- changeSet: {id: a, author: x, changes: [{sql: select 1}]}\n");
  fs.add("parts/b.json", R"({"databaseChangeLog": [{"include": {"file": "fuzz.yaml"}}]})");
  fs.add("parts/c.sql", "--liquibase formatted sql\n");
  basalt::formats::ReadOptions options;
  options.properties = {{"cli", "value"}};
  options.contexts = {"prod"};
  options.labels = "lab1";
  basalt::formats::read_yaml_string(text, "fuzz.yaml", options, fs);
  return 0;
}
