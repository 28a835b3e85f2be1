// Changelog properties and ${name} substitution.
#include "changelog-formats/properties.h"

#include <algorithm>

#include "engine/core/text.h"
#include "engine/model/expression.h"

namespace basalt::formats {

void PropertyTable::define(std::string name, std::string value, bool global, std::string file, const Scope& scope) {
  // Liquibase keeps every definition with its scope and asks the scope at each lookup; the run's
  // contexts, labels and database never change while reading, so the scope is settled here.
  if (!admits(scope)) return;
  entries_.push_back({std::move(name), std::move(value), std::move(file), global});
}

bool PropertyTable::admits(const Scope& scope) const {
  if (scope.context && !model::expression_matches(*scope.context, contexts_)) return false;
  if (scope.labels && labels_ && !model::expression_matches(*labels_, text::split_list(*scope.labels)))
    return false;
  return !scope.dbms || model::dbms_admits_postgresql(*scope.dbms, model::DbmsCase::as_written);
}

const std::string* PropertyTable::find(std::string_view name, std::string_view file, std::size_t visible) const {
  for (const auto& [key, value] : command_line_)
    if (text::iequals(key, name)) return &value;
  const std::size_t n = std::min(visible, entries_.size());
  for (std::size_t i = 0; i < n; ++i)
    if (entries_[i].global && text::iequals(entries_[i].name, name)) return &entries_[i].value;
  for (std::size_t i = n; i-- > 0;)
    if (!entries_[i].global && entries_[i].file == file && text::iequals(entries_[i].name, name))
      return &entries_[i].value;
  return nullptr;
}

std::optional<std::string> PropertyTable::expand(std::string_view text, std::string_view file,
                                                 std::size_t visible) const {
  if (text.find("${") == std::string_view::npos) return std::string(text);
  std::string out;
  std::vector<std::string_view> active;
  if (!expand_into(text, file, visible, active, out)) return std::nullopt;
  return out;
}

bool PropertyTable::expand_into(std::string_view text, std::string_view file, std::size_t visible,
                                std::vector<std::string_view>& active, std::string& out) const {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t open = text.find("${", pos);
    std::size_t close = open == std::string_view::npos ? open : text.find('}', open + 2);
    if (close == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, open - pos));
    std::string_view name = text.substr(open + 2, close - open - 2);
    const std::string* value = find(name, file, visible);
    bool cyclic = std::find(active.begin(), active.end(), name) != active.end();
    if (value == nullptr || cyclic) {
      if (value == nullptr && std::none_of(undefined_.begin(), undefined_.end(),
                                           [&](const std::string& u) { return text::iequals(u, name); }))
        undefined_.emplace_back(name);
      out.append(text.substr(open, close + 1 - open));
    } else {
      active.push_back(name);
      bool ok = expand_into(*value, file, visible, active, out);
      active.pop_back();
      if (!ok) return false;
    }
    if (out.size() > kMaxSubstitutedLength) return false;
    pos = close + 1;
  }
  return out.size() <= kMaxSubstitutedLength;
}

}  // namespace basalt::formats
