// Change entries to model changes: one generic reader per alternative of the Change variant, found
// by name at compile time, so a change type added to the model is read without touching this file.
#include "changelog-formats/changes.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <type_traits>
#include <utility>
#include <variant>

#include "changelog-formats/field_reader.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

// Every change type of Liquibase 4.28, open source and Pro, by name: the ones the model lacks are
// reported as "not supported yet" instead of "unknown". Pro types are listed so that their users
// get the same honest answer.
constexpr std::string_view kLiquibaseChanges[] = {"addAutoIncrement",
                                                  "addCheckConstraint",
                                                  "addColumn",
                                                  "addDefaultValue",
                                                  "addForeignKeyConstraint",
                                                  "addLookupTable",
                                                  "addNotNullConstraint",
                                                  "addPrimaryKey",
                                                  "addUniqueConstraint",
                                                  "alterSequence",
                                                  "createFunction",
                                                  "createIndex",
                                                  "createPackage",
                                                  "createPackageBody",
                                                  "createProcedure",
                                                  "createSequence",
                                                  "createSynonym",
                                                  "createTable",
                                                  "createTrigger",
                                                  "createView",
                                                  "customChange",
                                                  "delete",
                                                  "disableCheckConstraint",
                                                  "disableTrigger",
                                                  "dropAllForeignKeyConstraints",
                                                  "dropCheckConstraint",
                                                  "dropColumn",
                                                  "dropDefaultValue",
                                                  "dropForeignKeyConstraint",
                                                  "dropFunction",
                                                  "dropIndex",
                                                  "dropNotNullConstraint",
                                                  "dropPackage",
                                                  "dropPackageBody",
                                                  "dropPrimaryKey",
                                                  "dropProcedure",
                                                  "dropSequence",
                                                  "dropSynonym",
                                                  "dropTable",
                                                  "dropTrigger",
                                                  "dropUniqueConstraint",
                                                  "dropView",
                                                  "empty",
                                                  "enableCheckConstraint",
                                                  "enableTrigger",
                                                  "executeCommand",
                                                  "insert",
                                                  "loadData",
                                                  "loadUpdateData",
                                                  "markUnused",
                                                  "mergeColumns",
                                                  "modifyDataType",
                                                  "output",
                                                  "renameColumn",
                                                  "renameSequence",
                                                  "renameTable",
                                                  "renameTrigger",
                                                  "renameView",
                                                  "setColumnRemarks",
                                                  "setTableRemarks",
                                                  "sql",
                                                  "sqlFile",
                                                  "stop",
                                                  "tagDatabase",
                                                  "update"};

// The attribute a bare scalar fills: `- sql: select 1`, and createView's query (XML's element text).
template <class T>
constexpr std::string_view text_attribute() {
  if constexpr (std::is_same_v<T, model::Sql>) return "sql";
  if constexpr (std::is_same_v<T, model::CreateView>) return "selectQuery";
  if constexpr (std::is_same_v<T, model::CreateProcedure>) return "procedureText";
  if constexpr (std::is_same_v<T, model::Output> || std::is_same_v<T, model::Stop>) return "message";
  return {};
}

// An attribute's other, deprecated spelling, read as the attribute: {spelling, attribute}.
template <class T>
constexpr std::pair<std::string_view, std::string_view> alternate_name() {
  if constexpr (std::is_same_v<T, model::CreateProcedure>) return {"procedureBody", "procedureText"};
  return {};
}

// Liquibase refuses afterColumn, beforeColumn and position on PostgreSQL: addColumn when it validates
// the changelog ("addAfterColumn is not allowed on postgresql"), other changes' columns, which do not
// have them, when it reads it ("Unexpected node"). A new column always goes last.
void refuse_column_positions(const Node& n, std::string_view change, Diagnostics& diags) {
  for (const MapEntry& e : n.entries) {
    if (text::iequals(e.key, "afterColumn") || text::iequals(e.key, "beforeColumn") ||
        text::iequals(e.key, "position")) {
      diags.error(e.key_where, std::string(change) + ": " + e.key + " is not supported on PostgreSQL",
                  "PostgreSQL always adds a column last; remove '" + e.key + "' (Liquibase refuses it too)");
    }
    refuse_column_positions(e.value, change, diags);
  }
  for (const Node& item : n.items) refuse_column_positions(item, change, diags);
}

template <class T>
constexpr bool has_columns() {
  return std::is_same_v<T, model::CreateTable> || std::is_same_v<T, model::AddColumn> ||
         std::is_same_v<T, model::CreateIndex> || std::is_same_v<T, model::Insert> ||
         std::is_same_v<T, model::Update> || std::is_same_v<T, model::DropColumn>;
}

template <class T>
std::optional<model::Change> read_one(const MapEntry& e, Diagnostics& diags) {
  T change{};
  change.where = e.key_where;
  std::string owner(T::kName);
  std::optional<std::string> listed = e.value.is_list() ? text_of(e.value) : std::nullopt;
  if (e.value.is_scalar() || listed) {  // `- sql: select 1`, or Liquibase's reading of `- sql: [select 1]`
    constexpr std::string_view key = text_attribute<T>();
    if (key.empty()) {
      diags.error(e.value.where,
                  owner + " needs attributes ('name: value' lines), not '" + e.value.text + "'");
      return std::nullopt;
    }
    MapEntry given{std::string(key), e.value.where, listed ? scalar(*listed, e.value.where) : e.value};
    read_fields(change, {&given}, owner, e.key_where, diags);
  } else {
    std::vector<const MapEntry*> attributes = attributes_of(e.value, owner, diags);
    constexpr auto alternate = alternate_name<T>();
    std::vector<MapEntry> renamed;
    renamed.reserve(attributes.size());  // the pointers into it stay valid
    if constexpr (!alternate.first.empty()) {
      for (const MapEntry*& a : attributes) {
        if (a->key != alternate.first) continue;
        renamed.push_back(*a);
        renamed.back().key = std::string(alternate.second);
        a = &renamed.back();
      }
    }
    // An XML element's text fills the text attribute, unless that is given too (Liquibase's
    // DIRECT_VALUE: the attribute wins).
    MapEntry text_entry;
    constexpr std::string_view key = text_attribute<T>();
    if (const Node* text = element_text(e.value)) {
      const bool given = std::any_of(attributes.begin(), attributes.end(),
                                     [&](const MapEntry* a) { return text::iequals(a->key, key); });
      if (!key.empty() && !given) {
        text_entry = MapEntry{std::string(key), text->where, *text};
        attributes.push_back(&text_entry);
      } else {
        diags.warning(text->where, "the text of <" + owner + "> is ignored",
                      key.empty() ? "Liquibase ignores it too" : "its '" + std::string(key) + "' attribute is given");
      }
    }
    read_fields(change, attributes, owner, e.key_where, diags);
  }
  if constexpr (has_columns<T>()) refuse_column_positions(e.value, T::kName, diags);
  // Liquibase reads deleteCascade: true as onDelete CASCADE, which its checksum then holds
  // (measured on its IT changelog's change-set 25).
  if constexpr (std::is_same_v<T, model::AddForeignKeyConstraint>)
    if (change.delete_cascade.value_or(false) && !change.on_delete) change.on_delete = "CASCADE";
  if constexpr (std::is_same_v<T, model::AddDefaultValue>)
    settle_numeric(change.default_value_numeric, change.default_value_computed, "defaultValueNumeric", diags, change.where);
  if constexpr (std::is_same_v<T, model::Sql>) {
    const Node* text = e.value.is_scalar() ? &e.value : element_text(e.value);
    for (const MapEntry& a : e.value.entries)
      if (text::iequals(a.key, "sql")) text = &a.value;
    if (text != nullptr && text->is_scalar() && text->exact) change.text_where = text->where;
  }
  if constexpr (std::is_same_v<T, model::Output>) {
    // Liquibase trims both, and takes a blank one for none.
    for (model::Text* t : {&change.message, &change.target}) {
      if (*t) *t = std::string(text::trim(**t));
      if (*t && (*t)->empty()) *t = std::nullopt;
    }
    if (!change.message) diags.error(e.key_where, "output is missing required attribute 'message'");
  }
  return model::Change(std::move(change));
}

struct ChangeType {
  std::string_view name;
  std::optional<model::Change> (*read)(const MapEntry&, Diagnostics&);
  std::vector<std::string> (*attributes)();
};

template <std::size_t... I>
std::array<ChangeType, sizeof...(I)> make_types(std::index_sequence<I...>) {
  return {ChangeType{std::variant_alternative_t<I, model::Change>::kName,
                     &read_one<std::variant_alternative_t<I, model::Change>>,
                     &field_names<std::variant_alternative_t<I, model::Change>>}...};
}

const auto& change_types() {
  static const auto types = make_types(std::make_index_sequence<std::variant_size_v<model::Change>>{});
  return types;
}

const ChangeType* find_type(std::string_view name) {
  for (const ChangeType& t : change_types())
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<std::string> every_change_name() {
  std::vector<std::string> names = supported_change_names();
  for (std::string_view n : kLiquibaseChanges)
    if (std::find(names.begin(), names.end(), n) == names.end()) names.emplace_back(n);
  return names;
}

}  // namespace

const std::vector<std::string>& supported_change_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const ChangeType& t : change_types()) out.emplace_back(t.name);
    return out;
  }();
  return names;
}

bool is_liquibase_change_name(std::string_view name) {
  return std::find(std::begin(kLiquibaseChanges), std::end(kLiquibaseChanges), name) !=
         std::end(kLiquibaseChanges);
}

std::optional<model::Change> read_change(const MapEntry& e, Diagnostics& diags) {
  if (const ChangeType* type = find_type(e.key)) return type->read(e, diags);
  if (is_liquibase_change_name(e.key)) {
    diags.error(e.key_where, "change type '" + e.key + "' is not supported by basalt yet",
                "a 'sql' change can do the same, but it has another checksum: on a database where this "
                "change-set is already applied, also give it validCheckSum: with the MD5SUM stored for it "
                "in databasechangelog (or ANY)");
    return std::nullopt;
  }
  static const std::vector<std::string> names = every_change_name();
  std::optional<std::string> near = text::closest(e.key, names);
  std::string hint = near ? "did you mean '" + *near + "'?" : std::string();
  if ((e.value.is_scalar() || e.value.is_null()) && !e.value.schema_checked) {
    // Liquibase skips an unknown change written as text without a word; one with attributes stops it.
    diags.warning(e.key_where, "unknown change type '" + e.key + "' is ignored",
                  hint.empty() ? "Liquibase ignores it too" : hint);
  } else {
    diags.error(e.key_where, "unknown change type '" + e.key + "'", hint);
  }
  return std::nullopt;
}

std::vector<model::Change> read_changes(const Node& list, std::string_view owner, Diagnostics& diags) {
  std::vector<model::Change> out;
  auto read_item = [&](const Node& item) {
    std::vector<bool> misplaced(item.entries.size(), false);
    for (std::size_t i = 0; i < item.entries.size(); ++i) {
      if (misplaced[i]) continue;
      const MapEntry& e = item.entries[i];
      // `- createTable:` with its attributes at the same indentation: say that, rather than
      // "missing tableName" and "unknown change type 'tableName'".
      const ChangeType* type = e.value.is_null() ? find_type(e.key) : nullptr;
      bool has_misplaced = false;
      for (std::size_t j = i + 1; type != nullptr && j < item.entries.size(); ++j) {
        const MapEntry& next = item.entries[j];
        if (find_type(next.key) || is_liquibase_change_name(next.key)) break;
        std::vector<std::string> attributes = type->attributes();
        auto is_attribute = [&](const std::string& a) { return text::iequals(a, next.key); };
        if (!std::any_of(attributes.begin(), attributes.end(), is_attribute)) continue;
        misplaced[j] = has_misplaced = true;
        diags.error(next.key_where,
                    "'" + next.key + "' is an attribute of " + e.key + " but is not indented under it",
                    "indent it further than '" + e.key + ":'");
      }
      if (has_misplaced) continue;
      if (auto change = read_change(e, diags)) out.push_back(std::move(*change));
    }
  };
  if (list.is_map()) {
    read_item(list);
  } else if (list.is_list()) {
    for (const Node& item : list.items) {
      if (item.is_map()) {
        read_item(item);
      } else if (!item.is_null()) {
        diags.error(item.where, "each item of '" + std::string(owner) +
                                    "' must be a change such as '- createTable:', not " +
                                    (item.is_scalar() ? "'" + item.text + "'" : std::string(describe(item))));
      }
    }
  } else if (list.is_scalar()) {
    diags.error(list.where,
                "'" + std::string(owner) + "' must be a list of changes, not '" + list.text + "'");
  }
  return out;
}

}  // namespace basalt::formats
