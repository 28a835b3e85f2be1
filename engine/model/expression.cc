// Context/label expressions and dbms lists, evaluated as Liquibase 4.28 evaluates them.
#include "engine/model/expression.h"

#include <algorithm>

#include "engine/core/text.h"

namespace basalt::model {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Splits on `word` surrounded by whitespace on both sides ("a or b"), as Java's split("\\s+or\\s+").
std::vector<std::string> split_on_word(const std::string& s, std::string_view word) {
  std::vector<std::string> parts;
  std::size_t start = 0, i = 0;
  while (i < s.size()) {
    if (!is_space(s[i])) {
      ++i;
      continue;
    }
    std::size_t ws_end = i;
    while (ws_end < s.size() && is_space(s[ws_end])) ++ws_end;
    if (s.compare(ws_end, word.size(), word) == 0) {
      std::size_t after = ws_end + word.size();
      std::size_t next = after;
      while (next < s.size() && is_space(s[next])) ++next;
      if (next > after && next < s.size()) {
        parts.push_back(s.substr(start, i - start));
        start = i = next;
        continue;
      }
    }
    i = ws_end;
  }
  parts.push_back(s.substr(start));
  return parts;
}

// "a , b" → "a or b", as Liquibase rewrites every comma.
std::string commas_to_or(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ',') {
      out += s[i];
      continue;
    }
    while (!out.empty() && is_space(out.back())) out.pop_back();
    out += " or ";
    while (i + 1 < s.size() && is_space(s[i + 1])) ++i;
  }
  return out;
}

bool matches(std::string expression, const std::vector<std::string>& active) {
  expression = std::string(text::trim(expression));
  if (expression == ":true") return true;
  if (expression == ":false") return false;
  // Innermost parentheses first, each replaced by its value.
  for (;;) {
    std::size_t close = expression.find(')');
    std::size_t open = close == std::string::npos ? std::string::npos : expression.rfind('(', close);
    if (open == std::string::npos) break;
    if (close == open + 1) return false;  // "()": Liquibase cannot parse it either
    bool inner = matches(expression.substr(open + 1, close - open - 1), active);
    expression = expression.substr(0, open) + " " + (inner ? ":true" : ":false") + " " + expression.substr(close + 1);
  }
  if (expression.find('(') != std::string::npos) return false;  // unbalanced: Liquibase refuses it
  expression = commas_to_or(expression);
  std::vector<std::string> any = split_on_word(expression, "or");
  if (any.size() > 1) return std::any_of(any.begin(), any.end(), [&](const std::string& e) { return matches(e, active); });
  std::vector<std::string> all = split_on_word(expression, "and");
  if (all.size() > 1) return std::all_of(all.begin(), all.end(), [&](const std::string& e) { return matches(e, active); });

  std::string term(text::trim(expression));
  bool negated = false, required = false;
  auto strip = [&](std::size_t n) { term = std::string(text::trim(std::string_view(term).substr(n))); };
  if (!term.empty() && term[0] == '!') {
    negated = true;
    strip(1);
  } else if (term.starts_with("not ")) {
    negated = true;
    strip(4);
  } else if (!term.empty() && term[0] == '@') {
    std::string rest(text::trim(std::string_view(term).substr(1)));
    if (rest.starts_with("!") || rest.starts_with("not ")) {
      negated = true;
      term = "@" + std::string(text::trim(std::string_view(rest).substr(rest[0] == '!' ? 1 : 4)));
    }
  }
  if (!term.empty() && term[0] == '@') {
    required = true;
    strip(1);
  }
  if (!required && active.empty()) return true;
  if (term == ":true") return !negated;
  if (term == ":false") return negated;
  for (const std::string& a : active)
    if (text::iequals(a, term)) return !negated;
  return negated;
}

}  // namespace

bool expression_matches(std::string_view expression, const std::vector<std::string>& active) {
  // Liquibase lower-cases context and label expressions when it reads them, operators included.
  std::string e = text::lower(expression);
  if (text::trim(e).empty()) return true;
  return matches(std::move(e), active);
}

bool dbms_admits_postgresql(std::string_view dbms, DbmsCase mode) {
  std::string list = mode == DbmsCase::folded ? text::lower(dbms) : std::string(dbms);
  std::vector<std::string> names = text::split_list(list);
  if (names.empty()) return true;
  auto has = [&](std::string_view n) { return std::find(names.begin(), names.end(), n) != names.end(); };
  if (has("all")) return true;
  if (has("none")) return false;
  if (has("!postgresql")) return false;
  bool any_positive = false;
  for (const std::string& n : names) {
    if (n.front() == '!') continue;
    any_positive = true;
    if (n == "postgresql") return true;
  }
  return !any_positive;
}

}  // namespace basalt::model
