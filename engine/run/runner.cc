// The one path of every run, and the script sink.
#include "engine/run/runner.h"

#include "engine/core/text.h"
#include "engine/sql/quote.h"

namespace basalt::run {
namespace {

// Tells the observer about a block that did not pass, in Liquibase's words.
void report(Observer& observer, const Unit& unit, const model::Preconditions& block,
            const PreconditionOutcome& outcome, Decision decision) {
  const bool errored = outcome.kind == PreconditionOutcome::Kind::errored;
  const std::string option = applied_option(block, outcome);
  const std::string who = unit.change_set->identity();
  const std::string why = describe(block, outcome);
  switch (decision) {
    case Decision::run:  // WARN: worth telling when it failed; an error under WARN Liquibase only logs
      observer.preconditions_not_passed(unit, decision, !errored,
                                        "Executing " + who + " despite precondition " +
                                            (errored ? "error" : "failure") + " due to " +
                                            (errored ? "onError" : "onFail") + "='WARN':\n     " + why);
      return;
    case Decision::skip:
      observer.preconditions_not_passed(unit, decision, false,
                                        "Continuing past: " + who + " despite precondition " +
                                            (errored ? "error" : "failure") + " due to " +
                                            (errored ? "onError" : "onFail") + "='" + option + "':\n     " + why);
      return;
    case Decision::mark_ran:
      observer.preconditions_not_passed(unit, decision, false,
                                        "Marking ChangeSet: " + who + " as ran despite precondition " +
                                            (errored ? "error" : "failure") + ":\n     " + why);
      return;
    case Decision::halt:
      return;  // the run stops and says why
  }
}

// The oid of schema.table as PostgreSQL names it: as written, else folded to lower case as an
// unquoted name is.
std::string relation_oid(const std::string& schema, const std::string& table) {
  const std::string s = sql::quote_literal(schema), t = sql::quote_literal(table);
  return "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN (" + s +
         ", lower(" + s + ")) AND c.relname IN (" + t + ", lower(" + t + ")) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
         "ORDER BY c.relname = " + t + " DESC, n.nspname = " + s + " DESC LIMIT 1)";
}

}  // namespace

std::optional<sql::TableColumns> table_columns(QueryRunner& db, const std::string& schema, const std::string& table) {
  // The table as PostgreSQL names it: as written, else folded to lower case as an unquoted name is.
  const std::string query =
      "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = " +
      relation_oid(schema, table) + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
  std::vector<QueryResult> results = db.run_all({query});
  if (results.empty() || !results[0].ran || results[0].error)
    throw Error("cannot read the columns of table " + schema + "." + table + ": " +
                (results.empty() || !results[0].error ? std::string("no result") : *results[0].error));
  if (results[0].rows.empty()) return std::nullopt;
  sql::TableColumns out;
  for (const auto& row : results[0].rows) out.emplace_back(row.at(0).value_or(""), row.at(1).value_or(""));
  return out;
}

namespace {

// Liquibase's target names, as the observer hears them; nullopt for an unknown one.
std::optional<std::string> output_target(const model::Output& o) {
  const std::string t = o.target.value_or("STDERR");
  for (const char* known : {"STDOUT", "STDERR", "DEBUG", "INFO"})
    if (text::iequals(t, known)) return std::string(known);
  if (text::iequals(t, "WARN") || text::iequals(t, "WARNING")) return std::string("WARN");
  if (text::iequals(t, "SEVERE") || text::iequals(t, "FATAL") || text::iequals(t, "ERROR")) return std::string("SEVERE");
  return std::nullopt;
}

// What the changes of a change-set about to run say besides SQL: output's messages (an unknown
// target fails the change-set, as in Liquibase), stop's end of the run.
void tell(const Unit& unit, Observer& observer) {
  if (unit.kind != UnitKind::apply) return;
  for (const model::Change& c : *unit.changes) {
    if (const auto* stop = std::get_if<model::Stop>(&c)) {
      throw Error("Migration failed for change-set " + unit.change_set->identity() + " (" +
                  to_string(unit.change_set->where) + "):\n     Reason: its stop change stopped the run: " +
                  stop->message.value_or("Stop command in changelog file") +
                  "\n     This change-set is not applied nor recorded, and none after it ran.");
    }
    if (const auto* output = std::get_if<model::Output>(&c)) {
      const std::optional<std::string> target = output_target(*output);
      if (!target) throw StatementFailed("Unknown target: " + output->target.value_or(""), "", "");
      observer.output(unit, *target, output->message.value_or(""));
    }
  }
}

}  // namespace

std::vector<std::string> foreign_keys(QueryRunner& db, const std::string& schema, const std::string& table) {
  const std::string query = "SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = " +
                            relation_oid(schema, table) + " ORDER BY conname";
  std::vector<QueryResult> results = db.run_all({query});
  if (results.empty() || !results[0].ran || results[0].error)
    throw Error("cannot read the foreign keys of table " + schema + "." + table + ": " +
                (results.empty() || !results[0].error ? std::string("no result") : *results[0].error));
  std::vector<std::string> out;
  for (const auto& row : results[0].rows) out.push_back(row.at(0).value_or(""));
  return out;
}

void execute(const Run& run, Sink& sink, Observer& observer, const std::atomic<bool>* cancel) {
  try {
    sink.begin();
    const tracker::TrackerState state = sink.tracker_state();
    for (const tracker::Section& s : tracker::prologue(run.tables, state, run.locked_by, run.with_changelog_table))
      sink.section(s);
    const Work work = run.work();
    sink.banner(run.banner_title, run.changelog_path);
    int order = work.last_order;
    std::vector<std::tuple<std::string, std::string, std::string>> recorded;  // rows written by this run
    for (const Unit& unit : work.units) {
      if (cancel && cancel->load())
        throw Error("interrupted: stopped before the next change-set; nothing of it was applied");
      observer.unit_started(unit);
      const bool numbered = unit.kind == UnitKind::apply;
      model::ExecType exec_type = unit.row.exec_type;
      const Unit* to_run = &unit;
      Unit marked;
      const model::ChangeSet* cs = unit.change_set;
      if (numbered && cs->preconditions) {
        // Checked just before the change-set runs: it sees what the earlier ones did.
        PreconditionFacts facts{run.root_file, {}, run.target, work.history, &recorded, cs};
        const PreconditionOutcome outcome = sink.check(*cs->preconditions, facts);
        const Decision decision = decide(*cs->preconditions, outcome);
        if (outcome.kind != PreconditionOutcome::Kind::passed)
          report(observer, unit, *cs->preconditions, outcome, decision);
        if (decision == Decision::halt)
          throw PreconditionsFailed(describe(*cs->preconditions, outcome), cs);
        if (decision == Decision::skip) {
          sink.skipped(unit);  // no row, and checked again on the next update
          continue;
        }
        if (decision == Decision::mark_ran) {
          marked = unit;
          marked.statements.clear();
          to_run = &marked;
          exec_type = model::ExecType::mark_ran;
        }
      }
      const bool late = unit.generated_late && to_run == &unit;
      const bool rollback = unit.kind == UnitKind::rollback;
      auto generate = [&](const model::Change& change, QueryRunner* db) {
        sql::Target target = run.target;
        if (db != nullptr) {
          target.table_columns = [db](const std::string& schema, const std::string& table) {
            return table_columns(*db, schema, table);
          };
          target.foreign_keys = [db](const std::string& schema, const std::string& table) {
            return foreign_keys(*db, schema, table);
          };
        }
        return statements_of(*cs, std::span<const model::Change>(&change, 1), target, rollback);
      };
      const sql::Statement record = numbered ? record_of(unit, run.tables, order + 1, exec_type) : unit.record;
      try {
        if (to_run->kind == UnitKind::apply && to_run->changes == unit.changes && exec_type != model::ExecType::mark_ran)
          tell(unit, observer);
        if (late) {
          sink.run_generating(unit, record, generate);
        } else {
          sink.run(*to_run, record);
        }
      } catch (const StatementFailed& failure) {
        if (unit.fail_on_error) throw;
        observer.unit_failed_ignored(unit, failure);  // no row written, so no number taken
        continue;
      }
      if (numbered) {
        ++order;
        recorded.emplace_back(cs->id, cs->author, cs->file_path);
      }
      observer.unit_finished(unit);
    }
    sink.section(tracker::epilogue(run.tables));
  } catch (...) {
    sink.end(false);
    throw;
  }
  sink.end(true);
}

void ScriptSink::statement(const sql::Statement& s) {
  // A statement that ends with its terminator already (a body given whole with its own ';') gets
  // no second one, as in Liquibase.
  const bool terminated = s.text.ends_with(s.terminator);
  if (!s.note.empty()) out_ << "-- " << s.note << '\n';
  if (s.text.empty()) return;  // only a note
  out_ << s.text << (terminated ? "" : s.terminator) << "\n\n";
}

void ScriptSink::section(const tracker::Section& section) {
  out_ << "-- " << section.title << '\n';
  for (const sql::Statement& s : section.statements) statement(s);
}

void ScriptSink::banner(const std::string& title, const std::string& changelog_path) {
  const char* stars = "-- *********************************************************************\n";
  out_ << stars << "-- " << title << '\n' << stars << "-- Change Log: " << changelog_path << '\n';
  for (const std::string& line : header_) out_ << "-- " << line << '\n';
  out_ << stars << '\n';
}

PreconditionOutcome ScriptSink::check(const model::Preconditions& block, PreconditionFacts facts) {
  facts.user = user_;
  return evaluate_for_script(block, facts, db_);
}

void ScriptSink::skipped(const Unit& unit) { heading(unit); }

void ScriptSink::run(const Unit& unit, const sql::Statement& record) {
  heading(unit);
  if (annotator_) {
    annotator_->next_change_set();
    if (!unit.transactional)
      out_ << "-- runs outside a transaction (runInTransaction: false): each statement commits on its own\n";
  }
  for (const sql::Statement& s : unit.statements) {
    if (annotator_)
      for (const std::string& line : annotator_->lines(s)) out_ << "-- " << line << '\n';
    statement(s);
  }
  statement(record);
}

void ScriptSink::heading(const Unit& unit) {
  switch (unit.kind) {
    case UnitKind::apply:
      out_ << "-- Changeset " << unit.change_set->identity() << '\n';
      if (unit.change_set->comment && !unit.change_set->comment->empty()) {
        // Every line of a multi-line comment stays a SQL comment.
        std::string comment = *unit.change_set->comment;
        for (std::size_t pos = 0; (pos = comment.find('\n', pos)) != std::string::npos; pos += 4)
          comment.replace(pos, 1, "\n-- ");
        out_ << "-- " << comment << '\n';
      }
      break;
    case UnitKind::rollback:
      out_ << "-- Rolling Back ChangeSet: " << unit.change_set->identity() << '\n';
      if (unit.marked_ran)
        out_ << "-- It was only marked as ran (MARK_RAN): its changes never ran, yet its inverse runs, as in Liquibase\n";
      break;
    case UnitKind::fill_checksum:
      out_ << "-- Refresh checksum\n";
      break;
  }
}

}  // namespace basalt::run
