// Prologue, units and epilogue against the database.
#include "engine/pg/sink.h"

#include "engine/sql/quote.h"

namespace basalt::pg {

void DatabaseSink::begin() {
  if (options_.interrupt) options_.interrupt->set_phase(Phase::running);
  take_advisory_lock(session_, tables_, options_);
  advisory_ = true;
}

tracker::TrackerState DatabaseSink::tracker_state() {
  if (known_.lock_table && known_.lock_row && known_.changelog_table) return known_;
  return session_.tracker_state(tables_);
}

void DatabaseSink::section(const tracker::Section& section) {
  switch (section.kind) {
    case tracker::Section::Kind::statements:
      for (const sql::Statement& s : section.statements) session_.execute(s);
      return;
    case tracker::Section::Kind::acquire_lock: {
      taken_over_ = take_lock_row(session_, tables_, section.statements.at(0), locked_by_, options_);
      if (taken_over_ && options_.on_wait)
        options_.on_wait("took over the change log lock left by " + taken_over_->locked_by + ", whose process is gone");
      row_held_ = true;
      if (options_.interrupt) options_.interrupt->set_phase(Phase::running);
      fast_commits(true);
      return;
    }
    case tracker::Section::Kind::release_lock:
      fast_commits(false);  // the release is the durable commit that flushes the run's commits
      for (const sql::Statement& s : section.statements) session_.execute(s);
      row_held_ = false;
      return;
  }
}

void DatabaseSink::run(const run::Unit& unit, const sql::Statement& record) {
  try {
    rows_affected_ += session_.run(unit, record);
  } catch (const run::StatementFailed& f) {
    rows_affected_ += f.rows_changed_before();  // as Liquibase counts them, rolled back or not
    throw;
  }
}

void DatabaseSink::run_generating(const run::Unit& unit, const sql::Statement& record, const ChangeGenerator& generate) {
  try {
    rows_affected_ += session_.run_generating(unit, record, generate);
  } catch (const run::StatementFailed& f) {
    rows_affected_ += f.rows_changed_before();
    throw;
  }
}

run::PreconditionOutcome DatabaseSink::check(const model::Preconditions& block, run::PreconditionFacts facts) {
  facts.user = session_.user();
  SessionQueries queries(session_);
  return run::evaluate(block, facts, &queries);
}

void DatabaseSink::fast_commits(bool on) noexcept {
  if (fast_ == on) return;
  try {
    session_.query(sql::session_setting("synchronous_commit", on ? std::optional<std::string>("off") : std::nullopt));
    fast_ = on;
  } catch (...) {
    // Turning it on failed: commits stay durable, only slower. Off failed: the connection is gone,
    // and the setting with it.
    fast_ = false;
  }
}

void DatabaseSink::end(bool) noexcept {
  fast_commits(false);
  if (row_held_) {
    try {
      session_.execute_quietly(tracker::release_lock(tables_).text);
    } catch (...) {
      // The connection is gone: the row names a dead session, which the next run takes over.
    }
    row_held_ = false;
  }
  if (advisory_) free_advisory_lock(session_, tables_);
  advisory_ = false;
  if (options_.interrupt) options_.interrupt->set_phase(Phase::idle);
}

}  // namespace basalt::pg
