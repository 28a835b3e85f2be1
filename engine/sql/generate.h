// Forward SQL for each change type: the statements Liquibase 4.28 emits on PostgreSQL.
#pragma once

#include <string>

#include "engine/model/change.h"
#include "engine/sql/statement.h"

namespace basalt::sql {

/// What generation needs to know about the target database.
struct Target {
  std::string default_schema = "public";
};

/// The statements that apply one change (no tracker statements).
Statements generate(const model::Change& change, const Target& target);

}  // namespace basalt::sql
