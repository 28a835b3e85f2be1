// Reads a node's attributes into any struct that lists its attributes in a static fields() table.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"
#include "engine/model/change.h"

namespace basalt::formats {

/// The key/value pairs of a node holding attributes: a map, or a list of maps (Liquibase's YAML
/// accepts `include: [{file: a}]` as well as `include: {file: a}`). Nothing gives none; anything else
/// is reported as not being attributes of `owner`.
std::vector<const MapEntry*> attributes_of(const Node& n, std::string_view owner, Diagnostics& diags);

/// How an attribute's key must be written to name it, as Liquibase 4.28 matches it (measured):
enum class Match {
  any_case,      // a change's or change-set's text attributes, an include's: `TABLENAME` is tableName
  exact,         // nested lists (`Columns` is not columns), a change-set's changes, rollback,
                 // preConditions and validCheckSum, a precondition's attributes
  first_letter,  // a column's: `Type` is type, `TYPE` is refused (Liquibase looks for a setter)
};

/// "did you mean 'x'?" for a name close to `written`, or, when they differ only in case, that the case
/// matters there; empty when nothing is close.
std::string suggest(std::string_view written, const std::vector<std::string>& known);

/// Reads attributes into a struct through its fields() table: keys match as `match` says, repeated,
/// missing and mistyped attributes are errors, unknown ones warnings (Liquibase ignores them, and
/// real changelogs have them).
class FieldReader {
 public:
  /// `owner` names what the attributes belong to in messages ("createTable", "column").
  FieldReader(std::vector<const MapEntry*> entries, std::string owner, SourceLocation owner_where,
              Diagnostics& diags, Match match = Match::any_case)
      : entries_(std::move(entries)),
        taken_(entries_.size(), false),
        owner_(std::move(owner)),
        owner_where_(std::move(owner_where)),
        diags_(diags),
        match_(match) {}

  /// The visitor fields() calls for each attribute.
  template <class Member>
  void operator()(std::string_view key, Member& member, unsigned rule = model::kOptional) {
    if constexpr (std::is_same_v<Member, model::Columns> || std::is_same_v<Member, model::LoadColumns>) {
      read_columns(key, member, rule);
    } else if constexpr (std::is_same_v<Member, model::Params>) {
      read_params(key, member);
    } else if constexpr (std::is_same_v<Member, model::Args>) {
      read_args(key, member);
    } else {
      const MapEntry* e = take(key, match_);
      if (e != nullptr && !e->value.is_null()) {
        read(*e, key, member, rule);  // a mistyped value is reported there, not again as missing
        not_acting(*e, key, rule);
      } else if ((rule & model::kRequired) != 0) {
        missing(key);
      }
    }
  }

  /// Takes the attribute named `key` for the caller to read by hand, and makes `key` a known name.
  /// nullptr when absent; a second spelling of the same key is reported.
  const MapEntry* take(std::string_view key) { return take(key, match_); }
  const MapEntry* take(std::string_view key, Match match);
  /// Takes every attribute named `key` (exactly), as repeated XML elements are: none is "given twice".
  std::vector<const MapEntry*> take_all(std::string_view key);

  /// What Liquibase does with an attribute it does not know there.
  enum class Unknown {
    ignored,      // most places
    refused,      // a column's attributes: "Unexpected node"
    maps_refused  // a change-set's: text is ignored, a map or list is read as a change and refused
  };
  /// Reports every attribute nobody took, suggesting the closest known name: a warning where
  /// Liquibase ignores it (most places), an error where it refuses it (a column's attributes).
  void report_unknown(Unknown unknown = Unknown::ignored);

  /// Reports that the required attribute `key` is absent (at the owner).
  void missing(std::string_view key);

  /// Reports an attribute that is read but does nothing here: one Liquibase itself ignores on
  /// PostgreSQL (a warning), or one basalt does not implement yet (an error).
  void not_acting(const MapEntry& e, std::string_view key, unsigned rule);

  const std::string& owner() const { return owner_; }
  Diagnostics& diagnostics() { return diags_; }

 private:
  void read(const MapEntry& e, std::string_view key, model::Text& out, unsigned rule);
  void read(const MapEntry& e, std::string_view key, model::Flag& out, unsigned rule);
  // A change's columns, as Liquibase finds them: in `columns` lists (`- column:` items, YAML's form),
  // then in `column` entries (XML's repeated <column> elements, which YAML may write too).
  void read_columns(std::string_view key, model::Columns& out, unsigned rule);
  // loadData's column configs, found as a change's columns are.
  void read_columns(std::string_view key, model::LoadColumns& out, unsigned rule);
  // The entries naming one column each, from `key` lists and (for columns) bare `column` entries.
  std::vector<const MapEntry*> column_entries(std::string_view key, unsigned rule);
  void read_column(const MapEntry& c, model::Columns& out, bool name_required);
  // A custom change's parameters, as Liquibase finds them: `param` entries (XML's repeated <param>
  // elements), or those of a `params` entry; each has a name and a value (or, in XML, text).
  void read_params(std::string_view key, model::Params& out);
  // executeCommand's arguments: `arg` entries (XML's repeated <arg value="..."/>), or those of an
  // `args` entry (`args: [- arg: {value: ...}]`), each a value.
  void read_args(std::string_view key, model::Args& out);
  void read(const MapEntry& e, std::string_view key, std::optional<model::Constraints>& out, unsigned rule);

  std::vector<const MapEntry*> entries_;
  std::vector<bool> taken_;
  // The names asked for, for suggestions: views of the field tables' literals, or of owned_.
  std::vector<std::string_view> known_;
  std::deque<std::string> owned_;
  std::string owner_;
  SourceLocation owner_where_;
  Diagnostics& diags_;
  Match match_;
};

/// Reports a name Liquibase does not know where it stands (`what`: "unknown attribute 'x' of
/// createTable"): a warning that it is ignored, as Liquibase ignores it, or an error where
/// Liquibase's XML schema refuses it (the name is in an XML changelog's namespace).
void report_unknown_name(Diagnostics& diags, const MapEntry& e, const std::string& what, const std::string& hint);

/// Reads one struct with fields() from an attributes node, reporting everything unknown.
template <class T>
void read_fields(T& out, const std::vector<const MapEntry*>& entries, std::string owner,
                 const SourceLocation& owner_where, Diagnostics& diags,
                 FieldReader::Unknown unknown = FieldReader::Unknown::ignored, Match match = Match::any_case) {
  FieldReader reader(entries, std::move(owner), owner_where, diags, match);
  T::fields(out, reader);
  reader.report_unknown(unknown);
}

/// A valueNumeric or defaultValueNumeric that is not a number, moved into `computed` (valueComputed,
/// defaultValueComputed) with a warning, as Liquibase reads it.
void settle_numeric(model::Text& numeric, model::Text& computed, std::string_view key, Diagnostics& diags,
                    const SourceLocation& where);

/// Collects the names a fields() table lists.
struct FieldNames {
  std::vector<std::string> names;
  template <class Member>
  void operator()(std::string_view key, Member&, unsigned = model::kOptional) {
    names.emplace_back(key);
  }
};

/// The attribute names of T.
template <class T>
std::vector<std::string> field_names() {
  T sample{};
  FieldNames names;
  T::fields(sample, names);
  return names.names;
}

}  // namespace basalt::formats
