// The neutral tree every changelog format is read into before it becomes the model.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/location.h"

namespace basalt::formats {

struct MapEntry;

/// One value of a changelog document: nothing, a scalar, a map (keys in written order) or a list.
struct Node {
  enum class Kind { null, scalar, map, list };

  Kind kind = Kind::null;
  std::string text;               // scalar only, after format-specific resolution (YAML 1.1 booleans)
  bool quoted = false;            // scalar was written quoted or as a block, not plain
  /// Scalar whose text stands in the file as it is: `where` is its first character and each of its
  /// lines a line of the file starting at that column (a one-line value, or a literal | block).
  bool exact = false;
  bool date = false;              // a YAML date without a time: a java.util.Date to Liquibase, `text` its toString()
  /// Read from an element or attribute of Liquibase's XML namespace, which Liquibase validates against
  /// its XML schema before reading: a name or value the schema does not allow is refused, not ignored.
  bool schema_checked = false;
  /// A ${property} was substituted into the text: Liquibase's XML schema saw the reference, not this.
  bool expanded = false;
  /// Taken as written: Liquibase substitutes no ${property} in it (a formatted SQL --comment).
  bool verbatim = false;
  std::vector<MapEntry> entries;  // map only, in written order; an XML element's repeated children repeat
  /// A list's items. A map read from an XML element that holds text as well as attributes or children
  /// (`<sql splitStatements="false">...</sql>`) keeps that text here, as one scalar: element_text().
  std::vector<Node> items;
  SourceLocation where;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_list() const { return kind == Kind::list; }
};

/// One key of a map with where the key was written, and its value.
struct MapEntry {
  std::string key;
  SourceLocation key_where;
  Node value;
};

/// "text", "a map", "a list" or "nothing": how a value is named in diagnostics.
std::string_view describe(const Node& n);

/// Where a value was written: its own place, or its key's when it has none (an empty value).
inline const SourceLocation& where_of(const MapEntry& e) {
  return e.value.where.line > 0 ? e.value.where : e.key_where;
}

/// The text Liquibase takes from a value where it wants text: a scalar's own; for a list of scalars
/// (`[1.10]`, `[a, b]`), its one item, or Java's "[a, b]" of several. nullopt for anything else.
std::optional<std::string> text_of(const Node& n);

/// The text an XML element holds beside its attributes and children (Liquibase's node value, which
/// fills a change's text attribute such as `sql`), or nullptr.
inline const Node* element_text(const Node& n) {
  return n.is_map() && !n.items.empty() ? &n.items.front() : nullptr;
}

/// A scalar node (for building trees by hand, in readers and tests).
Node scalar(std::string text, SourceLocation where = {});

}  // namespace basalt::formats
