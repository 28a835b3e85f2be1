// Test helper: the change-set of a one-change-set YAML changelog, read by the real reader.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "changelog-formats/reader.h"

namespace basalt::testing {

/// Reads `body` (the lines under `- changeSet:`, indented by 6 spaces) as change-set 1 of a YAML
/// changelog "changelog.yaml"; fails the test on any reader problem.
inline model::ChangeSet change_set_of(const std::string& body) {
  std::string text = "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: t\n";
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    text += "      " + body.substr(start, end - start) + "\n";
    start = end + 1;
  }
  const formats::ReadResult r = formats::read_yaml_string(text, "changelog.yaml");
  REQUIRE_MESSAGE(r.ok(), render(r.diagnostics));
  REQUIRE(r.changelog.change_sets.size() == 1);
  return r.changelog.change_sets[0];
}

/// The changes of `changes_yaml`, a YAML list of changes.
inline std::vector<model::Change> changes_of(const std::string& changes_yaml) {
  std::string body = "changes:\n";
  std::size_t start = 0;
  while (start < changes_yaml.size()) {
    std::size_t end = changes_yaml.find('\n', start);
    if (end == std::string::npos) end = changes_yaml.size();
    body += "  " + changes_yaml.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return change_set_of(body).changes;
}

}  // namespace basalt::testing
