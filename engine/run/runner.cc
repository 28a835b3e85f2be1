// The unit runner and the script sink.
#include "engine/run/runner.h"

namespace basalt::run {

void run_units(const std::vector<Unit>& units, Sink& sink, Observer& observer, const std::atomic<bool>* cancel) {
  for (const Unit& unit : units) {
    if (cancel && cancel->load()) throw Error("interrupted: stopped before the next change-set; nothing of it was applied");
    observer.unit_started(unit);
    try {
      sink.run(unit);
    } catch (const StatementFailed& failure) {
      if (unit.fail_on_error) throw;
      observer.unit_failed_ignored(unit, failure);
      continue;
    }
    observer.unit_finished(unit);
  }
}

void ScriptSink::statement(const sql::Statement& s) { out_ << s.text << ";\n\n"; }

void ScriptSink::section(const std::string& title, const sql::Statements& statements) {
  out_ << "-- " << title << '\n';
  for (const sql::Statement& s : statements) statement(s);
}

void ScriptSink::banner(const std::string& title, const std::string& changelog_path) {
  const char* stars = "-- *********************************************************************\n";
  out_ << stars << "-- " << title << '\n' << stars << "-- Change Log: " << changelog_path << '\n' << stars << '\n';
}

void ScriptSink::run(const Unit& unit) {
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
      if (!unit.transactional) out_ << "-- runs outside a transaction\n";
      break;
    case UnitKind::rollback:
      out_ << "-- Rolling Back ChangeSet: " << unit.change_set->identity() << '\n';
      break;
    case UnitKind::fill_checksum:
      out_ << "-- Refresh checksum\n";
      break;
  }
  for (const sql::Statement& s : unit.statements) statement(s);
  statement(unit.record);
}

}  // namespace basalt::run
