// The tracker tables (databasechangelog, databasechangeloglock): their DDL, rows and statements,
// as Liquibase 4.28 writes them, so either tool can continue the other's work.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/model/change_set.h"
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

/// EXECTYPE values.
enum class ExecType { executed, reran, mark_ran };
/// "EXECUTED", "RERAN", "MARK_RAN".
const char* to_string(ExecType t);

/// A databasechangelog row as read back.
struct AppliedRow {
  std::string id, author, filename;
  std::string date_executed;  // as PostgreSQL prints it
  int order_executed = 0;
  std::string exec_type;
  std::optional<std::string> md5sum, description, comments, tag, contexts, labels, deployment_id;
};

/// A row to write for a change-set.
struct NewRow {
  const model::ChangeSet* change_set = nullptr;
  int order_executed = 0;
  std::string md5sum;
  ExecType exec_type = ExecType::executed;
  std::string deployment_id;
  std::optional<std::string> tag;  // from a tagDatabase change
};

/// CREATE TABLE for databasechangeloglock, then its initial row.
sql::Statements create_lock_table(const Tables& t);
/// CREATE TABLE for databasechangelog.
sql::Statement create_changelog_table(const Tables& t);

/// Takes the lock row if free: succeeds when it updates one row.
sql::Statement acquire_lock(const Tables& t, const std::string& locked_by);
/// Takes over a lock row still held under `stale_locked_by` by a process known to be gone.
sql::Statement take_over_lock(const Tables& t, const std::string& stale_locked_by, const std::string& locked_by);
/// Frees the lock row.
sql::Statement release_lock(const Tables& t);

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
