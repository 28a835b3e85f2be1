// Forward SQL for each change type: the statements Liquibase 4.28 emits on PostgreSQL.
#pragma once

#include <string>

#include "engine/core/error.h"
#include "engine/model/change.h"
#include "engine/sql/statement.h"

namespace basalt::sql {

/// What generation needs to know about the target database.
struct Target {
  std::string default_schema = "public";
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
