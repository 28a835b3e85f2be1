// A generated SQL statement and what it needs to run.
#pragma once

#include <string>
#include <string_view>

#include <optional>
#include <vector>

#include "engine/core/location.h"
#include "engine/sql/form.h"

namespace basalt::sql {

/// One statement to send to PostgreSQL, without the trailing ';'.
struct Statement {
  std::string text;
  /// False for statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, ...).
  bool transactional = true;
  /// What ends it in a script: ';', or a sql change's endDelimiter, which Liquibase glues on ("...)GO").
  std::string terminator = ";";
  /// A sql change's statement: where its first character stands in the changelog, and the column
  /// its further lines start at (line 0: unknown).
  SourceLocation origin{};
  int continuation_column = 0;
  /// A comment a script prints on the line before it (loadData's "may change each run" warning).
  std::string note{};
  /// An executeCommand: `text` is what a script shows ("-- touch x"); the database sink runs
  /// `command` (the program and its arguments; empty when its os is another) instead of sending it.
  bool is_command = false;
  std::vector<std::string> command{};
  int command_timeout_seconds = 0;  // 0: none
  /// What the generator wrote: the statement's form and relation. None for raw SQL (a sql change's,
  /// a procedure body, text a modifySql edited), whose form PostgreSQL's parser reads
  /// (engine/safety), and for a typed statement whose form depends on an expression it holds (a
  /// computed default).
  std::optional<Tag> tag{};
  bool operator==(const Statement&) const = default;
};

using Statements = std::vector<Statement>;

/// The note of a statement generated from the database's state when it runs (loadData's untyped
/// columns, dropAllForeignKeyConstraints' keys). A statement with no text carries only the note.
inline constexpr std::string_view kMayChangeNote =
    "WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:";

/// Transaction control, for the unit runner that sends a change-set in one query string.
inline constexpr std::string_view kBegin = "BEGIN", kCommit = "COMMIT", kRollback = "ROLLBACK";

}  // namespace basalt::sql
