// A generated SQL statement and what it needs to run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace basalt::sql {

/// One statement to send to PostgreSQL, without the trailing ';'.
struct Statement {
  std::string text;
  /// False for statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, ...).
  bool transactional = true;
  /// What ends it in a script: ';', or a sql change's endDelimiter, which Liquibase glues on ("...)GO").
  std::string terminator = ";";
  bool operator==(const Statement&) const = default;
};

using Statements = std::vector<Statement>;

/// Transaction control, for the unit runner that sends a change-set in one query string.
inline constexpr std::string_view kBegin = "BEGIN", kCommit = "COMMIT", kRollback = "ROLLBACK";

}  // namespace basalt::sql
