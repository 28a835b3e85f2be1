// Evaluating preconditions as Liquibase 4.28 does: the checks that need the database go to it in one
// round trip, and/or/not short-circuit as Liquibase's do, and each failure reads as Liquibase's.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "engine/model/change_set.h"
#include "engine/model/history.h"
#include "engine/sql/generate.h"

namespace basalt::run {

/// What one statement a precondition sent gave back.
struct QueryResult {
  bool ran = false;                  // false: an earlier statement failed, so this one never ran
  std::optional<std::string> error;  // the server's message, when it failed
  std::size_t columns = 0;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

/// Runs the statements of a precondition block in one round trip, in order, in a transaction it
/// then rolls back (what a sqlCheck writes never stays).
class QueryRunner {
 public:
  virtual ~QueryRunner() = default;
  virtual std::vector<QueryResult> run_all(const std::vector<std::string>& statements) = 0;
};

/// What the checks know besides the database.
struct PreconditionFacts {
  std::string root_file;  // the root changelog's FILENAME: messages name it; changeSetExecuted's default
  std::string user;       // the connection's user (runningAs)
  sql::Target target;
  const std::vector<model::AppliedRow>* history = nullptr;  // as read when the run began
  /// Change-sets recorded since (EXECUTED or MARK_RAN): id, author, FILENAME.
  const std::vector<std::tuple<std::string, std::string, std::string>>* recorded = nullptr;
  const model::ChangeSet* change_set = nullptr;  // null for a changelog-level block
};

/// How a block came out.
struct PreconditionOutcome {
  enum class Kind { passed, failed, errored };
  Kind kind = Kind::passed;
  std::vector<std::string> messages;  // "<root file> : <what failed>", one per failure or error
};

/// Evaluates a block against the database through `db` (null: no database; a check needing one errs).
PreconditionOutcome evaluate(const model::Preconditions& block, const PreconditionFacts& facts, QueryRunner* db);

/// What a block comes to in an update-sql script, as its onSqlOutput says: IGNORE passes without
/// evaluating, TEST evaluates against the database as it is, FAIL fails.
PreconditionOutcome evaluate_for_script(const model::Preconditions& block, const PreconditionFacts& facts,
                                        QueryRunner* db);

/// What a change-set's block decides when it did not pass, by onFail or onError.
enum class Decision { run, skip, mark_ran, halt };
Decision decide(const model::Preconditions& block, const PreconditionOutcome& outcome);

/// The onFail or onError value that applied ("MARK_RAN"); the block's failure or error text.
std::string applied_option(const model::Preconditions& block, const PreconditionOutcome& outcome);
std::string describe(const model::Preconditions& block, const PreconditionOutcome& outcome);

/// A change-set's preconditions stopped the run (onFail or onError HALT).
class PreconditionsFailed : public Error {
 public:
  PreconditionsFailed(std::string message, const model::ChangeSet* change_set)
      : Error(std::move(message)), change_set_(change_set) {}
  const model::ChangeSet* change_set() const { return change_set_; }

 private:
  const model::ChangeSet* change_set_;
};

/// Checks the changelog-level blocks in order, before anything runs: a block whose onFail or
/// onError is WARN reports through `warn` and the run goes on; any other failure or error stops it
/// (Liquibase stops on HALT, CONTINUE and MARK_RAN alike there), throwing Error "Validation Failed".
void check_changelog(const std::vector<model::Preconditions>& blocks,
                     const std::function<PreconditionOutcome(const model::Preconditions&)>& evaluate_block,
                     const std::string& root_file, const std::function<void(const std::string&)>& warn);

}  // namespace basalt::run
