// Splitting the text of a `sql` change into statements.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace basalt::sql {

struct SplitOptions {
  bool split_statements = true;
  bool strip_comments = false;
  std::string end_delimiter;  // empty: ';' at the end of a statement, or a line holding only GO
};

/// The statements of a SQL text, trimmed, without their delimiter; comment-only pieces dropped.
/// Quotes ('...', "..."), comments (-- and /* */) and, unlike Liquibase, dollar-quoted bodies
/// ($$...$$, $tag$...$tag$) are respected, so a function body is never cut at its inner ';'.
std::vector<std::string> split_sql(std::string_view text, const SplitOptions& options);

/// The text without its -- and /* */ comments (quoted text untouched).
std::string strip_sql_comments(std::string_view text);

/// True when the text has nothing but whitespace and comments.
bool is_blank_sql(std::string_view text);

}  // namespace basalt::sql
