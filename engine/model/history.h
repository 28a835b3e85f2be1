// What the database says was applied: databasechangelog rows as read back, and their EXECTYPEs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt::model {

/// EXECTYPE values.
enum class ExecType { executed, reran, mark_ran };

/// "EXECUTED", "RERAN", "MARK_RAN".
inline const char* to_string(ExecType t) {
  switch (t) {
    case ExecType::executed: return "EXECUTED";
    case ExecType::reran: return "RERAN";
    case ExecType::mark_ran: return "MARK_RAN";
  }
  return "EXECUTED";
}

/// A databasechangelog row as read back.
struct AppliedRow {
  std::string id, author, filename;
  std::string date_executed;  // as PostgreSQL prints it
  int order_executed = 0;
  std::string exec_type;
  std::optional<std::string> md5sum, description, comments, tag, contexts, labels, deployment_id;
};

/// What a change-set and a tracker row are matched by, as Liquibase 4.28 matches them (measured:
/// tests/golden/liquibase/tracker-match): id and author exactly, FILENAME exactly once normalized
/// ("classpath:", a drive letter and leading '/' dropped, '\\' read as '/', "." and ".." segments
/// resolved, a trailing '/' dropped), so a row recorded as "classpath:/db/changelog.xml" belongs to
/// "db/changelog.xml".
struct TrackerKey {
  std::string id, author, filename;
  auto operator<=>(const TrackerKey&) const = default;
};
TrackerKey tracker_key(std::string_view id, std::string_view author, std::string_view filename);

}  // namespace basalt::model
