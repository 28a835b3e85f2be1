// The database sink: a run's prologue, units and epilogue applied through a session.
#pragma once

#include <cstdint>
#include <optional>

#include "engine/pg/lock.h"
#include "engine/pg/session.h"
#include "engine/run/runner.h"

namespace basalt::pg {

/// A session as what runs the checks of preconditions.
class SessionQueries : public run::QueryRunner {
 public:
  explicit SessionQueries(Session& session) : session_(session) {}
  std::vector<run::QueryResult> run_all(const std::vector<std::string>& statements) override {
    return session_.run_rolled_back(statements);
  }

 private:
  Session& session_;
};

/// Applies a run: serializes basalt runners (advisory lock), creates what is missing, takes the lock
/// row (waiting for a live holder, taking over from a dead one), applies each unit with its tracker
/// row, and releases. Between taking the lock and releasing it, commits do not wait for the disk;
/// the release is a durable commit that flushes them all, so what a run reports done is on disk.
class DatabaseSink : public run::Sink {
 public:
  /// `locked_by` is the LOCKEDBY the run's lock statement writes (locked_by_marker).
  /// `known`: the tracker state read before begin(). Tables appear but do not vanish, so when it
  /// has them all it still holds once basalt runners are serialized; else it is read again then.
  DatabaseSink(Session& session, tracker::Tables tables, std::string locked_by, LockOptions options,
               tracker::TrackerState known = {})
      : session_(session), tables_(std::move(tables)), locked_by_(std::move(locked_by)),
        options_(std::move(options)), known_(known) {}

  void begin() override;
  tracker::TrackerState tracker_state() override;
  void section(const tracker::Section& section) override;
  void run(const run::Unit& unit, const sql::Statement& record) override;
  run::PreconditionOutcome check(const model::Preconditions& block, run::PreconditionFacts facts) override;
  run::QueryRunner* catalog() override { return &queries_; }
  void run_generating(const run::Unit& unit, const sql::Statement& record, const ChangeGenerator& generate) override;
  void end(bool completed) noexcept override;

  /// The rows changed by the units run so far, tracker rows included, as Liquibase counts them.
  std::uint64_t rows_affected() const { return rows_affected_; }
  /// Set when a lock row of a dead basalt process was taken over.
  const std::optional<LockHolder>& taken_over() const { return taken_over_; }

 private:
  void fast_commits(bool on) noexcept;
  Session& session_;
  SessionQueries queries_{session_};
  tracker::Tables tables_;
  std::string locked_by_;
  LockOptions options_;
  tracker::TrackerState known_;
  bool advisory_ = false, row_held_ = false, fast_ = false;
  std::optional<LockHolder> taken_over_;
  std::uint64_t rows_affected_ = 0;
};

}  // namespace basalt::pg
