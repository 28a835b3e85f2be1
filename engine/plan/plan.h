// Deciding what a command will do: a pure function of the changelog, the applied history and the
// filters. Never touches a connection.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/model/change_set.h"
#include "engine/plan/filters.h"
#include "engine/model/history.h"

namespace basalt::plan {

/// An applied change-set whose checksum no longer matches the changelog.
struct ChecksumMismatch {
  const model::ChangeSet* change_set;
  std::string stored, current;
};

/// A change-set to run, and how to record it.
struct UpdateStep {
  const model::ChangeSet* change_set;
  std::string checksum;
  model::ExecType exec_type = model::ExecType::executed;
  bool row_exists = false;  // re-run: update the row in place instead of inserting one
};

/// A change-set left out of the run, and why ("context mismatch", "After count").
struct Skipped {
  const model::ChangeSet* change_set;
  std::string reason;
};

/// A row whose MD5SUM is empty (after clear-checksums) or of an older algorithm: refilled, not re-run.
struct ChecksumFill {
  model::AppliedRow row;
  std::string checksum;
};

/// What `update` (and `update-sql`, `status`) will do.
struct UpdatePlan {
  std::vector<UpdateStep> steps;
  std::vector<Skipped> skipped;
  std::vector<ChecksumMismatch> mismatches;  // non-empty: refuse to run anything
  std::vector<ChecksumFill> fills;
  int previously_run = 0;
  int total = 0;
  int last_order = 0;  // the highest ORDEREXECUTED recorded: the run numbers its rows after it

  bool nothing_to_do() const { return steps.empty() && fills.empty(); }
};

/// Plans an update. `count` limits the run to the next N pending change-sets (update-count).
UpdatePlan plan_update(const model::ChangeLog& log, const std::vector<model::AppliedRow>& history,
                       const Filters& filters, std::optional<int> count = std::nullopt);

/// One change-set to undo: the changes that undo it and the row to forget.
struct RollbackStep {
  const model::ChangeSet* change_set;
  model::AppliedRow row;
  std::vector<model::Change> changes;
};

/// What `rollback-count` will do, or why it cannot start.
struct RollbackPlan {
  std::vector<RollbackStep> steps;  // newest first
  std::optional<std::string> error;  // set: nothing may be rolled back
};

/// Plans undoing the `count` most recently applied change-sets. Checks the whole range up front:
/// a change without an inverse or explicit rollback fails the plan before anything is undone.
RollbackPlan plan_rollback_count(const model::ChangeLog& log, const std::vector<model::AppliedRow>& history,
                                 int count);

/// Checksum mismatches of every applied change-set (what `validate` reports).
std::vector<ChecksumMismatch> validate(const model::ChangeLog& log, const std::vector<model::AppliedRow>& history);

/// "1 changesets check sum\n     f.yaml::1::a was: 9:… but is now: 9:…" — the refusal text.
std::string describe(const std::vector<ChecksumMismatch>& mismatches);

}  // namespace basalt::plan
