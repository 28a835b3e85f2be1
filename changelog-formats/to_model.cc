// A change-set entry to model::ChangeSet: identity, attributes, changes and explicit rollback.
#include "changelog-formats/to_model.h"

#include <algorithm>
#include <array>
#include <regex>
#include <tuple>

#include "changelog-formats/changes.h"
#include "changelog-formats/field_reader.h"
#include "changelog-formats/paths.h"
#include "engine/core/text.h"
#include "engine/core/timeout.h"

namespace basalt::formats {
namespace {

// The scalar attributes of a change-set, read through the same table machinery as changes.
struct ChangeSetAttributes {
  model::Text id, author, comment, context, contexts, context_filter, labels, dbms, created;
  model::Text logical_file_path, object_quoting_strategy, run_order, on_validation_fail, run_with;
  model::Text run_with_spool_file, lock_timeout, statement_timeout;
  model::Flag run_on_change, run_always, run_in_transaction, fail_on_error, ignore;

  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("author", s.author, model::kRequired);
    v("comment", s.comment);
    v("context", s.context);
    v("contextFilter", s.context_filter);
    v("contexts", s.contexts);
    v("created", s.created);
    v("dbms", s.dbms);
    v("failOnError", s.fail_on_error);
    v("id", s.id, model::kRequired);
    v("ignore", s.ignore);
    v("labels", s.labels);
    v("lockTimeout", s.lock_timeout);
    v("logicalFilePath", s.logical_file_path);
    v("objectQuotingStrategy", s.object_quoting_strategy);
    v("onValidationFail", s.on_validation_fail);
    v("runAlways", s.run_always);
    v("runInTransaction", s.run_in_transaction);
    v("runOnChange", s.run_on_change);
    v("runOrder", s.run_order);
    v("runWith", s.run_with);
    v("runWithSpoolFile", s.run_with_spool_file);
    v("statementTimeout", s.statement_timeout);
  }
};

// A modifySql entry's own attributes; its other entries are the edits.
struct ModifySqlAttributes {
  model::Text dbms, context, context_filter, labels;
  model::Flag apply_to_rollback;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("applyToRollback", s.apply_to_rollback);
    v("context", s.context);
    v("contextFilter", s.context_filter);
    v("dbms", s.dbms);
    v("labels", s.labels);
  }
};

struct ValueEditAttributes {
  model::Text value;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("value", s.value, model::kRequired);
  }
};

struct ReplaceEditAttributes {
  model::Text replace, with;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("replace", s.replace, model::kRequired);
    v("with", s.with, model::kRequired);
  }
};

// modifySql: {dbms, context, labels, applyToRollback} and its edits, in written order.
void read_modify_sql(const MapEntry& e, std::vector<model::SqlEdit>& out, Diagnostics& diags) {
  const std::vector<const MapEntry*> entries = attributes_of(e.value, "modifySql", diags);
  std::vector<const MapEntry*> own, edits;
  for (const MapEntry* a : entries) {
    const bool edit = a->key == "append" || a->key == "prepend" || a->key == "replace" || a->key == "regExpReplace";
    (edit ? edits : own).push_back(a);
  }
  ModifySqlAttributes m;
  read_fields(m, own, "modifySql", e.key_where, diags);
  if (edits.empty())
    diags.warning(e.key_where, "modifySql has no append, prepend, replace or regExpReplace, so it does nothing");
  for (const MapEntry* a : edits) {
    model::SqlEdit edit;
    edit.where = a->key_where;
    edit.dbms = m.dbms;
    edit.contexts = m.context_filter ? m.context_filter : m.context;
    edit.labels = m.labels;
    edit.apply_to_rollback = m.apply_to_rollback.value_or(false);
    const std::vector<const MapEntry*> attributes = attributes_of(a->value, a->key, diags);
    if (a->key == "append" || a->key == "prepend") {
      edit.kind = a->key == "append" ? model::SqlEdit::Kind::append : model::SqlEdit::Kind::prepend;
      ValueEditAttributes v;
      read_fields(v, attributes, a->key, a->key_where, diags);
      edit.value = v.value.value_or("");
    } else {
      edit.kind = a->key == "replace" ? model::SqlEdit::Kind::replace : model::SqlEdit::Kind::reg_exp_replace;
      ReplaceEditAttributes r;
      read_fields(r, attributes, a->key, a->key_where, diags);
      edit.replace = r.replace.value_or("");
      edit.with = r.with.value_or("");
      if (edit.kind == model::SqlEdit::Kind::reg_exp_replace) {
        try {
          std::regex compiled(edit.replace);
        } catch (const std::regex_error& error) {
          diags.error(a->key_where, "regExpReplace's expression '" + edit.replace + "' is not a valid regular expression",
                      error.what());
        }
      }
    }
    out.push_back(std::move(edit));
  }
}

struct RollbackReferenceAttributes {
  model::Text id, author, path;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("changeSetAuthor", s.author, model::kRequired);
    v("changeSetId", s.id, model::kRequired);
    v("changeSetPath", s.path);
  }
};

bool has_key(const Node& n, std::string_view key) {
  if (!n.is_map()) return false;
  for (const MapEntry& e : n.entries)
    if (text::iequals(e.key, key)) return true;
  return false;
}

model::Sql sql_change(const Node& text) {
  model::Sql sql;
  sql.sql = text.text;
  sql.where = text.where;
  return sql;
}


void read_rollback(const MapEntry& e, ReadChangeSet& out, Diagnostics& diags) {
  model::Rollback& rollback = out.change_set.rollback;
  rollback.where = e.key_where;
  const Node& v = e.value;
  bool empty = v.is_null() || (v.is_scalar() && text::trim(v.text).empty()) ||
               (v.is_list() && v.items.empty()) || (v.is_map() && v.entries.empty());
  if (empty) {
    rollback.kind = model::Rollback::Kind::explicit_empty;
    return;
  }
  rollback.kind = model::Rollback::Kind::explicit_changes;
  auto read_reference = [&](const Node& map) {
    if (out.rollback_reference) {
      diags.error(map.where, "a rollback can replay only one other change-set");
      return;
    }
    RollbackReferenceAttributes ref;
    read_fields(ref, attributes_of(map, "rollback", diags), "rollback", e.key_where, diags);
    if (!ref.id || !ref.author) return;
    out.rollback_reference =
        RollbackReference{*ref.id, *ref.author, ref.path ? normalize_path(*ref.path) : "", map.where};
  };
  if (v.is_scalar()) {
    rollback.changes.push_back(sql_change(v));
  } else if (has_key(v, "changeSetId")) {
    read_reference(v);
  } else if (v.is_list()) {
    for (const Node& item : v.items) {
      if (item.is_scalar()) {
        rollback.changes.push_back(sql_change(item));
      } else if (has_key(item, "changeSetId")) {
        read_reference(item);
      } else {
        Node one;
        one.kind = Node::Kind::list;
        one.items.push_back(item);
        for (model::Change& c : read_changes(one, "rollback", diags))
          rollback.changes.push_back(std::move(c));
      }
    }
  } else {
    // <rollback>text<dropTable .../></rollback>: the text is a sql change, before the elements.
    if (const Node* text = element_text(v)) rollback.changes.push_back(sql_change(*text));
    for (model::Change& c : read_changes(v, "rollback", diags)) rollback.changes.push_back(std::move(c));
  }
}

std::vector<std::string> read_checksums(const MapEntry& e, Diagnostics& diags) {
  std::vector<std::string> out;
  auto one = [&](const Node& n) {
    if (n.is_scalar()) {
      out.push_back(n.text);
    } else if (const Node* text = element_text(n)) {  // <validCheckSum><comment>why</comment>9:...</validCheckSum>
      out.push_back(text->text);
    } else if (!n.is_null()) {
      diags.error(n.where, "each validCheckSum must be a checksum or ANY, not " + std::string(describe(n)));
    }
  };
  if (e.value.is_list()) {
    for (const Node& item : e.value.items) one(item);
  } else {
    one(e.value);
  }
  return out;
}

// An accepted attribute of which basalt implements only Liquibase's default.
void only_default(const model::Text& value, const MapEntry* entry, std::string_view default_value,
                  const std::vector<std::string>& others, Diagnostics& diags) {
  if (!value || text::iequals(*value, default_value)) return;
  const SourceLocation& where = where_of(*entry);
  for (const std::string& other : others) {
    if (text::iequals(*value, other)) {
      diags.error(where, entry->key + " '" + *value + "' is not supported by basalt yet",
                  "only " + std::string(default_value) + " (the default) is");
      return;
    }
  }
  std::vector<std::string> all = others;
  all.emplace_back(default_value);
  std::optional<std::string> near = text::closest(*value, all);
  diags.error(where, "unknown " + entry->key + " '" + *value + "'",
              near ? "did you mean '" + *near + "'?" : "expected one of " + text::join(all, ", "));
}

}  // namespace

ReadChangeSet read_change_set(const MapEntry& entry, const std::string& file_path, Diagnostics& diags) {
  ReadChangeSet out;
  model::ChangeSet& cs = out.change_set;
  cs.where = entry.key_where;
  cs.file_path = file_path;

  // A change-set's changes are its `changes` list (YAML), or entries named as a change type
  // (XML's child elements, which YAML may write too): Liquibase reads both, in written order.
  std::vector<const MapEntry*> entries;
  std::vector<const MapEntry*> change_entries;
  for (const MapEntry* e : attributes_of(entry.value, "changeSet", diags)) {
    const bool is_change = e->key == "changes" || is_liquibase_change_name(e->key);  // basalt's are among them
    (is_change ? change_entries : entries).push_back(e);
  }
  FieldReader reader(entries, "changeSet", entry.key_where, diags);
  // Liquibase finds these by their exact name: `Changes:` or `preconditions:` holding a list is taken
  // for an unknown change type and refused, `Rollback: text` ignored.
  const MapEntry* rollback = reader.take("rollback", Match::exact);
  const MapEntry* preconditions = reader.take("preConditions", Match::exact);
  const std::vector<const MapEntry*> checksums = reader.take_all("validCheckSum");  // XML repeats the element
  const std::vector<const MapEntry*> modify_sql = reader.take_all("modifySql");  // XML repeats the element
  ChangeSetAttributes a;
  ChangeSetAttributes::fields(a, reader);
  reader.report_unknown(FieldReader::Unknown::maps_refused);
  if (entry.value.is_null()) return out;  // "missing id/author" said it all

  if (a.id) cs.id = *a.id;
  if (a.author) cs.author = *a.author;
  // Liquibase writes the text "null" as SQL NULL, which databasechangelog refuses for these columns:
  // its update fails on the tracker row. Said here instead.
  for (const auto& [name, value] : {std::pair<const char*, const model::Text*>{"id", &a.id}, {"author", &a.author}})
    if (*value && text::iequals(**value, "null"))
      diags.error(where_of(*reader.take(name)),
                  std::string("the change-set's ") + name + " '" + **value +
                      "' is written by Liquibase as SQL NULL, which databasechangelog does not allow",
                  "choose another " + std::string(name));
  const std::optional<std::string> own_path = a.logical_file_path ? logical_path(*a.logical_file_path) : std::nullopt;
  if (own_path) cs.file_path = *own_path;
  out.own_file_path = own_path.has_value();
  // Liquibase trims a comment (a block scalar's final line break is gone from COMMENTS).
  if (a.comment) cs.comment = std::string(text::trim(*a.comment));
  // They mean the same; given together, contextFilter wins over context (measured), then contexts.
  const char* context_key = a.context_filter ? "contextFilter" : a.context ? "context" : "contexts";
  cs.contexts = a.context_filter ? a.context_filter : a.context ? a.context : a.contexts;
  cs.labels = a.labels;
  cs.dbms = a.dbms;
  cs.created = a.created;
  cs.run_on_change = a.run_on_change.value_or(false);
  cs.run_always = a.run_always.value_or(false);
  cs.run_in_transaction = a.run_in_transaction.value_or(true);
  cs.fail_on_error = a.fail_on_error.value_or(true);
  cs.ignore = a.ignore.value_or(false);
  const auto find_entry = [&](std::string_view key) {
    for (const MapEntry* e : entries)
      if (text::iequals(e->key, key)) return e;
    return static_cast<const MapEntry*>(nullptr);
  };
  // basalt's own: Liquibase ignores them (its checksum does not read change-set attributes).
  for (auto [name, given, parsed] : {std::tuple{"lockTimeout", &a.lock_timeout, &cs.lock_timeout},
                                  std::tuple{"statementTimeout", &a.statement_timeout, &cs.statement_timeout}}) {
    if (!*given) continue;
    *parsed = parse_timeout(**given);
    if (!*parsed)
      if (const MapEntry* e = find_entry(name))
        diags.error(e->key_where, std::string(name) + " '" + **given + "' is not a timeout",
                    "write " + std::string(kTimeoutForms));
  }
  for (const char* name : {"contextFilter", "context", "contexts"})
    if (const MapEntry* e = find_entry(name); e != nullptr && std::string_view(name) != context_key)
      diags.warning(e->key_where, std::string("changeSet's '") + name + "' is ignored: its " + context_key +
                                      " is the one that counts",
                    "Liquibase ignores it too; keep one of them");
  // Liquibase Pro settings that open-source Liquibase reads and does nothing with.
  for (const char* pro : {"runOrder", "runWithSpoolFile"})
    if (const MapEntry* e = find_entry(pro))
      diags.warning(e->key_where, std::string(pro) + " (a Liquibase Pro setting) is ignored",
                    "Liquibase's open-source edition ignores it too");
  if (a.on_validation_fail && *a.on_validation_fail == "MARK_RAN") {
    cs.mark_ran_on_validation_fail = true;
  } else if (a.on_validation_fail && *a.on_validation_fail != "HALT") {
    diags.error(where_of(*find_entry("onValidationFail")), "unknown onValidationFail '" + *a.on_validation_fail + "'",
                "expected HALT (the default) or MARK_RAN, in upper case as Liquibase reads them");
  }
  if (a.run_with)
    only_default(a.run_with, find_entry("runWith"), "jdbc", {"psql", "sqlplus", "sqlcmd"}, diags);
  for (const MapEntry* e : modify_sql) read_modify_sql(*e, cs.sql_edits, diags);

  for (const MapEntry* e : change_entries) {
    if (e->key == "changes") {
      for (model::Change& c : read_changes(e->value, "changes", diags)) cs.changes.push_back(std::move(c));
    } else if (auto change = read_change(*e, diags)) {
      cs.changes.push_back(std::move(*change));
    }
  }
  if (a.object_quoting_strategy) {
    const std::string& s = *a.object_quoting_strategy;
    if (s == "LEGACY" || s == "QUOTE_ALL_OBJECTS" || s == "QUOTE_ONLY_RESERVED_WORDS") {
      cs.quoting_strategy = s;
      out.quoting_given = true;
    } else {
      only_default(a.object_quoting_strategy, find_entry("objectQuotingStrategy"), "LEGACY",
                   {"QUOTE_ALL_OBJECTS", "QUOTE_ONLY_RESERVED_WORDS"}, diags);
    }
  }
  if (rollback) read_rollback(*rollback, out, diags);
  if (preconditions) cs.preconditions = read_preconditions(*preconditions, diags);
  for (const MapEntry* e : checksums)
    for (std::string& sum : read_checksums(*e, diags)) cs.valid_checksums.push_back(std::move(sum));
  return out;
}

}  // namespace basalt::formats
