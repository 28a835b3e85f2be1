// Turning plans into units of statements.
#include "engine/run/unit.h"

#include <algorithm>
#include <regex>
#include <utility>

#include "engine/sql/quote.h"

namespace basalt::run {
namespace {

std::string edited(std::string sql, const model::SqlEdit& edit) {
  switch (edit.kind) {
    case model::SqlEdit::Kind::append:
      return sql + edit.value;
    case model::SqlEdit::Kind::prepend:
      return edit.value + sql;
    case model::SqlEdit::Kind::replace: {
      if (edit.replace.empty()) return sql;
      std::string out;
      std::size_t from = 0;
      for (std::size_t at; (at = sql.find(edit.replace, from)) != std::string::npos; from = at + edit.replace.size())
        out += sql.substr(from, at - from) + edit.with;
      return out + sql.substr(from);
    }
    case model::SqlEdit::Kind::reg_exp_replace:
      // Validated when the changelog was read, so the expression compiles.
      return std::regex_replace(sql, std::regex(edit.replace), edit.with);
  }
  return sql;
}

// Whether a change's statements depend on the database when it runs.
bool depends_on_database(const std::vector<model::Change>& changes) {
  return std::any_of(changes.begin(), changes.end(), [](const model::Change& c) {
    return std::holds_alternative<model::LoadData>(c) || std::holds_alternative<model::LoadUpdateData>(c) ||
           std::holds_alternative<model::DropAllForeignKeyConstraints>(c) ||
           std::holds_alternative<model::ExecuteCommand>(c);  // runs a program at its place
  });
}

}  // namespace

sql::Statements statements_of(const model::ChangeSet& cs, std::span<const model::Change> changes,
                              const sql::Target& target, bool rollback) {
  const sql::QuotingScope quoting(sql::quoting_named(cs.quoting_strategy));
  sql::Statements out;
  for (const model::Change& c : changes) {
    sql::Statements s = sql::generate(c, target);
    out.insert(out.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
  }
  for (const model::SqlEdit& edit : cs.sql_edits) {
    if (rollback && !edit.apply_to_rollback) continue;
    for (sql::Statement& statement : out) {
      std::string text = edited(statement.text, edit);
      if (text == statement.text) continue;
      statement.text = std::move(text);
      statement.origin = {};  // no longer the changelog's text
      statement.tag.reset();   // nor the generator's: its form is read from the text
    }
  }
  return out;
}

namespace {

// A unit's timeouts as its first statements: SET LOCAL in a transaction, so they end with it; a
// runInTransaction: false unit sets them for the session and resets them after its last statement.
// A unit with nothing to run (a tagDatabase, a MARK_RAN) gets none. A unit generated as it runs
// (Unit::generated_late) gets its changes' statements after these, so a runInTransaction: false one
// is not reset: the next unit sets its own.
void add_timeouts(Unit& u, const RunContext& ctx) {
  if (u.statements.empty() && !u.generated_late) return;
  const std::string lock = u.change_set->lock_timeout.value_or(ctx.lock_timeout);
  const std::string statement = u.change_set->statement_timeout.value_or(ctx.statement_timeout);
  sql::Statements first, last;
  for (const auto& [name, value] : {std::pair{"lock_timeout", lock}, std::pair{"statement_timeout", statement}}) {
    if (value == "none") continue;
    auto setting = [](std::string text) {
      sql::Statement s;
      s.text = std::move(text);
      s.tag = sql::Tag{sql::Form::setting, "", {}};
      return s;
    };
    first.push_back(setting(u.transactional ? sql::transaction_setting(name, value)
                                            : sql::session_setting(name, value)));
    if (u.transactional || u.generated_late) continue;
    last.push_back(setting(sql::session_setting(name, std::nullopt)));
  }
  u.statements.insert(u.statements.begin(), first.begin(), first.end());
  u.statements.insert(u.statements.end(), last.begin(), last.end());
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
    u.changes = &cs.changes;
    static const std::vector<model::Change> kNothing;
    if (step.exec_type == model::ExecType::mark_ran) u.changes = &kNothing;  // onValidationFail: MARK_RAN
    u.generated_late = depends_on_database(*u.changes);
    if (!u.generated_late) u.statements = statements_of(cs, *u.changes, ctx.target, false);
    u.row = {&cs, 0, step.checksum, step.exec_type, ctx.deployment_id, tracker::tag_of(cs)};
    u.row_exists = step.row_exists;
    // Only runInTransaction: false takes a change-set out of its transaction; a statement that
    // cannot run in one, in a change-set that does not say so, was refused when validating.
    u.transactional = cs.run_in_transaction;
    u.fail_on_error = cs.fail_on_error;
    add_timeouts(u, ctx);
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
    u.changes = &step.changes;
    u.generated_late = depends_on_database(step.changes);
    if (!u.generated_late) u.statements = statements_of(*step.change_set, step.changes, ctx.target, true);
    u.record = tracker::delete_row(ctx.tables, step.row);
    u.marked_ran = step.row.exec_type == "MARK_RAN";
    u.transactional = step.change_set->run_in_transaction;
    add_timeouts(u, ctx);
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
