// The one path of every run, and the script sink.
#include "engine/run/runner.h"

namespace basalt::run {

void execute(const Run& run, Sink& sink, Observer& observer, const std::atomic<bool>* cancel) {
  try {
    sink.begin();
    const tracker::TrackerState state = sink.tracker_state();
    for (const tracker::Section& s : tracker::prologue(run.tables, state, run.locked_by, run.with_changelog_table))
      sink.section(s);
    const Work work = run.work();
    sink.banner(run.banner_title, run.changelog_path);
    int order = work.last_order;
    for (const Unit& unit : work.units) {
      if (cancel && cancel->load())
        throw Error("interrupted: stopped before the next change-set; nothing of it was applied");
      observer.unit_started(unit);
      const bool numbered = unit.kind == UnitKind::apply;
      const sql::Statement record =
          numbered ? record_of(unit, run.tables, order + 1, unit.row.exec_type) : unit.record;
      try {
        sink.run(unit, record);
      } catch (const StatementFailed& failure) {
        if (unit.fail_on_error) throw;
        observer.unit_failed_ignored(unit, failure);  // no row written, so no number taken
        continue;
      }
      if (numbered) ++order;
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
  // A body given whole (splitStatements: false) may end with its own ';': not a second one.
  const bool terminated = s.terminator == ";" && !s.text.empty() && s.text.back() == ';';
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

void ScriptSink::run(const Unit& unit, const sql::Statement& record) {
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
      break;
    case UnitKind::fill_checksum:
      out_ << "-- Refresh checksum\n";
      break;
  }
  for (const sql::Statement& s : unit.statements) statement(s);
  statement(record);
}

}  // namespace basalt::run
