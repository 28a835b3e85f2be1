// Update, rollback and validation plans.
#include "engine/plan/plan.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "engine/checksum/checksum.h"
#include "engine/rollback/invert.h"

namespace basalt::plan {
namespace {

using Key = model::TrackerKey;

Key key_of(const model::ChangeSet& cs) { return model::tracker_key(cs.id, cs.author, cs.file_path); }
Key key_of(const model::AppliedRow& r) { return model::tracker_key(r.id, r.author, r.filename); }

std::map<Key, const model::AppliedRow*> index(const std::vector<model::AppliedRow>& history) {
  std::map<Key, const model::AppliedRow*> m;
  for (const model::AppliedRow& r : history) m[key_of(r)] = &r;
  return m;
}

bool is_current_version(const std::string& stored) { return stored.rfind("9:", 0) == 0; }

bool accepted_checksum(const model::ChangeSet& cs, const std::string& stored) {
  for (const std::string& v : cs.valid_checksums)
    if (v == "ANY" || v == "any" || v == stored) return true;
  return false;
}

}  // namespace

UpdatePlan plan_update(const model::ChangeLog& log, const std::vector<model::AppliedRow>& history,
                       const Filters& filters, std::optional<int> count) {
  UpdatePlan plan;
  auto applied = index(history);
  for (const model::AppliedRow& r : history) plan.last_order = std::max(plan.last_order, r.order_executed);
  plan.total = static_cast<int>(log.change_sets.size());

  for (const model::ChangeSet& cs : log.change_sets) {
    std::string sum = checksum::checksum(cs);
    auto found = applied.find(key_of(cs));
    const model::AppliedRow* row = found == applied.end() ? nullptr : found->second;
    bool changed = false;
    if (row) {
      if (!row->md5sum || !is_current_version(*row->md5sum)) {
        plan.fills.push_back({*row, sum});
      } else if (*row->md5sum != sum) {
        changed = true;
        if (!cs.run_on_change && !cs.run_always && !accepted_checksum(cs, *row->md5sum))
          plan.mismatches.push_back({&cs, *row->md5sum, sum});
      }
    }
    bool rerun = row && (cs.run_always || (cs.run_on_change && changed));
    if (row && !rerun) {
      ++plan.previously_run;
      continue;
    }
    if (auto reason = excluded_by(cs, filters)) {
      plan.skipped.push_back({&cs, *reason});
      continue;
    }
    if (count && static_cast<int>(plan.steps.size()) >= *count) {
      plan.skipped.push_back({&cs, "After count"});
      continue;
    }
    const model::ExecType exec_type = cs.validation_failed ? model::ExecType::mark_ran
                                      : rerun               ? model::ExecType::reran
                                                            : model::ExecType::executed;
    plan.steps.push_back({&cs, sum, exec_type, rerun});
  }
  return plan;
}

std::vector<ChecksumMismatch> validate(const model::ChangeLog& log,
                                       const std::vector<model::AppliedRow>& history) {
  return plan_update(log, history, Filters{}).mismatches;
}

RollbackPlan plan_rollback_count(const model::ChangeLog& log, const std::vector<model::AppliedRow>& history,
                                 int count) {
  RollbackPlan plan;
  std::vector<const model::AppliedRow*> rows;
  for (const model::AppliedRow& r : history) rows.push_back(&r);
  // Newest first: Liquibase orders by DATEEXECUTED then ORDEREXECUTED.
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return std::tie(a->date_executed, a->order_executed) > std::tie(b->date_executed, b->order_executed);
  });
  if (count < 0) {
    plan.error = "the rollback count must not be negative";
    return plan;
  }
  std::map<Key, const model::ChangeSet*> by_key;
  for (const model::ChangeSet& cs : log.change_sets) by_key[key_of(cs)] = &cs;

  for (std::size_t i = 0; i < rows.size() && static_cast<int>(i) < count; ++i) {
    const model::AppliedRow& row = *rows[i];
    auto it = by_key.find(key_of(row));
    std::string who = row.filename + "::" + row.id + "::" + row.author;
    if (it == by_key.end()) {
      plan.error = "change-set " + who +
                   " is recorded in the database but not found in the changelog, so basalt cannot know how to "
                   "undo it; nothing was rolled back";
      plan.steps.clear();
      return plan;
    }
    auto undo = rollback::rollback_changes(*it->second);
    if (auto* no = std::get_if<rollback::NotInvertible>(&undo)) {
      const SourceLocation& at = it->second->where;
      plan.error = "change-set " + who + " (" + to_string(at) +
                   ") cannot be rolled back: " + no->reason +
                   ". Add a rollback block to it; nothing was rolled back";
      plan.steps.clear();
      return plan;
    }
    plan.steps.push_back({it->second, row, std::get<std::vector<model::Change>>(std::move(undo))});
  }
  return plan;
}

std::string describe(const std::vector<ChecksumMismatch>& mismatches) {
  std::string out = std::to_string(mismatches.size()) + " changesets check sum";
  for (const ChecksumMismatch& m : mismatches)
    out += "\n     " + m.change_set->identity() + " was: " + m.stored + " but is now: " + m.current;
  return out;
}

}  // namespace basalt::plan
