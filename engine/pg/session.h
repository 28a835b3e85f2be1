// A PostgreSQL session: the only user of libpqxx. Runs statements, reads the tracker, and is the
// sink that applies units.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/run/runner.h"
#include "engine/tracker/tracker.h"

namespace basalt::pg {

/// Which tracker tables exist.
struct TrackerState {
  bool lock_table = false;
  bool changelog_table = false;
};

/// One connection to the database.
class Session {
 public:
  /// Connects; throws basalt::Error with libpq's reason (password masked) on failure.
  explicit Session(const std::string& conninfo);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Runs one statement outside any transaction block and returns the rows it changed (see run()).
  /// Throws run::StatementFailed.
  std::uint64_t execute(const sql::Statement& statement);
  /// Sets a session parameter without telling on_statement (SET name = value; RESET for nullopt).
  void set_parameter(const std::string& name, const std::optional<std::string>& value);
  /// Runs a query and returns its rows as text (NULL as nullopt).
  std::vector<std::vector<std::optional<std::string>>> query(const std::string& sql);

  /// Which tracker tables exist (one round trip).
  TrackerState tracker_state(const tracker::Tables& tables);
  /// Every databasechangelog row, oldest first; empty when the table does not exist.
  std::vector<tracker::AppliedRow> read_history(const tracker::Tables& tables);

  /// Runs a unit: in one transaction with its tracker statement when transactional. Returns the rows
  /// its statements changed, tracker row included, as Liquibase counts "Rows affected": what INSERT,
  /// UPDATE, DELETE and CREATE TABLE AS report; nothing for DDL or for statements returning rows.
  std::uint64_t run(const run::Unit& unit);

  /// Cancels the statement in progress; safe to call from another thread.
  void cancel();
  /// The server's process id of this session, and when it started (identify it in LOCKEDBY).
  int backend_pid() const;
  std::string backend_start();
  /// "user@host:port/db" for messages.
  std::string describe();

  /// Called with the text of every statement sent by execute() and run(), in order.
  std::function<void(const std::string&)> on_statement;

 private:
  [[noreturn]] void fail(const std::exception& e, const std::string& statement);
  /// Runs a transactional unit in one round trip; nullopt when it failed (and was rolled back) for a
  /// reason worth a second, statement-by-statement run.
  std::optional<std::uint64_t> run_in_one_round_trip(const run::Unit& unit);
  struct Connection;  // the libpqxx connection, kept out of this header
  std::unique_ptr<Connection> conn_;
};

/// While it lives, the session's commits do not wait for their WAL to reach disk. A durable commit
/// after it (releasing the lock row) flushes every earlier one with it, so what an update reports done
/// is on disk; a server crash before that loses whole change-sets with their tracker rows, never one
/// without the other, and the next update applies them again. Not a statement of the migration: it
/// is not shown to on_statement, nor printed by update-sql.
class FastCommits {
 public:
  explicit FastCommits(Session& session);
  ~FastCommits();
  FastCommits(const FastCommits&) = delete;
  FastCommits& operator=(const FastCommits&) = delete;
  /// Back to the session's own synchronous_commit (also done on destruction). Never throws.
  void end();

 private:
  Session* session_;
};

/// A sink applying units through a session.
class SessionSink : public run::Sink {
 public:
  explicit SessionSink(Session& session) : session_(session) {}
  void run(const run::Unit& unit) override { rows_affected_ += session_.run(unit); }
  /// The rows changed by the units run so far.
  std::uint64_t rows_affected() const { return rows_affected_; }

 private:
  Session& session_;
  std::uint64_t rows_affected_ = 0;
};

}  // namespace basalt::pg
