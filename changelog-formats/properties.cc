// Changelog properties and ${name} substitution.
#include "changelog-formats/properties.h"

#include <algorithm>

#include "engine/core/text.h"

namespace basalt::formats {

void PropertyTable::define(std::string name, std::string value, bool global, std::string file) {
  entries_.push_back({std::move(name), std::move(value), std::move(file), global});
}

const std::string* PropertyTable::find(std::string_view name, std::string_view file) const {
  auto cli = command_line_.find(std::string(name));
  if (cli != command_line_.end()) return &cli->second;
  for (const Entry& e : entries_)
    if (e.name == name && (e.global || e.file == file)) return &e.value;
  return nullptr;
}

std::optional<std::string> PropertyTable::expand(std::string_view text, std::string_view file) const {
  if (text.find("${") == std::string_view::npos) return std::string(text);
  std::string out;
  std::vector<std::string_view> active;
  if (!expand_into(text, file, active, out)) return std::nullopt;
  return out;
}

bool PropertyTable::expand_into(std::string_view text, std::string_view file,
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
    const std::string* value = find(name, file);
    bool cyclic = std::find(active.begin(), active.end(), name) != active.end();
    if (value == nullptr || cyclic) {
      out.append(text.substr(open, close + 1 - open));
    } else {
      active.push_back(name);
      bool ok = expand_into(*value, file, active, out);
      active.pop_back();
      if (!ok) return false;
    }
    if (out.size() > kMaxSubstitutedLength) return false;
    pos = close + 1;
  }
  return out.size() <= kMaxSubstitutedLength;
}

bool dbms_includes_postgresql(std::string_view dbms) {
  std::vector<std::string> names = text::split_list(text::lower(dbms));
  if (names.empty()) return true;
  bool any_positive = false, positive_match = false;
  for (const std::string& n : names) {
    if (n == "none") return false;
    if (n == "all") return true;
    if (n == "!postgresql") return false;
    if (n.front() != '!') {
      any_positive = true;
      if (n == "postgresql") positive_match = true;
    }
  }
  return !any_positive || positive_match;
}

}  // namespace basalt::formats
