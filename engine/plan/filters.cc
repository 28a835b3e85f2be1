// Context, label and dbms filtering of change-sets.
#include "engine/plan/filters.h"

#include <cctype>

#include "engine/core/text.h"

namespace basalt::plan {
namespace {

// A tiny recursive-descent evaluator: or := and (("," | "or") and)*; and := unary ("and" unary)*;
// unary := ("!" | "not") unary | "(" or ")" | name.
class Evaluator {
 public:
  Evaluator(std::string_view s, const std::vector<std::string>& active) : s_(s), active_(active) {}

  bool parse_or() {
    bool v = parse_and();
    for (;;) {
      skip_space();
      if (peek() == ',') {
        ++pos_;
      } else if (keyword("or")) {
      } else {
        return v;
      }
      bool rhs = parse_and();
      v = v || rhs;
    }
  }

 private:
  bool parse_and() {
    bool v = parse_unary();
    while (keyword("and")) {
      bool rhs = parse_unary();
      v = v && rhs;
    }
    return v;
  }

  bool parse_unary() {
    skip_space();
    if (peek() == '!') {
      ++pos_;
      return !parse_unary();
    }
    if (keyword("not")) return !parse_unary();
    if (peek() == '(') {
      ++pos_;
      bool v = parse_or();
      skip_space();
      if (peek() == ')') ++pos_;
      return v;
    }
    std::size_t start = pos_;
    while (pos_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[pos_])) && s_[pos_] != ',' &&
           s_[pos_] != '(' && s_[pos_] != ')')
      ++pos_;
    std::string_view name = s_.substr(start, pos_ - start);
    if (name.empty()) {
      if (pos_ < s_.size()) ++pos_;  // skip a stray character rather than loop forever
      return true;
    }
    for (const std::string& a : active_)
      if (text::iequals(a, name)) return true;
    return false;
  }

  bool keyword(std::string_view word) {
    skip_space();
    if (s_.size() - pos_ < word.size() + 1 || !text::iequals(s_.substr(pos_, word.size()), word)) return false;
    char after = s_[pos_ + word.size()];
    if (!std::isspace(static_cast<unsigned char>(after)) && after != '(' && after != '!') return false;
    pos_ += word.size();
    return true;
  }

  void skip_space() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

  std::string_view s_;
  const std::vector<std::string>& active_;
  std::size_t pos_ = 0;
};

}  // namespace

bool matches_expression(std::string_view expression, const std::vector<std::string>& active) {
  if (text::trim(expression).empty()) return true;
  return Evaluator(expression, active).parse_or();
}

bool dbms_admits_postgresql(std::string_view dbms) {
  std::vector<std::string> names = text::split_list(dbms);
  if (names.empty()) return true;
  bool any_positive = false;
  for (const std::string& n : names) {
    if (n[0] == '!') {
      if (text::iequals(std::string_view(n).substr(1), "postgresql")) return false;
      continue;
    }
    any_positive = true;
    if (text::iequals(n, "postgresql") || text::iequals(n, "all")) return true;
  }
  return !any_positive;
}

std::optional<std::string> excluded_by(const model::ChangeSet& cs, const Filters& filters) {
  if (cs.ignore) return "ignored";
  if (cs.dbms && !dbms_admits_postgresql(*cs.dbms)) return "DBMS mismatch";
  if (!filters.contexts.empty() && cs.contexts && !matches_expression(*cs.contexts, filters.contexts))
    return "context mismatch";
  if (filters.labels && !text::trim(*filters.labels).empty()) {
    std::vector<std::string> labels = cs.labels ? text::split_list(*cs.labels) : std::vector<std::string>{};
    if (!matches_expression(*filters.labels, labels)) return "label mismatch";
  }
  return std::nullopt;
}

}  // namespace basalt::plan
