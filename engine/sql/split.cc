// A small lexer over SQL text: enough to know where quotes, comments and dollar quotes are.
#include "engine/sql/split.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "engine/core/text.h"

namespace basalt::sql {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

bool is_tag_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

// The dollar-quote opener at `i` ("$$" or "$tag$"), or empty when there is none.
std::string_view dollar_tag_at(std::string_view s, std::size_t i) {
  if (s[i] != '$') return {};
  // "$1" is a parameter, and a tag cannot follow an identifier character ("a$b$").
  if (i > 0 && is_tag_char(s[i - 1])) return {};
  std::size_t j = i + 1;
  if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) != 0) return {};
  while (j < s.size() && is_tag_char(s[j])) ++j;
  if (j < s.size() && s[j] == '$') return s.substr(i, j - i + 1);
  return {};
}

// What the scanner is looking at.
enum class Token { code, quoted, comment };

// Calls `on(i, len, token)` for consecutive pieces of the text. Without `dollar_quotes`, `$$` and
// `$tag$` are code (an endDelimiter made of dollars is cut where it stands, as in Liquibase).
template <class F>
void scan(std::string_view s, F&& on, bool dollar_quotes = true) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    std::size_t end = i + 1;
    Token token = Token::code;
    if (c == '\'' || c == '"') {
      token = Token::quoted;
      // E'...' strings take backslash escapes: E'it\'s' is one string.
      const bool escapes = c == '\'' && i > 0 && (s[i - 1] == 'E' || s[i - 1] == 'e') && (i < 2 || !is_tag_char(s[i - 2]));
      while (end < s.size()) {
        if (escapes && s[end] == '\\') {
          end += 2;
          continue;
        }
        if (s[end] == c) {
          if (end + 1 < s.size() && s[end + 1] == c) {
            end += 2;
            continue;
          }
          ++end;
          break;
        }
        ++end;
      }
    } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
      token = Token::comment;
      end = s.find('\n', i);
      end = end == std::string_view::npos ? s.size() : end;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      token = Token::comment;
      int depth = 1;  // PostgreSQL nests block comments
      end = i + 2;
      while (end < s.size() && depth > 0) {
        if (s.compare(end, 2, "/*") == 0) {
          ++depth;
          end += 2;
        } else if (s.compare(end, 2, "*/") == 0) {
          --depth;
          end += 2;
        } else {
          ++end;
        }
      }
    } else if (const std::string_view tag = dollar_quotes ? dollar_tag_at(s, i) : std::string_view(); !tag.empty()) {
      token = Token::quoted;
      const std::size_t close = s.find(tag, i + tag.size());
      end = close == std::string_view::npos ? s.size() : close + tag.size();
    }
    on(i, end - i, token);
    i = end;
  }
}

// True when the line that `i` starts (ending at `eol`) begins with `word`, in any case, unindented,
// and holds nothing more but spaces and ';'. Liquibase cuts at such a word wherever a line starts
// with it, even when more follows on the line; basalt does not cut there, where it is PostgreSQL's
// own (a column named go, a division), which Liquibase breaks (goldens go-at-line-start,
// division-at-line-start).
bool delimiter_line(std::string_view s, std::size_t i, std::size_t eol, std::string_view word) {
  if ((i != 0 && s[i - 1] != '\n') || eol - i < word.size() || !text::iequals(s.substr(i, word.size()), word)) return false;
  for (std::size_t j = i + word.size(); j < eol; ++j)
    if (!is_space(s[j]) && s[j] != ';') return false;
  return true;
}

// The endDelimiter Liquibase gives the last change-set of a formatted SQL file when its text ends
// with a line holding only '/' (a regular expression to Liquibase).
constexpr std::string_view kLastSlash = "\n/$";

void push_statement(std::vector<std::string>& out, std::string_view piece) {
  const std::string_view trimmed = text::trim(piece);
  if (!is_blank_sql(trimmed)) out.emplace_back(trimmed);
}

// Characters that make an endDelimiter a regular expression to Liquibase (a '$' alone does not:
// "$$" is cut where it stands).
bool has_regex_syntax(std::string_view delimiter) {
  return delimiter != kLastSlash && delimiter.find_first_of("\\|[](){}*+?^") != std::string_view::npos;
}

std::regex compiled(std::string_view delimiter) {
  return std::regex(std::string(delimiter), std::regex::ECMAScript | std::regex::icase);
}

}  // namespace

std::optional<std::string> end_delimiter_problem(std::string_view delimiter) {
  if (!has_regex_syntax(delimiter)) return std::nullopt;
  try {
    const std::regex pattern = compiled(delimiter);
    if (std::regex_match("", pattern)) return "it matches empty text, so it would cut everywhere";
  } catch (const std::regex_error& e) {
    return std::string("it is not a valid regular expression: ") + e.what();
  }
  return std::nullopt;
}

std::string strip_sql_comments(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  scan(text, [&](std::size_t i, std::size_t n, Token t) {
    if (t != Token::comment) out.append(text.substr(i, n));
  });
  return out;
}

bool is_blank_sql(std::string_view text) {
  bool blank = true;
  scan(text, [&](std::size_t i, std::size_t n, Token t) {
    if (t == Token::comment) return;
    for (char c : text.substr(i, n)) blank = blank && is_space(c);
  });
  return blank;
}

std::string script_terminator(std::string_view end_delimiter) {
  std::string d(end_delimiter);
  // Java's replaceFirst("\\$$", ""): a '$' at the end, or just before a final line break.
  for (std::string_view end : {"$", "$\n", "$\r\n", "$\r"}) {
    if (d.ends_with(end)) {
      d.erase(d.size() - end.size(), 1);
      break;
    }
  }
  auto replaced = [](std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
  };
  const std::string checked = replaced(d, "\\r", "\r");  // Liquibase checks it with "\r" written out as a CR
  const bool printable = !checked.empty() && std::all_of(checked.begin(), checked.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == ';' || c == '/' || c == '@' || c == '-' ||
           c == '\r' || c == '\n';
  });
  if (!printable) return ";";
  return replaced(replaced(d, "\\n", "\n"), "\\r", "\r");
}

std::vector<std::string> split_sql(std::string_view input, const SplitOptions& options) {
  const std::string stripped = options.strip_comments ? strip_sql_comments(input) : std::string(input);
  const std::string_view s = stripped;
  std::vector<std::string> out;
  const std::string& delimiter = options.end_delimiter;
  if (!options.split_statements) {
    // The whole text, without its endDelimiter at the end (Liquibase drops it: goldens
    // split-false-end-delimiter; a final ';' stays, as in Liquibase's update-sql).
    std::string_view whole = text::trim(s);
    const std::string_view last = delimiter == kLastSlash ? std::string_view("\n/") : std::string_view(delimiter);
    if (!last.empty() && last != ";" && whole.ends_with(last)) whole.remove_suffix(last.size());
    push_statement(out, whole);
    return out;
  }
  const bool default_delimiter = delimiter.empty() || delimiter == ";";
  // "/" ends a statement only on a line of its own (without an endDelimiter, "GO" too); a word
  // ("GO", "xx") wherever it stands as a word, in any case (measured:
  // tests/golden/liquibase/formatted-sql, splitting).
  const bool line_delimiter = delimiter == "/" || delimiter == kLastSlash;
  auto word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0 || ch == '_'; };
  const bool word_delimiter =
      !delimiter.empty() && std::all_of(delimiter.begin(), delimiter.end(), word_char);

  // A regular expression cuts where it matches text that is all code (outside quotes, dollar quotes
  // and comments), the match removed: what its author means. Liquibase matches it against one or
  // two of its tokens at a time, which cuts `/ 5` at a line start and leaves the first '@' of `@@|!!`
  // in the statement (README of the goldens, section 6).
  const bool regex_delimiter = has_regex_syntax(delimiter);
  std::optional<std::regex> pattern;
  std::vector<bool> code;  // per byte: outside quotes and comments
  if (regex_delimiter) {
    if (end_delimiter_problem(delimiter)) throw std::invalid_argument("endDelimiter " + delimiter + " is refused by validation");
    pattern = compiled(delimiter);
    code.assign(s.size(), false);
    scan(s, [&](std::size_t i, std::size_t n, Token t) {
      if (t == Token::code) std::fill_n(code.begin() + static_cast<std::ptrdiff_t>(i), n, true);
    });
  }

  std::size_t start = 0;
  const bool dollar_quotes = delimiter == kLastSlash || regex_delimiter || delimiter.find('$') == std::string::npos;
  // Inside a BEGIN ATOMIC body (a SQL-standard function body) ';' ends its statements, not the
  // CREATE: the body runs to its END, CASE ... END nesting inside it.
  int atomic_depth = 0;
  auto word_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && word_char(s[j])) ++j;
    return s.substr(i, j - i);
  };
  scan(s, [&](std::size_t i, std::size_t /*n*/, Token t) {
    if (t != Token::code || i < start) return;  // inside a delimiter already consumed
    const char c = s[i];
    if (word_char(c) && (i == 0 || !word_char(s[i - 1]))) {
      const std::string_view word = word_at(i);
      if (text::iequals(word, "begin")) {
        std::size_t next = i + word.size();
        while (next < s.size() && is_space(s[next])) ++next;
        if (text::iequals(word_at(next), "atomic")) ++atomic_depth;
      } else if (atomic_depth > 0 && text::iequals(word, "case")) {
        ++atomic_depth;
      } else if (atomic_depth > 0 && text::iequals(word, "end")) {
        --atomic_depth;
      }
    }
    if (atomic_depth > 0) return;
    if (regex_delimiter) {
      std::match_results<std::string_view::const_iterator> m;
      if (std::regex_search(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), m, *pattern,
                            std::regex_constants::match_continuous) &&
          m.length(0) > 0) {
        const std::size_t after = i + static_cast<std::size_t>(m.length(0));
        if (std::all_of(code.begin() + static_cast<std::ptrdiff_t>(i), code.begin() + static_cast<std::ptrdiff_t>(after),
                        [](bool b) { return b; })) {
          push_statement(out, s.substr(start, i - start));
          start = after;
        }
      }
      return;
    }
    if (delimiter.empty() || delimiter == ";") {
      if (c == ';') {
        push_statement(out, s.substr(start, i - start));
        start = i + 1;
        return;
      }
    } else if (word_delimiter) {
      const std::size_t after = i + delimiter.size();
      if (after <= s.size() && text::iequals(s.substr(i, delimiter.size()), delimiter) &&
          (i == 0 || !word_char(s[i - 1])) && (after == s.size() || !word_char(s[after]))) {
        push_statement(out, s.substr(start, i - start));
        start = after;
      }
      return;
    } else if (!line_delimiter && s.compare(i, delimiter.size(), delimiter) == 0) {
      // Multi-character delimiters are matched at the first of their characters.
      push_statement(out, s.substr(start, i - start));
      start = i + delimiter.size();
      return;
    }
    if (!default_delimiter && !line_delimiter) return;
    // A line starting with "/" (and without an endDelimiter, with "GO"), as in Liquibase.
    if (i != 0 && s[i - 1] != '\n') return;
    std::size_t eol = s.find('\n', i);
    if (eol == std::string_view::npos) eol = s.size();
    if (delimiter_line(s, i, eol, "/") || (default_delimiter && delimiter_line(s, i, eol, "GO"))) {
      push_statement(out, s.substr(start, i - start));
      start = eol;
    }
  }, dollar_quotes);
  if (start < s.size()) push_statement(out, s.substr(start));
  if (delimiter == kLastSlash) {
    // Each piece without its final ';', as Liquibase sends and prints the last change-set
    // (goldens slash-last-change-set, slash-end-variants).
    for (std::string& statement : out)
      if (statement.ends_with(';')) statement = std::string(text::trim(std::string_view(statement).substr(0, statement.size() - 1)));
    std::erase_if(out, [](const std::string& statement) { return is_blank_sql(statement); });
  }
  return out;
}

}  // namespace basalt::sql
