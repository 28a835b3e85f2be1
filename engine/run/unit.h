// Units of work: the statements of one change-set with its tracker statement, as one transaction.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/plan/plan.h"
#include "engine/sql/generate.h"
#include "engine/tracker/tracker.h"

namespace basalt::run {

/// What a unit does, for the script's comments and the progress report.
enum class UnitKind { apply, rollback, fill_checksum };

/// Statements that commit together (or, for runInTransaction: false, run one by one).
struct Unit {
  UnitKind kind = UnitKind::apply;
  const model::ChangeSet* change_set = nullptr;  // null for fill_checksum units
  sql::Statements statements;                    // the change-set's own statements
  /// The changes `statements` come from (the change-set's, or a rollback's).
  const std::vector<model::Change>* changes = nullptr;
  /// The statements depend on the database as it is when the unit runs (a loadData types its
  /// columns from the table), so they are generated then: `statements` is empty until that.
  bool generated_late = false;
  /// apply units: the row to write. Its ORDEREXECUTED and EXECTYPE are settled when the unit runs:
  /// a change-set that fails with failOnError: false writes no row and takes no number.
  tracker::NewRow row;
  bool row_exists = false;  // re-run (runOnChange, runAlways): the row is updated in place
  /// rollback and fill_checksum units: their tracker statement.
  sql::Statement record;
  bool transactional = true;
  bool fail_on_error = true;
  /// rollback units: the change-set was only marked as ran (MARK_RAN), yet its inverse runs, as in Liquibase.
  bool marked_ran = false;
};

/// Settings shared by every unit of a run.
struct RunContext {
  sql::Target target;
  tracker::Tables tables;
  std::string deployment_id;
  /// Each change-set's lock_timeout and statement_timeout unless it sets its own (parse_timeout's
  /// forms; "none": basalt sets nothing and the server's setting holds).
  std::string lock_timeout = "none", statement_timeout = "none";
};

/// The units of an update plan, in order: checksum fills first, then each change-set.
std::vector<Unit> update_units(const plan::UpdatePlan& plan, const RunContext& ctx);

/// The units of a rollback plan, newest change-set first.
std::vector<Unit> rollback_units(const plan::RollbackPlan& plan, const RunContext& ctx);

/// The statements of `changes`, each edited by the change-set's modifySql entries (in a rollback,
/// only those with applyToRollback).
sql::Statements statements_of(const model::ChangeSet& cs, std::span<const model::Change> changes,
                              const sql::Target& target, bool rollback);

/// The tracker statement of an apply unit run (or marked ran) as number `order_executed`.
sql::Statement record_of(const Unit& unit, const tracker::Tables& tables, int order_executed,
                         tracker::ExecType exec_type);

}  // namespace basalt::run
