// The forms of statement basalt tells apart. The generator tags each statement it writes with its
// form and the relations it acts on; engine/safety maps each form to its locks, and reads raw SQL's
// forms from PostgreSQL's parser.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace basalt::sql {

/// A form of statement, as basalt tells them apart (one row each in engine/safety's table).
enum class Form : std::uint8_t {
  create_table,
  create_table_referencing,
  drop_table,
  rename_table,
  add_column,
  add_column_constant_default,
  add_column_volatile_default,
  drop_column,
  rename_column,
  alter_column_type,
  set_not_null,
  drop_not_null,
  set_default,
  drop_default,
  add_primary_key,
  add_unique_constraint,
  add_foreign_key,
  add_foreign_key_not_valid,
  add_check,
  add_check_not_valid,
  validate_constraint,
  drop_constraint,
  create_index,
  create_index_concurrently,
  drop_index,
  drop_index_concurrently,
  create_sequence,
  alter_sequence,
  create_view,
  drop_view,
  comment,
  insert,
  update,
  delete_rows,
  truncate,
  select,
  create_function,
  setting,  // SET, SET LOCAL, RESET: the session's settings (basalt's timeouts)
};

/// What a generated statement is: its form, the relation it acts on ("schema.name", as PostgreSQL
/// reads the name), and the tables its foreign keys reference.
struct Tag {
  Form form;
  std::string relation;
  std::vector<std::string> referenced{};
  bool operator==(const Tag&) const = default;
};

}  // namespace basalt::sql
