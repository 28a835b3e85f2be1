// Value formatting, following what Liquibase 4.28 emitted for each kind of default and value.
#include "engine/sql/values.h"

#include <cctype>

#include "engine/core/text.h"
#include "engine/model/dates.h"
#include "engine/sql/quote.h"

namespace basalt::sql {
namespace {


std::optional<bool> as_boolean(std::string_view v) {
  const std::string l = text::lower(text::trim(v));
  if (l == "true" || l == "t" || l == "1" || l == "yes" || l == "y" || l == "on") return true;
  if (l == "false" || l == "f" || l == "0" || l == "no" || l == "n" || l == "off") return false;
  return std::nullopt;
}

const char* boolean_sql(bool b) { return b ? "TRUE" : "FALSE"; }

// Liquibase recognises the current-time functions and writes them as NOW().
std::string computed(std::string_view v) {
  const std::string l = text::lower(text::trim(v));
  // CURRENT_TIMESTAMP(6) too: Liquibase drops the precision. current_datetime is its own
  // database-neutral name for the function.
  if (l == "now()" || l.starts_with("current_timestamp") || l.starts_with("current_datetime")) return "NOW()";
  return std::string(text::trim(v));
}

bool looks_like_date(std::string_view v) {
  v = text::trim(v);
  return !v.empty() && std::isdigit(static_cast<unsigned char>(v[0])) != 0;
}

// Liquibase writes a number default (and any default of an integer type) without a fraction of
// zeros: YAML's 1e3 is the Double 1000.0, which becomes DEFAULT 1000; 1.0E7 and 1.10 stay.
std::string without_zero_fraction(std::string_view v) {
  std::size_t dot = v.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < v.size() && v.find_first_not_of('0', dot + 1) == std::string_view::npos)
    v = v.substr(0, dot);
  return std::string(v);
}

// A date attribute: the date Liquibase reads in it, as a literal, or else a function.
std::string date_value(std::string_view v) {
  if (std::optional<std::string> iso = model::iso_date(v)) return date_literal(*iso);
  return computed(v);
}

std::string sequence_next(std::string_view sequence, std::string_view default_schema) {
  return "nextval(" + quote_literal(qualify(default_schema, sequence)) + ")";
}

}  // namespace

DefaultValue DefaultValue::of(const model::Column& c) {
  return {&c.default_value,          &c.default_value_numeric, &c.default_value_boolean,
          &c.default_value_computed, &c.default_value_date,    &c.default_value_sequence_next};
}

DefaultValue DefaultValue::of(const model::AddDefaultValue& c) {
  return {&c.default_value,          &c.default_value_numeric, &c.default_value_boolean,
          &c.default_value_computed, &c.default_value_date,    &c.default_value_sequence_next};
}

std::string date_literal(std::string_view value) {
  std::string v(text::trim(value));
  if (v.size() > 10 && v[10] == 'T') v[10] = ' ';
  return quote_literal(v);
}

std::optional<std::string> default_expression(const DefaultValue& d, const ColumnType& type,
                                              std::string_view default_schema) {
  if (d.computed && *d.computed) return computed(**d.computed);
  if (d.sequence_next && *d.sequence_next) return sequence_next(**d.sequence_next, default_schema);
  if (d.boolean && *d.boolean) return std::string(boolean_sql(**d.boolean));
  if (d.numeric && *d.numeric) {
    const std::string number = without_zero_fraction(text::trim(**d.numeric));
    // A boolean column's numeric default 0 or 1 is written FALSE or TRUE (Fineract's m_appuser).
    if (type.family == ColumnType::Family::boolean && (number == "0" || number == "1")) return number == "1" ? "TRUE" : "FALSE";
    return number;
  }
  if (d.date && *d.date) return date_value(**d.date);
  if (d.text && *d.text) {
    const std::string& v = **d.text;
    // Liquibase writes the text "null" (any case) as no value at all.
    if (text::iequals(v, "null")) return std::string("null");
    switch (type.family) {
      case ColumnType::Family::boolean:
        if (const auto b = as_boolean(v)) return std::string(boolean_sql(*b));
        break;
      case ColumnType::Family::whole:
        if (text::is_number(text::trim(v))) return without_zero_fraction(text::trim(v));
        break;
      case ColumnType::Family::number:
        if (text::is_number(text::trim(v))) return std::string(text::trim(v));
        break;
      case ColumnType::Family::temporal:
        if (looks_like_date(v)) return date_literal(v);
        return computed(v);
      default:
        break;
    }
    return quote_literal(v);
  }
  return std::nullopt;
}

std::string column_value(const model::Column& c, std::string_view default_schema) {
  if (c.value_computed) return computed(*c.value_computed);
  if (c.value_sequence_next) return sequence_next(*c.value_sequence_next, default_schema);
  if (c.value_sequence_current) {
    return "currval(" + quote_literal(qualify(default_schema, *c.value_sequence_current)) + ")";
  }
  if (c.value_numeric) return std::string(text::trim(*c.value_numeric));
  if (c.value_boolean) return boolean_sql(*c.value_boolean);
  if (c.value_date) return date_value(*c.value_date);
  if (c.value && !text::iequals(*c.value, "null")) return quote_literal(*c.value);
  return "NULL";  // no value, or the text "null", which Liquibase writes as NULL
}

}  // namespace basalt::sql
