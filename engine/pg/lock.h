// Serializing runners: a session advisory lock between basalt processes, and Liquibase's
// databasechangeloglock row for Liquibase runners. A dead basalt holder never blocks the next run,
// and no wait spins or ignores an interrupt.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "engine/pg/interrupt.h"
#include "engine/pg/session.h"
#include "engine/tracker/tracker.h"

namespace basalt::pg {

/// How long to wait for a lock held by a live runner, whom to tell about waiting, what stops it.
struct LockOptions {
  std::chrono::milliseconds wait = std::chrono::minutes(5);
  std::function<void(const std::string&)> on_wait;  // "waiting for ..." notices
  Interrupt* interrupt = nullptr;                   // wakes the waits
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

/// Waits for basalt's advisory lock (the server wakes a waiter the moment the holder's session ends).
void take_advisory_lock(Session& session, const tracker::Tables& tables, const LockOptions& options);
/// Frees it; best effort when the connection is gone (then the server has freed it already).
void free_advisory_lock(Session& session, const tracker::Tables& tables) noexcept;

/// Takes the lock row with `acquire` (tracker::acquire_lock), re-creating the row if a killed run
/// left the table without one, taking it over from a dead basalt process, or waiting for a live
/// holder up to options.wait. Returns the dead holder taken over, if any. Throws basalt::Error
/// naming the holder when the wait ends, or when interrupted.
std::optional<LockHolder> take_lock_row(Session& session, const tracker::Tables& tables,
                                        const sql::Statement& acquire, const std::string& locked_by,
                                        const LockOptions& options);

/// The current holder of the row, if it is held.
std::optional<LockHolder> current_holder(Session& session, const tracker::Tables& tables);

/// Frees the row whoever holds it (release-locks).
void release_locks(Session& session, const tracker::Tables& tables);

}  // namespace basalt::pg
