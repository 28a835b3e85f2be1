// libFuzzer target: any text given to PostgreSQL's parser as basalt reads it (engine/sqlparse, and
// engine/safety's classification of its parse tree) and to basalt's own splitter gives statements
// or a refusal, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/safety/safety.h"
#include "engine/sql/split.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;  // libpg_query reads a C string
  basalt::safety::classify_sql(text);
  basalt::sql::split_sql(text, {});
  return 0;
}
