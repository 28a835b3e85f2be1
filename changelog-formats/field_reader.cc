// Reading attribute values: text, flags, numbers, columns and constraints.
#include "changelog-formats/field_reader.h"

#include <algorithm>
#include <cctype>

#include "changelog-formats/yaml/scalars.h"
#include "engine/core/text.h"
#include "engine/model/dates.h"

namespace basalt::formats {
namespace {

std::string quoted(std::string_view s) {
  return "'" + std::string(s) + "'";
}

// How a wrong value is shown: its text when it is text, else what it is.
std::string shown(const Node& n) {
  return n.is_scalar() ? quoted(n.text) : std::string(describe(n));
}

}  // namespace

std::vector<const MapEntry*> attributes_of(const Node& n, std::string_view owner, Diagnostics& diags) {
  std::vector<const MapEntry*> out;
  if (n.is_map()) {
    for (const MapEntry& e : n.entries) out.push_back(&e);
  } else if (n.is_list()) {
    for (const Node& item : n.items) {
      if (item.is_map()) {
        for (const MapEntry& e : item.entries) out.push_back(&e);
      } else if (!item.is_null()) {
        diags.error(item.where,
                    "each item of " + std::string(owner) + " must be 'name: value', not " + shown(item));
      }
    }
  } else if (n.is_scalar()) {
    diags.error(n.where, std::string(owner) + " needs attributes ('name: value' lines), not " + shown(n));
  }
  return out;
}

std::string suggest(std::string_view written, const std::vector<std::string>& known) {
  std::optional<std::string> near = text::closest(written, known);
  if (!near) return "";
  if (text::iequals(*near, written)) return "write it '" + *near + "': Liquibase matches this name's case";
  return "did you mean '" + *near + "'?";
}

namespace {

bool names(std::string_view written, std::string_view key, Match match) {
  switch (match) {
    case Match::any_case:
      return text::iequals(written, key);
    case Match::exact:
      return written == key;
    case Match::first_letter:
      return !written.empty() && written.size() == key.size() &&
             text::iequals(written.substr(0, 1), key.substr(0, 1)) && written.substr(1) == key.substr(1);
  }
  return false;
}

}  // namespace

void report_unknown_name(Diagnostics& diags, const MapEntry& e, const std::string& what, const std::string& hint) {
  if (e.value.schema_checked) {
    diags.error(e.key_where, what, (hint.empty() ? "" : hint + " ") + "(Liquibase's XML schema does not allow it)");
  } else {
    diags.warning(e.key_where, what + " is ignored", hint.empty() ? "Liquibase ignores it too" : hint);
  }
}

const MapEntry* FieldReader::take(std::string_view key, Match match) {
  known_.emplace_back(key);
  const MapEntry* found = nullptr;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    // XML names are matched exactly: Liquibase's schema refuses `TableName`.
    if (!names(entries_[i]->key, key, entries_[i]->value.schema_checked ? Match::exact : match)) continue;
    taken_[i] = true;
    if (found == nullptr) {
      found = entries_[i];
    } else {
      diags_.error(entries_[i]->key_where,
                   "attribute '" + std::string(key) + "' of " + owner_ + " is given twice (first at line " +
                       std::to_string(found->key_where.line) + ")",
                   "remove one of them");
    }
  }
  return found;
}

std::vector<const MapEntry*> FieldReader::take_all(std::string_view key) {
  known_.emplace_back(key);
  std::vector<const MapEntry*> out;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i]->key != key) continue;
    taken_[i] = true;
    out.push_back(entries_[i]);
  }
  return out;
}

void FieldReader::report_unknown(Unknown unknown) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (taken_[i]) continue;
    const MapEntry& e = *entries_[i];
    const std::string near = suggest(e.key, std::vector<std::string>(known_.begin(), known_.end()));
    const std::string lead = near.empty() ? std::string() : near + " ";
    if (unknown == Unknown::maps_refused && (e.value.is_map() || e.value.is_list())) {
      diags_.error(e.key_where, "unknown attribute '" + e.key + "' of " + owner_ + " holds " + std::string(describe(e.value)),
                   lead + "(Liquibase takes it for a change type and refuses it)");
      continue;
    }
    if (e.value.schema_checked) {
      diags_.error(e.key_where, (e.value.is_scalar() ? "unknown attribute '" : "unknown element <") + e.key +
                                    (e.value.is_scalar() ? "' of " : "> in ") + owner_,
                   lead + "(Liquibase's XML schema does not allow it)");
      continue;
    }
    if (unknown == Unknown::refused) {  // a column's: Liquibase stops at "Unexpected node"
      diags_.error(e.key_where, "unknown attribute '" + e.key + "' of " + owner_, lead + "(Liquibase refuses it too)");
      continue;
    }
    // Liquibase ignores unknown attributes without a word, and real changelogs have them, so they
    // are warnings (errors under --strict): a misspelled `nullable` is at least seen. Removing one
    // does not change the checksum.
    diags_.warning(e.key_where, "unknown attribute '" + e.key + "' of " + owner_ + " is ignored",
                   near.empty() ? "Liquibase ignores it too; removing it does not change the checksum" : near);
  }
}

void FieldReader::not_acting(const MapEntry& e, std::string_view key, unsigned rule) {
  const std::string name = "attribute '" + std::string(key) + "' of " + owner_;
  if ((rule & model::kIgnoredHere) != 0)
    diags_.warning(e.key_where, name + " is ignored on PostgreSQL",
                   "Liquibase ignores it there too: it belongs to other databases");
  if ((rule & model::kNotAProperty) != 0)
    diags_.warning(e.key_where, name + " is ignored",
                   "Liquibase's XML schema allows it, but " + owner_ + " has no such property: Liquibase ignores it "
                   "too, and it is not in the checksum");
  const bool is_false = e.value.is_scalar() && text::iequals(e.value.text, "false");
  if ((rule & model::kNotYet) != 0 || ((rule & model::kNotYetIfFalse) != 0 && is_false))
    diags_.error(e.key_where, name + " is not supported by basalt yet",
                 "remove it, or write the change as a 'sql' change (which has another checksum: an applied "
                 "change-set then needs validCheckSum)");
}

void FieldReader::missing(std::string_view key) {
  diags_.error(owner_where_, owner_ + " is missing required attribute '" + std::string(key) + "'");
}

void FieldReader::read(const MapEntry& e, std::string_view key, model::Text& out, unsigned rule) {
  if (e.value.is_list()) {
    if (std::optional<std::string> listed = text_of(e.value)) {  // Liquibase takes a list's text too
      MapEntry as_text{e.key, e.key_where, scalar(*listed, e.value.where)};
      read(as_text, key, out, rule);
      return;
    }
  }
  if (!e.value.is_scalar()) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of " + owner_ + " must be text, not " +
                                    std::string(describe(e.value)));
    return;
  }
  // A column's startWith and incrementBy are whole numbers to the XML schema, which sees a
  // ${property} written there and refuses it.
  if (e.value.schema_checked && e.value.expanded && owner_ == "column" && (key == "startWith" || key == "incrementBy")) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of column must be a whole number as written, not a ${property}",
                 "Liquibase's XML schema refuses it too");
    return;
  }
  // The XML schema collapses the blanks around a typed value (startWith=" 10 " is 10); text
  // attributes keep theirs.
  if ((rule & (model::kNumeric | model::kInteger)) != 0 && e.value.schema_checked &&
      text::trim(e.value.text) != e.value.text) {
    MapEntry collapsed{e.key, e.key_where, e.value};
    collapsed.value.text = std::string(text::trim(e.value.text));
    read(collapsed, key, out, rule);
    return;
  }
  // Liquibase takes a value or default that is not a number for a function (valueComputed), which
  // settle_numeric() then makes it.
  if ((rule & model::kNumeric) != 0 && !text::is_number(e.value.text) && (key == "valueNumeric" || key == "defaultValueNumeric")) {
    out = e.value.text;
    return;
  }
  if ((rule & model::kNumeric) != 0 && !text::is_number(e.value.text)) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of " + owner_ +
                                    " must be a number, not " + shown(e.value));
    return;
  }
  if ((rule & model::kInteger) != 0) {
    // Liquibase reads these as a BigInteger from the value's text: 1e3 (1000.0) and '1_000' fail.
    std::string_view t = e.value.text;
    bool negative = !t.empty() && t[0] == '-';
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    if (t.empty() || t.find_first_not_of("0123456789") != std::string_view::npos) {
      diags_.error(e.value.where,
                   "attribute '" + std::string(key) + "' of " + owner_ + " must be a whole number, not " +
                       shown(e.value),
                   "Liquibase refuses it too");
      return;
    }
    std::size_t first = std::min(t.find_first_not_of('0'), t.size() - 1);
    std::string digits(t.substr(first));
    out = (negative && digits != "0" ? "-" : "") + digits;
    return;
  }
  // A YAML date reaches a column's date as the java.util.Date itself, not as its text.
  if ((rule & model::kDate) != 0 && e.value.date) {
    out = yaml::timestamp_of_java_date(e.value.text);
    return;
  }
  out = e.value.text;
}

void settle_numeric(model::Text& numeric, model::Text& computed, std::string_view key, Diagnostics& diags,
                    const SourceLocation& where) {
  if (!numeric || text::is_number(*numeric) || text::iequals(*numeric, "null")) return;
  std::string text = *numeric;
  // A default in parentheses loses them first, as Liquibase strips them before parsing.
  if (key == "defaultValueNumeric" && text.starts_with('(') && text.ends_with(')')) text = text.substr(1, text.size() - 2);
  if (text::is_number(text)) {
    numeric = text;
    return;
  }
  diags.warning(where, std::string(key) + " '" + *numeric + "' is not a number, so it is written as SQL (" +
                           (key == "valueNumeric" ? "valueComputed" : "defaultValueComputed") + "), as Liquibase does",
                "write valueComputed or defaultValueComputed to say so");
  computed = key == "valueNumeric" ? *numeric : text;
  numeric.reset();
}

namespace {

// Liquibase reads a column's valueDate and defaultValueDate as a date (ISODateFormat), and takes
// text it cannot read so for a function: valueComputed, unless one is given, which wins. The date
// then stands in the checksum and the SQL as Liquibase writes it ("2001-12-14T21:59:43").
void settle_date(model::Text& date, model::Text& computed) {
  if (!date) return;
  if (std::optional<std::string> iso = model::iso_date(*date)) {
    date = std::move(*iso);
    return;
  }
  if (!computed) computed = std::move(*date);
  date.reset();
}

}  // namespace

void FieldReader::read(const MapEntry& e, std::string_view key, model::Flag& out, unsigned) {
  if (!e.value.is_scalar()) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of " + owner_ +
                                    " must be true or false, not " + shown(e.value));
    return;
  }
  // In XML, Liquibase's schema allows only XML Schema's booleans (true, false, 1, 0) or a ${property}
  // where it types the attribute as a boolean; a few it types as text (a column's valueBoolean).
  const std::string_view written = text::trim(e.value.text);
  const bool typed_as_text = key == "valueBoolean" || (key == "defaultValueBoolean" && owner_ != "column") ||
                             (key == "ignore" && (owner_ == "include" || owner_ == "includeAll"));
  if (e.value.schema_checked && !e.value.expanded && !typed_as_text && written != "true" && written != "false" &&
      written != "1" && written != "0" && !(written.starts_with("${") && written.ends_with("}"))) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of " + owner_ + " must be true or false, not " +
                                    shown(e.value),
                 "Liquibase's XML schema refuses it too");
    return;
  }
  // Liquibase takes a flag's text through Java's Boolean.valueOf: "true" in any case is true, and
  // everything else false, so a quoted 'yes' or a 1 is false. basalt does the same, and says so.
  // The XML schema collapses the blanks around a boolean first (" true " is true).
  const std::string_view flag = e.value.schema_checked ? written : std::string_view(e.value.text);
  out = text::iequals(flag, "true");
  if (!*out && !text::iequals(flag, "false"))
    diags_.warning(e.value.where,
                   "attribute '" + std::string(key) + "' of " + owner_ + " is " + shown(e.value) +
                       ", which Liquibase reads as false",
                   "write true or false (unquoted yes/no and on/off are booleans too)");
}

std::vector<const MapEntry*> FieldReader::column_entries(std::string_view key, unsigned rule) {
  std::vector<const MapEntry*> out;
  // whereParams holds `param` items, read as columns; only `columns` may be written as bare entries.
  const std::string item = key == "whereParams" ? "param" : "column";
  const std::vector<const MapEntry*> lists = take_all(key);
  const std::vector<const MapEntry*> singles = key == "columns" ? take_all("column") : std::vector<const MapEntry*>{};
  if (lists.empty() && singles.empty() && (rule & model::kRequired) != 0) missing(key);
  for (const MapEntry* e : lists) {
    const Node& list = e->value;
    if (list.is_null()) {
      if ((rule & model::kRequired) != 0) missing(key);
      continue;
    }
    if (!list.is_list() && !list.is_map()) {
      diags_.error(list.where, "attribute '" + std::string(key) + "' of " + owner_ + " must be a list of '- " +
                                   item + ":' entries, not " + shown(list));
      continue;
    }
    // `columns: [- column: ...]`, or a map of `column` entries (an XML <columns> element).
    std::vector<const Node*> items;
    if (list.is_map()) items.push_back(&list);
    for (const Node& i : list.items) items.push_back(&i);
    for (const Node* item_node : items) {
      if (!item_node->is_map()) {
        diags_.error(item_node->where, "each item of '" + std::string(key) + "' of " + owner_ +
                                           " must be a '- " + item + ":' entry, not " + shown(*item_node));
        continue;
      }
      for (const MapEntry& c : item_node->entries) {
        // Liquibase finds the items by name in any case (`- Column:`); XML's schema wants it exact.
        if (c.value.schema_checked ? c.key != item : !text::iequals(c.key, item)) {
          // Liquibase skips such items without a word (gravitee has a dropNotNullConstraint there).
          if (c.value.schema_checked) {
            report_unknown_name(diags_, c, "unknown element <" + c.key + "> in " + std::string(key), "");
          } else {
            diags_.warning(c.key_where,
                           "'" + c.key + "' in '" + std::string(key) + "' of " + owner_ + " is not a " + item +
                               " and is ignored, as Liquibase ignores it",
                           "each item of '" + std::string(key) + "' is '- " + item +
                               (item == "column" ? ": {name: ..., type: ...}'" : ": {name: ..., value: ...}'"));
          }
          continue;
        }
        out.push_back(&c);
      }
    }
  }
  out.insert(out.end(), singles.begin(), singles.end());
  return out;
}

void FieldReader::read_columns(std::string_view key, model::Columns& out, unsigned rule) {
  for (const MapEntry* c : column_entries(key, rule)) read_column(*c, out, key != "whereParams");
}

void FieldReader::read_columns(std::string_view key, model::LoadColumns& out, unsigned rule) {
  for (const MapEntry* c : column_entries(key, rule)) {
    model::LoadColumn column;
    column.where = c->key_where;
    FieldReader reader(attributes_of(c->value, "column", diags_), "column", c->key_where, diags_,
                       Match::first_letter);
    model::LoadColumn::fields(column, reader);
    reader.report_unknown(Unknown::refused);
    out.push_back(std::move(column));
  }
}

namespace {

struct ParamAttributes {
  model::Text name, value;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("name", s.name, model::kRequired);
    v("value", s.value);
  }
};

}  // namespace

void FieldReader::read_params(std::string_view key, model::Params& out) {
  std::vector<const MapEntry*> params = take_all(key);
  // `params: [- param: {...}]` or a <params> element holding <param> elements.
  for (const MapEntry* group : take_all(owned_.emplace_back(std::string(key) + "s"))) {
    std::vector<const MapEntry*> inner = attributes_of(group->value, std::string(key) + "s", diags_);
    for (const MapEntry* e : inner) {
      if (e->key == key) {
        params.push_back(e);
      } else {
        report_unknown_name(diags_, *e, "'" + e->key + "' in '" + std::string(key) + "s' of " + owner_,
                            "each item is a '" + std::string(key) + "'");
      }
    }
  }
  for (const MapEntry* e : params) {
    std::vector<const MapEntry*> attributes = attributes_of(e->value, std::string(key), diags_);
    MapEntry text_value;
    if (const Node* text = element_text(e->value)) {  // Liquibase takes the text before a value attribute
      text_value = MapEntry{"value", text->where, *text};
      attributes.erase(std::remove_if(attributes.begin(), attributes.end(),
                                      [](const MapEntry* a) { return a->key == "value"; }),
                       attributes.end());
      attributes.push_back(&text_value);
    }
    ParamAttributes p;
    read_fields(p, attributes, std::string(key), e->key_where, diags_);
    if (p.name) out.push_back({*p.name, p.value.value_or("null")});  // Java prints a null value so
  }
}

namespace {

struct ArgAttributes {
  model::Text value;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("value", s.value, model::kRequired);
  }
};

}  // namespace

void FieldReader::read_args(std::string_view key, model::Args& out) {
  std::vector<const MapEntry*> args = take_all(key);
  for (const MapEntry* group : take_all(owned_.emplace_back(std::string(key) + "s"))) {
    std::vector<const MapEntry*> inner = attributes_of(group->value, std::string(key) + "s", diags_);
    for (const MapEntry* e : inner) {
      if (e->key == key) {
        args.push_back(e);
      } else {
        report_unknown_name(diags_, *e, "'" + e->key + "' in '" + std::string(key) + "s' of " + owner_,
                            "each item is an '" + std::string(key) + "'");
      }
    }
  }
  for (const MapEntry* e : args) {
    ArgAttributes a;
    read_fields(a, attributes_of(e->value, std::string(key), diags_), std::string(key), e->key_where, diags_);
    if (a.value) out.push_back(*a.value);
  }
}

namespace {

// Reads a struct's fields with none of them required.
struct NoneRequired {
  FieldReader& reader;
  template <class Member>
  void operator()(std::string_view key, Member& member, unsigned rule = model::kOptional) {
    reader(key, member, rule & ~static_cast<unsigned>(model::kRequired));
  }
};

}  // namespace

void FieldReader::read_column(const MapEntry& c, model::Columns& out, bool name_required) {
  model::Column column;
  column.where = c.key_where;
  std::vector<const MapEntry*> attributes = attributes_of(c.value, "column", diags_);
  // An XML column's text is its value when it has no value attribute.
  MapEntry text_value;
  if (const Node* text = element_text(c.value)) {
    text_value = MapEntry{"value", text->where, *text};
    const bool has_value = std::any_of(attributes.begin(), attributes.end(),
                                       [](const MapEntry* a) { return a->key == "value"; });
    if (!has_value) attributes.push_back(&text_value);
  }
  FieldReader reader(attributes, name_required ? "column" : c.key, c.key_where, diags_, Match::first_letter);
  if (name_required) {
    model::Column::fields(column, reader);
  } else {  // a where parameter needs a name only for :name
    NoneRequired optional{reader};
    model::Column::fields(column, optional);
  }
  reader.report_unknown(Unknown::refused);
  settle_numeric(column.value_numeric, column.value_computed, "valueNumeric", diags_, column.where);
  settle_numeric(column.default_value_numeric, column.default_value_computed, "defaultValueNumeric", diags_,
                 column.where);
  settle_date(column.value_date, column.value_computed);
  settle_date(column.default_value_date, column.default_value_computed);
  out.push_back(std::move(column));
}

void FieldReader::read(const MapEntry& e, std::string_view key, std::optional<model::Constraints>& out,
                       unsigned) {
  if (!e.value.is_map() && !e.value.is_list()) {
    diags_.error(e.value.where, "attribute '" + std::string(key) + "' of " + owner_ +
                                    " must be a map of constraints, not " + shown(e.value));
    return;
  }
  model::Constraints constraints;
  read_fields(constraints, attributes_of(e.value, "constraints", diags_), "constraints", e.key_where, diags_);
  out = std::move(constraints);
}

}  // namespace basalt::formats
