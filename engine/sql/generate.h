// Forward SQL for each change type: the statements Liquibase 4.28 emits on PostgreSQL.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/error.h"
#include "engine/model/change.h"
#include "engine/sql/statement.h"

namespace basalt::sql {

/// A table's columns with their PostgreSQL types (format_type's text), in the table's order.
using TableColumns = std::vector<std::pair<std::string, std::string>>;

/// What generation needs to know about the target database.
struct Target {
  std::string default_schema = "public";
  /// The columns of schema.table as the database has them now (loadData types the columns its
  /// configs leave untyped by them); nullopt when the table does not exist. Unset: no database.
  std::function<std::optional<TableColumns>(const std::string& schema, const std::string& table)> table_columns{};
  /// The bytes of a file a loadData CLOB or BLOB cell names (a path as the changelog's file system
  /// names it); nullopt when it cannot be read. Unset: no file can be read.
  std::function<std::optional<std::string>(const std::string& path)> read_file{};
  /// The names of the foreign keys whose base table is schema.table, as the database has them now,
  /// in name order (dropAllForeignKeyConstraints); none when the table does not exist. Unset: no
  /// database.
  std::function<std::vector<std::string>(const std::string& schema, const std::string& table)> foreign_keys{};
};

/// A change the generator refuses (validation reports it before anything runs).
class InvalidChange : public Error {
 public:
  InvalidChange(SourceLocation where, std::string message, std::string hint = {})
      : Error(std::move(message)), where_(std::move(where)), hint_(std::move(hint)) {}
  const SourceLocation& where() const { return where_; }
  const std::string& hint() const { return hint_; }

 private:
  SourceLocation where_;
  std::string hint_;
};

/// The statements that apply one change (no tracker statements). Throws InvalidChange for what
/// PostgreSQL or Liquibase would refuse; sql::validate finds those before a run.
Statements generate(const model::Change& change, const Target& target);

}  // namespace basalt::sql
