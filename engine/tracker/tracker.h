// The tracker tables (databasechangelog, databasechangeloglock): their DDL, rows and statements,
// as Liquibase 4.28 writes them, so either tool can continue the other's work.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/change_set.h"
#include "engine/model/history.h"
#include "engine/sql/statement.h"

namespace basalt::tracker {

/// Where the tracker tables live.
struct Tables {
  std::string schema = "public";
  std::string changelog = "databasechangelog";
  std::string lock = "databasechangeloglock";
};

/// What the LIQUIBASE column holds: the tracker format the rows follow.
inline constexpr const char* kLiquibaseVersion = "4.28.0";

// The rows and their EXECTYPEs are model data (the planner reads them); the tracker writes them.
using model::AppliedRow;
using model::ExecType;
using model::to_string;

/// A row to write for a change-set.
struct NewRow {
  const model::ChangeSet* change_set = nullptr;
  int order_executed = 0;
  std::string md5sum;
  ExecType exec_type = ExecType::executed;
  std::string deployment_id;
  std::optional<std::string> tag;  // from a tagDatabase change
};

/// Which tracker tables exist, and whether the lock table holds its row.
struct TrackerState {
  bool lock_table = false;
  bool lock_row = false;  // meaningful when lock_table
  bool changelog_table = false;
};

/// One row: whether the lock table and the changelog table exist.
std::string tables_query(const Tables& t);
/// One row: how many lock rows (ID = 1) the lock table holds.
std::string lock_row_query(const Tables& t);

/// CREATE TABLE for databasechangeloglock, then its initial row (initialize_lock_table).
sql::Statements create_lock_table(const Tables& t);
/// The lock table's initial row, as Liquibase writes it: DELETE, then INSERT (1, FALSE).
sql::Statements initialize_lock_table(const Tables& t);
/// CREATE TABLE for databasechangelog.
sql::Statement create_changelog_table(const Tables& t);

/// Takes the lock row if free: succeeds when it updates one row.
sql::Statement acquire_lock(const Tables& t, const std::string& locked_by);
/// Takes over a lock row still held under `stale_locked_by` by a process known to be gone.
sql::Statement take_over_lock(const Tables& t, const std::string& stale_locked_by, const std::string& locked_by);
/// Frees the lock row.
sql::Statement release_lock(const Tables& t);
/// One row, when the lock row exists: locked, lockedby, lockgranted as text.
std::string lock_holder_query(const Tables& t);

/// A part of what a run does before its first change-set or after its last, as update-sql prints it.
struct Section {
  enum class Kind {
    statements,    // run in order
    acquire_lock,  // one UPDATE that takes the lock row when it changes one row; else wait for it
    release_lock,  // one UPDATE that frees it
  };
  Kind kind = Kind::statements;
  std::string title;  // "Create Database Lock Table", the comment update-sql prints above it
  sql::Statements statements;
};

/// What comes before the first change-set of update: the lock table and its row when missing, the
/// lock, and the changelog table when missing (`with_changelog_table`: rollback needs none).
std::vector<Section> prologue(const Tables& t, const TrackerState& state, const std::string& locked_by,
                              bool with_changelog_table = true);
/// What comes after the last change-set: the lock's release.
Section epilogue(const Tables& t);

// ---- serializing basalt runners --------------------------------------------------------------------

/// The key of basalt's session advisory lock for these tracker tables, so runners on different
/// tracker schemas do not wait for each other.
std::int64_t advisory_key(const Tables& t);
/// One row, 't' when this session got the advisory lock without waiting.
std::string try_advisory_lock(const Tables& t);
/// Waits for the advisory lock (bounded by the session's lock_timeout).
std::string advisory_lock(const Tables& t);
/// Frees the advisory lock.
std::string advisory_unlock(const Tables& t);
/// One row: this session's server process id and start time, which LOCKEDBY records.
std::string backend_identity_query();
/// One row, one count: whether the server session (pid, start time) still exists.
std::string session_alive_query(const std::string& pid, const std::string& started);

/// The INSERT recording an executed change-set.
sql::Statement insert_row(const Tables& t, const NewRow& row);
/// The UPDATE re-recording a change-set run again (runOnChange/runAlways: EXECTYPE RERAN).
sql::Statement update_row(const Tables& t, const NewRow& row);
/// The DELETE forgetting a rolled-back change-set.
sql::Statement delete_row(const Tables& t, const AppliedRow& row);
/// The UPDATE filling a NULL MD5SUM (after clear-checksums) with the current checksum.
sql::Statement fill_checksum(const Tables& t, const AppliedRow& row, const std::string& md5sum);

/// The query reading every row, oldest first.
std::string select_rows(const Tables& t);

/// What changes whenever a runner applies, re-runs or rolls back a change-set: the row count, the
/// highest ORDEREXECUTED and the latest DATEEXECUTED.
struct HistorySummary {
  long long rows = 0;
  int last_order = 0;
  std::string last_date;
  bool operator==(const HistorySummary&) const = default;
};
/// The summary of rows already read.
HistorySummary summarize(const std::vector<AppliedRow>& rows);
/// One row: the summary of the table as it is (count, max ORDEREXECUTED, max DATEEXECUTED as text).
std::string history_summary_query(const Tables& t);

/// Liquibase's CONTEXTS column: the contexts of the includes that brought the change-set in
/// (innermost first), then its own, joined by " AND ", each as written and parenthesized when it
/// holds a comma or a space ("dev, test" → "(dev, test)"); NULL when there are none.
std::optional<std::string> contexts_column(const model::ChangeSet& cs);
/// Liquibase's LABELS column: the includes' labels, then the change-set's, lower case, trimmed and
/// joined by commas ("Core, reporting" → "core,reporting"); NULL when there are none.
std::optional<std::string> labels_column(const model::ChangeSet& cs);
/// The tag set by a change-set's tagDatabase change, if any.
std::optional<std::string> tag_of(const model::ChangeSet& cs);

/// A DEPLOYMENT_ID: ten digits from the clock, as Liquibase makes them.
std::string new_deployment_id();

}  // namespace basalt::tracker
