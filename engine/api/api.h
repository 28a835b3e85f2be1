// The library facade: what the CLI (and any embedder) calls. Reads the changelog, connects, plans,
// and runs the plan into the database or a script.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "changelog-formats/reader.h"
#include "engine/core/error.h"
#include "engine/pg/interrupt.h"
#include "engine/pg/url.h"
#include "engine/plan/plan.h"
#include "engine/run/runner.h"
#include "engine/sql/generate.h"
#include "engine/tracker/tracker.h"

namespace basalt::api {

/// Everything a command needs to know.
struct Options {
  std::string changelog_file;
  /// Folders where the changelog and its includes are looked up (--search-path); empty: the current one.
  std::vector<std::string> search_path;
  formats::Properties properties;         // -Dname=value
  pg::ConnectionOptions connection;       // url "local": the project's own cluster
  tracker::Tables tables;
  sql::Target target;
  plan::Filters filters;
  std::chrono::milliseconds lock_wait = std::chrono::minutes(5);
  /// Warnings about the changelog (what Liquibase silently ignores) are errors: nothing runs.
  bool strict = false;
  /// --custom-change=skip: change-sets apply without their customChange (Java code basalt cannot run).
  bool skip_custom_changes = false;
  /// update-sql and rollback-count-sql mark each statement with its lock, what it blocks and its
  /// hazard (--annotate=false: Liquibase's script, comment for comment).
  bool annotate = true;
  /// Every change-set's lock_timeout and statement_timeout, unless it sets its own (lockTimeout,
  /// statementTimeout): parse_timeout's forms, "none" leaving the server's. A query queued behind a
  /// migration's lock waits at most the lock timeout; a runaway statement is cancelled.
  std::string lock_timeout = "1s", statement_timeout = "1h";
  /// Hears the text of every migration statement sent to the database, in order: exactly what
  /// update-sql prints, no bookkeeping queries (for tests and --log-level).
  std::function<void(const std::string&)> on_statement;
  /// Stops the command from another thread (the CLI's signal thread); none: it cannot be stopped.
  pg::Interrupt* interrupt = nullptr;
};

/// Bad input: every diagnostic, already rendered with file:line:col.
class InputError : public Error {
 public:
  using Error::Error;
};

/// Progress of a run; the engine never prints.
class Reporter : public run::Observer {
 public:
  /// "creating a local PostgreSQL cluster", "waiting for the lock", ...
  virtual void notice(const std::string&) {}
  /// The changelog's warnings, rendered with file:line:col, before anything runs.
  virtual void warnings(const std::string&) {}
  /// A changelog-level precondition that failed with onFail WARN (the run goes on).
  virtual void precondition_warning(const std::string&) {}
};

/// What `update` did.
struct UpdateSummary {
  int run = 0, previously_run = 0, filtered_out = 0, total = 0, failed_ignored = 0;
  std::uint64_t rows_affected = 0;  // as Liquibase counts them: data rows changed plus tracker rows
  std::vector<std::string> skipped_reasons;  // one per filtered-out change-set
  bool up_to_date = false;
  std::string against;  // user@host:port/db
};

/// Reads and validates the changelog; throws InputError listing every problem. Warnings go to the
/// reporter first (or, with options.strict, count as errors).
model::ChangeLog read(const Options& options, Reporter& reporter);

/// Applies pending change-sets, each with its tracker row in one transaction.
UpdateSummary update(const Options& options, Reporter& reporter, std::optional<int> count = std::nullopt);
/// Writes exactly the statements `update` would execute, tracker statements included.
void update_sql(const Options& options, std::ostream& out, Reporter& reporter, std::optional<int> count = std::nullopt);

/// What `rollback-count` did.
struct RollbackSummary {
  std::vector<std::string> rolled_back;  // identities, newest first
  std::string against;
};
/// Undoes the `count` most recent change-sets; refuses before undoing anything if one cannot be.
RollbackSummary rollback_count(const Options& options, int count, Reporter& reporter);
/// Writes the statements rollback_count would execute.
void rollback_count_sql(const Options& options, int count, std::ostream& out, Reporter& reporter);

/// What `status` reports; it refuses, as validate does, when applied change-sets were edited.
struct Status {
  std::vector<std::string> pending;  // identities, in order
  std::string against;
};
Status status(const Options& options, Reporter& reporter);

/// The applied rows, oldest first (`history`).
struct History {
  std::vector<tracker::AppliedRow> rows;
  std::string against;
};
History history(const Options& options, Reporter& reporter);

/// Checks the changelog and every applied checksum; throws Error describing mismatches.
void validate(const Options& options, Reporter& reporter);

/// "Validation Failed: ..." when applied change-sets were edited (update, status and validate refuse).
class ChecksumMismatch : public Error {
 public:
  using Error::Error;
};

/// Frees the lock row whoever holds it.
std::string release_locks(const Options& options, Reporter& reporter);

}  // namespace basalt::api
