// Splitting the text of a `sql` change into statements.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace basalt::sql {

struct SplitOptions {
  bool split_statements = true;
  bool strip_comments = false;
  std::string end_delimiter;  // empty: ';' at the end of a statement, or a line holding only GO or /
};

/// The statements of a SQL text, trimmed, without their delimiter; comment-only pieces dropped.
/// Quotes ('...', "..."), comments (-- and /* */) and, unlike Liquibase, dollar-quoted bodies
/// ($$...$$, $tag$...$tag$) are respected, so a function body is never cut at its inner ';'.
std::vector<std::string> split_sql(std::string_view text, const SplitOptions& options);

/// What a script prints after each statement of a sql change or sqlFile with this endDelimiter, as
/// Liquibase's update-sql does: the delimiter without a final '$' (a regex's anchor) when it is made
/// only of ';', '/', letters, digits, '_', '@', '-' and line breaks ("\r" written out counts as one);
/// otherwise, and without one, ';' ('#', '$$', '!!', a regex). A statement that already ends with it
/// gets nothing more.
std::string script_terminator(std::string_view end_delimiter);

/// Why an endDelimiter cannot be used: a regular expression (it holds \\ | [ ] ( ) { } * + ? or ^)
/// that does not compile or that matches empty text. nullopt when it is fine.
std::optional<std::string> end_delimiter_problem(std::string_view delimiter);

/// The text without its -- and /* */ comments (quoted text untouched).
std::string strip_sql_comments(std::string_view text);

/// True when the text has nothing but whitespace and comments.
bool is_blank_sql(std::string_view text);

}  // namespace basalt::sql
