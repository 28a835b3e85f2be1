// PostgreSQL 15's own parser (libpg_query) applied to raw SQL.
#include "engine/sqlparse/sqlparse.h"

#include <pg_query.h>

namespace basalt::sqlparse {
namespace {

// libpg_query reads a NUL-terminated string and counts in bytes.
Result from(const PgQuerySplitResult& r, std::size_t size) {
  Result out;
  if (r.error != nullptr) {
    out.failed = true;
    out.error.message = r.error->message != nullptr ? r.error->message : "syntax error";
    out.error.offset = r.error->cursorpos > 0 ? static_cast<std::size_t>(r.error->cursorpos - 1) : 0;
    return out;
  }
  out.statements.reserve(static_cast<std::size_t>(r.n_stmts));
  for (int i = 0; i < r.n_stmts; ++i) {
    const auto offset = static_cast<std::size_t>(r.stmts[i]->stmt_location);
    // The parser gives the last statement length 0: it runs to the end of the text.
    const auto length = r.stmts[i]->stmt_len > 0 ? static_cast<std::size_t>(r.stmts[i]->stmt_len) : size - offset;
    out.statements.push_back({offset, length});
  }
  return out;
}

Result run(PgQuerySplitResult (*splitter)(const char*), std::string_view sql) {
  const std::string text(sql);
  PgQuerySplitResult r = splitter(text.c_str());
  Result out = from(r, text.size());
  pg_query_free_split_result(r);
  return out;
}

}  // namespace

Result split(std::string_view sql) { return run(pg_query_split_with_scanner, sql); }

Result parse(std::string_view sql) { return run(pg_query_split_with_parser, sql); }

}  // namespace basalt::sqlparse
