// libFuzzer target: any bytes read as a formatted SQL changelog give diagnostics or a model, never a
// crash, a hang or unbounded memory. The input also lives in a folder that a YAML master includes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  basalt::formats::MemoryFileSystem fs;
  fs.add("fuzz.sql", text);
  fs.add("other.sql", "--liquibase formatted sql\n--changeset a:1\nselect 1;\n");
  basalt::formats::ReadOptions options;
  options.properties = {{"p", "value"}};
  basalt::formats::read_string(text, "fuzz.sql", options, fs);
  return 0;
}
