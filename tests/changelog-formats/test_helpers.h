// Helpers shared by the changelog reader tests: reading from strings and rendering what was found.
#pragma once

#include <stdexcept>
#include <string>
#include <variant>

#include "changelog-formats/reader.h"
#include "engine/core/diagnostics.h"

namespace basalt::formats::testing {

/// Every diagnostic rendered with its source line taken from `text` (the file may not exist on disk).
inline std::string rendered(const Diagnostics& ds, const std::string& text) {
  std::string out;
  for (const Diagnostic& d : ds.items()) out += render(d, line_of(text, d.where.line));
  return out;
}

/// Errors and warnings of reading `text` as the YAML changelog "changelog.yaml", in reading order.
inline std::string problems(const std::string& text, const ReadOptions& options = {}) {
  ReadResult r = read_yaml_string(text, "changelog.yaml", options);
  return rendered(r.diagnostics, text);
}

/// The one change-set of a changelog that must read without any problem.
inline model::ChangeSet only_change_set(const std::string& text, const ReadOptions& options = {}) {
  ReadResult r = read_yaml_string(text, "changelog.yaml", options);
  std::string found = rendered(r.diagnostics, text);
  if (!found.empty() || r.changelog.change_sets.size() != 1) throw std::runtime_error("unexpected: " + found);
  return r.changelog.change_sets.front();
}

/// The change at `index` of a change-set, as type T (throws std::bad_variant_access otherwise).
template <class T>
const T& change(const model::ChangeSet& cs, std::size_t index = 0) {
  return std::get<T>(cs.changes.at(index));
}

}  // namespace basalt::formats::testing
