// What the database says was applied: databasechangelog rows as read back, and their EXECTYPEs.
#pragma once

#include <optional>
#include <string>

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

}  // namespace basalt::model
