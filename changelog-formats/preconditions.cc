// preConditions blocks to model::Preconditions: the block's behaviour keys and a tree of conditions.
//
// What Liquibase 4.28 does with bad preconditions (tests/golden/liquibase/preconditions, 13): an
// unknown precondition holding attributes is refused, one holding text is skipped; unknown
// attributes are skipped. Attributes a check cannot do without make Liquibase fail at run time, or
// even pass or fail at random (sqlCheck without sql); basalt refuses them while reading.
#include <algorithm>
#include <array>

#include "changelog-formats/field_reader.h"
#include "changelog-formats/to_model.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

struct PreconditionType {
  std::string_view name;
  std::vector<std::string> attributes;  // empty for and/or/not, which nest conditions instead
  // The attributes it needs: each inner list names alternatives, one of which must be given.
  std::vector<std::vector<std::string>> required;
};

// Liquibase 4.28's preconditions and the attributes each takes.
const std::vector<PreconditionType>& precondition_types() {
  static const std::vector<PreconditionType> types = {
      {"and", {}, {}},
      {"or", {}, {}},
      {"not", {}, {}},
      {"dbms", {"type"}, {{"type"}}},
      {"runningAs", {"username"}, {{"username"}}},
      {"changeSetExecuted", {"id", "author", "changeLogFile"}, {{"id"}}},
      {"columnExists", {"catalogName", "schemaName", "tableName", "columnName"}, {{"tableName"}, {"columnName"}}},
      {"tableExists", {"catalogName", "schemaName", "tableName"}, {{"tableName"}}},
      {"viewExists", {"catalogName", "schemaName", "viewName"}, {{"viewName"}}},
      {"foreignKeyConstraintExists",
       {"catalogName", "schemaName", "foreignKeyTableName", "foreignKeyName"},
       {{"foreignKeyName", "foreignKeyTableName"}}},
      {"indexExists",
       {"catalogName", "schemaName", "tableName", "columnNames", "indexName"},
       {{"indexName", "tableName"}}},
      {"sequenceExists", {"catalogName", "schemaName", "sequenceName"}, {{"sequenceName"}}},
      {"primaryKeyExists", {"catalogName", "schemaName", "tableName", "primaryKeyName"}, {{"primaryKeyName", "tableName"}}},
      {"uniqueConstraintExists",
       {"catalogName", "schemaName", "tableName", "columnNames", "constraintName"},
       {{"tableName"}, {"constraintName", "columnNames"}}},
      {"sqlCheck", {"expectedResult", "sql"}, {{"expectedResult"}, {"sql"}}},
      {"changeLogPropertyDefined", {"property", "value"}, {{"property"}}},
      {"tableIsEmpty", {"catalogName", "schemaName", "tableName"}, {{"tableName"}}},
      {"rowCount", {"catalogName", "schemaName", "tableName", "expectedRows"}, {{"tableName"}, {"expectedRows"}}},
      {"expectedQuotingStrategy", {"strategy"}, {{"strategy"}}},
  };
  return types;
}

const PreconditionType* find_type(std::string_view name) {
  for (const PreconditionType& t : precondition_types())
    if (t.name == name) return &t;  // Liquibase: `TableExists` and `NOT` are unknown preconditions
  return nullptr;
}

bool nests(const PreconditionType& t) {
  return t.name == "and" || t.name == "or" || t.name == "not";
}

std::optional<model::Precondition> read_precondition(const MapEntry& e, Diagnostics& diags);

void read_nested(const Node& v, const PreconditionType& type, model::Precondition& out, Diagnostics& diags) {
  auto read_map = [&](const Node& map) {
    for (const MapEntry& child : map.entries)
      if (auto c = read_precondition(child, diags)) out.nested.push_back(std::move(*c));
  };
  if (v.is_map()) {
    read_map(v);
  } else if (v.is_list()) {
    for (const Node& item : v.items) {
      if (item.is_map()) {
        read_map(item);
      } else if (!item.is_null()) {
        diags.error(item.where, "each item of '" + std::string(type.name) + "' must be a precondition, not " +
                                    std::string(describe(item)));
      }
    }
  } else if (v.is_scalar()) {
    diags.error(v.where, "'" + std::string(type.name) + "' must hold preconditions, not '" + v.text + "'");
  }
}

void read_attributes(const MapEntry& e, const PreconditionType& type, model::Precondition& out,
                     Diagnostics& diags) {
  const Node& v = e.value;
  std::string owner(type.name);
  if (v.is_scalar()) {
    if (type.name == "sqlCheck") {
      out.text = v.text;
    } else {
      diags.error(v.where, owner + " needs attributes ('name: value' lines), not '" + v.text + "'");
    }
  }
  if (const Node* text = element_text(v); text != nullptr && type.name == "sqlCheck") out.text = text->text;
  bool has_sql = !out.text.empty();
  for (const MapEntry* a : v.is_scalar() ? std::vector<const MapEntry*>{} : attributes_of(v, owner, diags)) {
    auto known = std::find_if(type.attributes.begin(), type.attributes.end(),
                              [&](const std::string& name) { return name == a->key; });  // `TABLENAME` is not
    if (known == type.attributes.end()) {
      report_unknown_name(diags, *a, "unknown attribute '" + a->key + "' of " + owner, suggest(a->key, type.attributes));
      continue;
    }
    if (a->value.is_null()) continue;
    std::optional<std::string> value = text_of(a->value);
    if (!value) {
      diags.error(a->value.where, "attribute '" + *known + "' of " + owner + " must be text, not " +
                                      std::string(describe(a->value)));
      continue;
    }
    if (type.name == "sqlCheck" && *known == "sql") {
      out.text = *value;
      has_sql = true;
    } else {
      out.attributes.emplace_back(*known, *value);
    }
  }
  if (type.name == "sqlCheck" && has_sql) out.attributes.emplace_back("sql", out.text);
  for (const std::vector<std::string>& alternatives : type.required) {
    bool given = std::any_of(alternatives.begin(), alternatives.end(),
                             [&](const std::string& a) { return out.attribute(a) != nullptr; });
    if (given) continue;
    diags.error(e.key_where, owner + " is missing required attribute '" + text::join(alternatives, "' or '") + "'",
                "Liquibase fails on it only when it runs the check");
  }
  if (type.name == "sqlCheck") out.attributes.erase(std::remove_if(out.attributes.begin(), out.attributes.end(),
                                                                   [](const auto& kv) { return kv.first == "sql"; }),
                                                    out.attributes.end());
  if (type.name == "rowCount") {
    const std::string* rows = out.attribute("expectedRows");
    if (rows && (rows->empty() || rows->find_first_not_of("0123456789") != std::string::npos))
      diags.error(e.key_where, "rowCount's expectedRows must be a whole number, not '" + *rows + "'",
                  "Liquibase refuses it too");
  }
  if (type.name == "expectedQuotingStrategy") {
    const std::string* strategy = out.attribute("strategy");
    if (strategy && *strategy != "LEGACY" && *strategy != "QUOTE_ALL_OBJECTS" && *strategy != "QUOTE_ONLY_RESERVED_WORDS")
      diags.error(e.key_where, "unknown quoting strategy '" + *strategy + "'",
                  "expected LEGACY, QUOTE_ALL_OBJECTS or QUOTE_ONLY_RESERVED_WORDS, in capitals (Liquibase "
                  "refuses others too)");
  }
}

std::optional<model::Precondition> read_precondition(const MapEntry& e, Diagnostics& diags) {
  const PreconditionType* type = find_type(e.key);
  if (type == nullptr) {
    std::vector<std::string> names;
    for (const PreconditionType& t : precondition_types()) names.emplace_back(t.name);
    std::string hint = suggest(e.key, names);
    if ((e.value.is_scalar() || e.value.is_null()) && !e.value.schema_checked) {
      // Liquibase skips an unknown precondition written as text, and checks nothing for it.
      diags.warning(e.key_where, "unknown precondition '" + e.key + "' is ignored",
                    hint.empty() ? "Liquibase ignores it too" : hint);
    } else if (text::iequals(e.key, "customPrecondition")) {
      diags.error(e.key_where, "precondition 'customPrecondition' is not supported by basalt",
                  "it runs Java code of the application");
    } else {
      diags.error(e.key_where, "unknown precondition '" + e.key + "'", hint);
    }
    return std::nullopt;
  }
  model::Precondition p;
  p.type = type->name;
  p.where = e.key_where;
  if (nests(*type)) {
    read_nested(e.value, *type, p, diags);
  } else {
    read_attributes(e, *type, p, diags);
  }
  return p;
}

// onFail, onError and onSqlOutput take one of a few words; Liquibase writes them in capitals.
void read_choice(const MapEntry& e, std::string& out, const std::vector<std::string>& choices,
                 Diagnostics& diags) {
  if (!e.value.is_scalar()) {
    diags.error(e.key_where, e.key + " must be one of " + text::join(choices, ", ") + ", not " +
                                 std::string(describe(e.value)));
    return;
  }
  for (const std::string& c : choices) {
    if (text::iequals(c, e.value.text)) {
      out = c;
      return;
    }
  }
  std::optional<std::string> near = text::closest(e.value.text, choices);
  diags.error(e.value.where, "unknown " + e.key + " '" + e.value.text + "'",
              near ? "did you mean '" + *near + "'?" : "expected one of " + text::join(choices, ", "));
}

void read_message(const MapEntry& e, std::string& out, Diagnostics& diags) {
  if (e.value.is_scalar()) {
    out = e.value.text;
  } else if (!e.value.is_null()) {
    diags.error(e.value.where, e.key + " must be text, not " + std::string(describe(e.value)));
  }
}

}  // namespace

model::Preconditions read_preconditions(const MapEntry& entry, Diagnostics& diags) {
  static const std::vector<std::string> kOnFail = {"HALT", "CONTINUE", "MARK_RAN", "WARN"};
  static const std::vector<std::string> kOnSqlOutput = {"IGNORE", "TEST", "FAIL"};
  model::Preconditions out;
  out.where = entry.key_where;
  for (const MapEntry* e : attributes_of(entry.value, "preConditions", diags)) {
    const std::string& k = e->key;
    if (text::iequals(k, "onFail")) {
      read_choice(*e, out.on_fail, kOnFail, diags);
    } else if (text::iequals(k, "onError")) {
      read_choice(*e, out.on_error, kOnFail, diags);
    } else if (text::iequals(k, "onSqlOutput") || text::iequals(k, "onUpdateSQL")) {
      read_choice(*e, out.on_sql_output, kOnSqlOutput, diags);
    } else if (text::iequals(k, "onFailMessage")) {
      read_message(*e, out.on_fail_message, diags);
    } else if (text::iequals(k, "onErrorMessage")) {
      read_message(*e, out.on_error_message, diags);
    } else if (auto p = read_precondition(*e, diags)) {
      out.conditions.push_back(std::move(*p));
    }
  }
  return out;
}

}  // namespace basalt::formats
