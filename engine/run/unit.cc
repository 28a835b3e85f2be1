// Turning plans into units of statements.
#include "engine/run/unit.h"

namespace basalt::run {
namespace {

sql::Statements generate_all(const std::vector<model::Change>& changes, const sql::Target& target) {
  sql::Statements out;
  for (const model::Change& c : changes) {
    sql::Statements s = sql::generate(c, target);
    out.insert(out.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
  }
  return out;
}

}  // namespace

std::vector<Unit> update_units(const plan::UpdatePlan& plan, const RunContext& ctx) {
  std::vector<Unit> units;
  units.reserve(plan.fills.size() + plan.steps.size());
  for (const plan::ChecksumFill& f : plan.fills) {
    Unit u;
    u.kind = UnitKind::fill_checksum;
    u.record = tracker::fill_checksum(ctx.tables, f.row, f.checksum);
    units.push_back(std::move(u));
  }
  for (const plan::UpdateStep& step : plan.steps) {
    const model::ChangeSet& cs = *step.change_set;
    Unit u;
    u.change_set = &cs;
    u.statements = generate_all(cs.changes, ctx.target);
    u.row = {&cs, 0, step.checksum, step.exec_type, ctx.deployment_id, tracker::tag_of(cs)};
    u.row_exists = step.row_exists;
    // Only runInTransaction: false takes a change-set out of its transaction; a statement that
    // cannot run in one, in a change-set that does not say so, was refused when validating.
    u.transactional = cs.run_in_transaction;
    u.fail_on_error = cs.fail_on_error;
    units.push_back(std::move(u));
  }
  return units;
}

std::vector<Unit> rollback_units(const plan::RollbackPlan& plan, const RunContext& ctx) {
  std::vector<Unit> units;
  units.reserve(plan.steps.size());
  for (const plan::RollbackStep& step : plan.steps) {
    Unit u;
    u.kind = UnitKind::rollback;
    u.change_set = step.change_set;
    u.statements = generate_all(step.changes, ctx.target);
    u.record = tracker::delete_row(ctx.tables, step.row);
    u.marked_ran = step.row.exec_type == "MARK_RAN";
    u.transactional = step.change_set->run_in_transaction;
    units.push_back(std::move(u));
  }
  return units;
}

sql::Statement record_of(const Unit& unit, const tracker::Tables& tables, int order_executed,
                         tracker::ExecType exec_type) {
  tracker::NewRow row = unit.row;
  row.order_executed = order_executed;
  row.exec_type = exec_type;
  return unit.row_exists ? tracker::update_row(tables, row) : tracker::insert_row(tables, row);
}

}  // namespace basalt::run
