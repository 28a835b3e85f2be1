// A PostgreSQL session: the only user of libpqxx and libpq. Runs statements and units, reads the
// tracker; every SQL text it sends comes from engine/sql or engine/tracker.
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

/// Rows of a query as text (NULL as nullopt).
using Rows = std::vector<std::vector<std::optional<std::string>>>;

/// The history as read, and what identifies that state of the table (to see, once the lock is held,
/// whether another runner changed it meanwhile).
struct History {
  tracker::TrackerState state;  // which tracker tables exist
  std::vector<tracker::AppliedRow> rows;
  tracker::HistorySummary summary;
};

/// One connection to the database.
class Session {
 public:
  /// Connects (within libpq's connect_timeout); throws basalt::Error with libpq's reason, password
  /// masked, on failure.
  explicit Session(const std::string& conninfo);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Runs one migration statement outside any transaction block (told to on_statement) and returns
  /// the rows it changed (see run()). Throws run::StatementFailed.
  std::uint64_t execute(const sql::Statement& statement);
  /// Runs a statement of basalt's own bookkeeping (not told to on_statement) and returns the rows it
  /// changed. Throws run::StatementFailed.
  std::uint64_t execute_quietly(const std::string& sql);
  /// Runs a query of basalt's own (tracker reads, lock bookkeeping, settings: not told to
  /// on_statement) and returns its rows. Throws run::StatementFailed.
  Rows query(const std::string& sql);

  /// Which tracker tables exist, and whether the lock table has its row.
  tracker::TrackerState tracker_state(const tracker::Tables& tables);
  /// Every databasechangelog row, oldest first (none when the table does not exist).
  History read_history(const tracker::Tables& tables);
  /// The summary of the history as it is now.
  tracker::HistorySummary history_summary(const tracker::Tables& tables);

  /// Runs a unit and its tracker statement: in one transaction, sent in one round trip, when the
  /// unit is transactional; else statement by statement. Returns the rows changed, as Liquibase
  /// counts "Rows affected": what INSERT, UPDATE, DELETE and CREATE TABLE AS report, nothing for
  /// DDL or statements returning rows. A failure names the statement that failed.
  std::uint64_t run(const run::Unit& unit, const sql::Statement& record);

  /// Runs a unit change by change, each change's statements generated just before they run (in the
  /// unit's transaction when it has one, so the catalog read there shows the changes before it).
  std::uint64_t run_generating(const run::Unit& unit, const sql::Statement& record,
                               const run::Sink::ChangeGenerator& generate);

  /// Runs statements of basalt's own in one round trip, in a transaction rolled back afterwards, and
  /// returns each one's rows or error (a precondition's checks). Not told to on_statement.
  std::vector<run::QueryResult> run_rolled_back(const std::vector<std::string>& statements);

  /// Cancels the statement in progress; safe to call from another thread.
  void cancel();
  /// The server's process id of this session, and when it started (identify it in LOCKEDBY).
  int backend_pid() const;
  std::string backend_start();
  /// The user the session logged in as.
  std::string user() const;
  /// "user@host:port/db" for messages.
  std::string describe();
  /// "user@jdbc:postgresql://host:port/db", as Liquibase names the database it runs against.
  std::string describe_jdbc();

  /// Called with the text of every migration statement sent by execute() and run(), in order.
  std::function<void(const std::string&)> on_statement;

 private:
  [[noreturn]] void fail(const std::exception& e, const std::string& statement);
  std::uint64_t run_in_one_round_trip(const run::Unit& unit, const sql::Statement& record);
  struct Connection;  // the libpqxx connection, kept out of this header
  std::unique_ptr<Connection> conn_;
};

}  // namespace basalt::pg
