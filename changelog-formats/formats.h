// The changelog formats, chosen by file extension: each parses its text into the neutral node tree
// that the loader walks, so includes, properties, filters and the model are the same for all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"

namespace basalt::formats {

/// Sees each entry of each map in the top-level list (`databaseChangeLog: [- changeSet: ...]`) as
/// soon as it is complete, with the root key that list belongs to. Returning true takes the entry's
/// value: the tree keeps the key with an empty value, so a large changelog never has to be held
/// whole as a tree. A format may call it for none of its entries.
using TopLevelEntryHook = std::function<bool(std::string_view root_key, MapEntry& entry)>;

/// Parses the text of the file shown as `file` (in messages) into the tree. On input that cannot be
/// read returns nullopt, with the reason in `diags`.
using Parser = std::optional<Node> (*)(std::string_view text, const std::string& file, Diagnostics& diags,
                                       const TopLevelEntryHook& hook);

struct Format {
  std::string_view name;                     // in messages: "YAML", "XML"
  std::vector<std::string_view> extensions;  // lower case, without the dot
  Parser parse = nullptr;                    // nullptr: a format Liquibase reads and basalt not yet
  /// Liquibase reads the file strictly in order (formatted SQL, measured in
  /// tests/golden/liquibase/formatted-sql): a property entry counts for what follows it (each
  /// change-set is expanded as it ends), and a rollback naming another change-set names one read
  /// before it. Otherwise a file's properties count before everything else in it (YAML's reader
  /// takes them first), and a rollback may name any change-set.
  bool read_in_order = false;
};

/// Every format Liquibase 4.28 reads changelogs in, basalt's readers among them.
const std::vector<Format>& changelog_formats();

/// The format owning the extension of `path` (any case), or nullptr.
const Format* format_of(std::string_view path);

/// The YAML format (which JSON files use too).
const Format& yaml_format();

}  // namespace basalt::formats
