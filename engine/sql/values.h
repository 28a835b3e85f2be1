// Values as SQL: column defaults and the values of insert/update.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/model/change.h"
#include "engine/sql/types.h"

namespace basalt::sql {

/// The default-value attributes of a column or of addDefaultValue, whichever kind was given.
struct DefaultValue {
  const model::Text* text = nullptr;       // defaultValue
  const model::Text* numeric = nullptr;    // defaultValueNumeric
  const model::Flag* boolean = nullptr;    // defaultValueBoolean
  const model::Text* computed = nullptr;   // defaultValueComputed
  const model::Text* date = nullptr;       // defaultValueDate
  const model::Text* sequence_next = nullptr;  // defaultValueSequenceNext

  static DefaultValue of(const model::Column& c);
  static DefaultValue of(const model::AddDefaultValue& c);
};

/// The expression after DEFAULT, or nothing when no default was given. `type` decides how a plain
/// defaultValue is written (numbers and booleans bare, text quoted); `default_schema` qualifies a
/// sequence, as Liquibase does even for tables in other schemas.
std::optional<std::string> default_expression(const DefaultValue& d, const ColumnType& type,
                                              std::string_view default_schema);

/// The value of a column in insert/update: value → 'text', valueNumeric → as written,
/// valueBoolean → TRUE/FALSE, valueComputed → as written, valueDate → 'date', none → NULL.
std::string column_value(const model::Column& c, std::string_view default_schema);

/// A date/time literal as Liquibase writes it: the ISO 'T' becomes a space.
std::string date_literal(std::string_view value);

}  // namespace basalt::sql
