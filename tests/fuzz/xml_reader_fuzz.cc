// libFuzzer target: any bytes read as an XML changelog give diagnostics or a model, never a crash, a
// hang or unbounded memory. The input may include the other formats, and they it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  basalt::formats::MemoryFileSystem fs;
  fs.add("fuzz.xml", text);
  fs.add("other.sql", "--liquibase formatted sql\n--changeset a:1\nselect 1;\n");
  fs.add("other.yaml", "databaseChangeLog:\n- include: {file: fuzz.xml}\n");
  basalt::formats::ReadOptions options;
  options.properties = {{"p", "value"}};
  options.contexts = {"dev"};
  basalt::formats::read_string(text, "fuzz.xml", options, fs);
  return 0;
}
