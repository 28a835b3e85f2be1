// Serializing runners: a session advisory lock between basalt processes, and Liquibase's
// databasechangeloglock row for Liquibase runners. A dead basalt holder never blocks the next run.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "engine/pg/session.h"
#include "engine/tracker/tracker.h"

namespace basalt::pg {

/// How long to wait for a lock held by a live runner, and whom to tell about waiting.
struct LockOptions {
  std::chrono::milliseconds wait = std::chrono::minutes(5);
  std::function<void(const std::string&)> on_wait;  // "waiting for ..." notices
};

/// Who holds the databasechangeloglock row.
struct LockHolder {
  std::string locked_by;
  std::string since;
};

/// The LOCKEDBY value basalt writes: host, process, and the server session that can vouch for it.
std::string locked_by_marker(Session& session);

/// True when `locked_by` was written by a basalt process whose server session no longer exists.
bool held_by_dead_basalt(Session& session, const std::string& locked_by);

/// The lock for one run. Taking it creates the lock table when missing.
class ChangeLogLock {
 public:
  /// Waits up to options.wait; throws basalt::Error naming the holder if it is still held then.
  ChangeLogLock(Session& session, const tracker::Tables& tables, const LockOptions& options);
  /// Releases the row and the advisory lock (best effort if the connection is gone).
  ~ChangeLogLock();
  ChangeLogLock(const ChangeLogLock&) = delete;
  ChangeLogLock& operator=(const ChangeLogLock&) = delete;

  /// Releases now, reporting failures.
  void release();
  /// The LOCKEDBY this run wrote.
  const std::string& locked_by() const { return locked_by_; }
  /// Set when a stale row of a dead basalt process was taken over.
  const std::optional<LockHolder>& taken_over() const { return taken_over_; }

 private:
  Session& session_;
  tracker::Tables tables_;
  std::string locked_by_;
  std::optional<LockHolder> taken_over_;
  bool held_ = false;
};

/// The current holder of the row, if it is held.
std::optional<LockHolder> current_holder(Session& session, const tracker::Tables& tables);

/// Frees the row whoever holds it (release-locks).
void release_locks(Session& session, const tracker::Tables& tables);

}  // namespace basalt::pg
