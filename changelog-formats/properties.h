// Changelog properties and ${name} substitution, with Liquibase's precedence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "changelog-formats/reader.h"

namespace basalt::formats {

/// Substituted values longer than this are refused (nested properties can grow exponentially).
inline constexpr std::size_t kMaxSubstitutedLength = 1 << 20;

/// The properties visible while reading a changelog: the command line's, then the changelog's own.
class PropertyTable {
 public:
  explicit PropertyTable(Properties command_line) : command_line_(std::move(command_line)) {}

  /// Records a `property` entry of `file`. A later definition of a visible name changes nothing:
  /// in Liquibase the first definition wins, and the command line wins over all of them.
  void define(std::string name, std::string value, bool global, std::string file);

  /// The value of `name` as seen from `file` (unexpanded), if defined.
  const std::string* find(std::string_view name, std::string_view file) const;

  /// `text` with every ${name} defined for `file` replaced, property values themselves expanded
  /// (a property that refers to itself stays literal); undefined ${name} stay as written.
  /// nullopt when the result would exceed kMaxSubstitutedLength.
  std::optional<std::string> expand(std::string_view text, std::string_view file) const;

 private:
  struct Entry {
    std::string name, value, file;
    bool global = true;
  };
  bool expand_into(std::string_view text, std::string_view file, std::vector<std::string_view>& active,
                   std::string& out) const;

  Properties command_line_;
  std::vector<Entry> entries_;
};

/// Whether a `dbms` attribute ("postgresql", "mysql, postgresql", "!mssql", "all", "") selects
/// PostgreSQL, the only database basalt runs on.
bool dbms_includes_postgresql(std::string_view dbms);

}  // namespace basalt::formats
