// Changelog properties and ${name} substitution, with Liquibase's precedence.
#pragma once

#include <cstdint>
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
  /// `contexts` and `labels` are the run's (--contexts, --labels): a property scoped to a context or
  /// label exists only when the run admits it.
  explicit PropertyTable(Properties command_line, std::vector<std::string> contexts = {},
                         std::optional<std::string> labels = std::nullopt)
      : command_line_(std::move(command_line)), contexts_(std::move(contexts)), labels_(std::move(labels)) {}

  /// What a `property` entry is scoped to (each absent: no restriction).
  struct Scope {
    std::optional<std::string> context, labels, dbms;
  };

  /// Records a `property` entry of `file`, unless its scope leaves it out of this run. Names compare
  /// without case. The command line wins over everything; then the first global definition; then
  /// the last local one (global: false) of the file asking.
  void define(std::string name, std::string value, bool global, std::string file, const Scope& scope = {});

  /// Whether a scope admits this run: its context expression the run's contexts, the run's label
  /// expression its labels, its dbms PostgreSQL (also what decides which modifySql entries apply).
  bool admits(const Scope& scope) const;

  /// How many definitions were recorded so far: what a change-set read now may see. Liquibase
  /// substitutes each entry as it reaches it, so a global property of an included file exists for
  /// what follows the include, not for what precedes it.
  std::size_t defined() const { return entries_.size(); }

  /// The value of `name` as seen from `file` (unexpanded), if defined among the first `visible`.
  const std::string* find(std::string_view name, std::string_view file, std::size_t visible = SIZE_MAX) const;

  /// `text` with every ${name} defined for `file` (among the first `visible` definitions) replaced,
  /// property values themselves expanded (a property that refers to itself stays literal);
  /// undefined ${name} stay as written. nullopt when the result would exceed kMaxSubstitutedLength.
  std::optional<std::string> expand(std::string_view text, std::string_view file,
                                    std::size_t visible = SIZE_MAX) const;

  /// The names of the ${name}s that expand() left as written because nothing defined them, each once,
  /// as first written.
  const std::vector<std::string>& undefined() const { return undefined_; }

 private:
  struct Entry {
    std::string name, value, file;
    bool global = true;
  };
  bool expand_into(std::string_view text, std::string_view file, std::size_t visible,
                   std::vector<std::string_view>& active, std::string& out) const;

  Properties command_line_;
  std::vector<std::string> contexts_;
  std::optional<std::string> labels_;
  std::vector<Entry> entries_;
  mutable std::vector<std::string> undefined_;
};

}  // namespace basalt::formats
