// Units of work: the statements of one change-set with its tracker statement, as one transaction.
#pragma once

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
  sql::Statement record;                         // the tracker INSERT/UPDATE/DELETE
  bool transactional = true;
  bool fail_on_error = true;
};

/// Settings shared by every unit of a run.
struct RunContext {
  sql::Target target;
  tracker::Tables tables;
  std::string deployment_id;
};

/// The units of an update plan, in order: checksum fills first, then each change-set.
std::vector<Unit> update_units(const plan::UpdatePlan& plan, const RunContext& ctx);

/// The units of a rollback plan, newest change-set first.
std::vector<Unit> rollback_units(const plan::RollbackPlan& plan, const RunContext& ctx);

}  // namespace basalt::run
