// PostgreSQL 15's own parser (libpg_query) applied to raw SQL: where its statements begin and end,
// and whether it parses. This module is the only one that sees libpg_query.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace basalt::sqlparse {

/// A statement of a text: its bytes [offset, offset + length), as PostgreSQL's scanner bounds it
/// (leading blanks and comments included, its ';' not).
struct Span {
  std::size_t offset = 0, length = 0;
  bool operator==(const Span&) const = default;
};

/// What PostgreSQL's parser refused, and the byte of the text it stopped at.
struct SyntaxError {
  std::string message;
  std::size_t offset = 0;
};

/// The result of split() or parse(): `error` set when PostgreSQL refused the text.
struct Result {
  std::vector<Span> statements;
  bool failed = false;
  SyntaxError error;
};

/// The statements of `sql` as PostgreSQL's scanner cuts them: at each ';' outside quotes, dollar
/// quotes, comments and identifiers (empty statements are dropped). It does not check the grammar.
Result split(std::string_view sql);

/// `sql` parsed by PostgreSQL 15's grammar: its statements, or the syntax error.
Result parse(std::string_view sql);

}  // namespace basalt::sqlparse
