// Advisory lock plus lock row, with stale-holder detection through pg_stat_activity.
#include "engine/pg/lock.h"

#include <unistd.h>

#include <cstdint>
#include <thread>

#include "engine/core/error.h"
#include "engine/sql/quote.h"

namespace basalt::pg {
namespace {

// One key per lock table, so runners on different tracker schemas do not serialize each other.
std::int64_t advisory_key(const tracker::Tables& tables) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : "basalt:" + sql::qualify(tables.schema, tables.lock)) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return static_cast<std::int64_t>(h & 0x7fffffffffffffffULL);
}

std::string hostname() {
  char buf[256] = {};
  if (gethostname(buf, sizeof buf - 1) != 0) return "unknown-host";
  return buf;
}

constexpr std::string_view kMarker = "basalt pid ";

}  // namespace

std::string locked_by_marker(Session& session) {
  return hostname() + " (" + std::string(kMarker) + std::to_string(getpid()) + ", backend " +
         std::to_string(session.backend_pid()) + " started " + session.backend_start() + ")";
}

bool held_by_dead_basalt(Session& session, const std::string& locked_by) {
  auto at = locked_by.find(kMarker);
  auto backend = locked_by.find(", backend ", at == std::string::npos ? 0 : at);
  auto started = locked_by.find(" started ", backend == std::string::npos ? 0 : backend);
  if (at == std::string::npos || backend == std::string::npos || started == std::string::npos ||
      locked_by.empty() || locked_by.back() != ')')
    return false;
  std::string pid = locked_by.substr(backend + 10, started - backend - 10);
  std::string start = locked_by.substr(started + 9, locked_by.size() - started - 10);
  if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) return false;
  auto rows = session.query("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid +
                            " AND backend_start::text = " + sql::quote_literal(start));
  return rows.at(0).at(0) == "0";
}

std::optional<LockHolder> current_holder(Session& session, const tracker::Tables& tables) {
  auto rows = session.query("SELECT locked, lockedby, lockgranted::text FROM " +
                            sql::qualify(tables.schema, tables.lock) + " WHERE id = 1");
  if (rows.empty() || rows[0][0] != "t") return std::nullopt;
  return LockHolder{rows[0][1].value_or("(unknown)"), rows[0][2].value_or("(unknown)")};
}

ChangeLogLock::ChangeLogLock(Session& session, const tracker::Tables& tables, const LockOptions& options)
    : session_(session), tables_(tables) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + options.wait;
  const std::string key = std::to_string(advisory_key(tables));

  // Between basalt processes: the server wakes the waiter the moment the holder's session ends.
  auto got = session.query("SELECT pg_try_advisory_lock(" + key + ")");
  if (got.at(0).at(0) != "t") {
    if (options.on_wait) options.on_wait("another basalt process is running against this database; waiting for it");
    long long ms = std::max<long long>(1, options.wait.count());
    session.execute({"SET lock_timeout = " + std::to_string(ms)});
    try {
      session.query("SELECT pg_advisory_lock(" + key + ")");
    } catch (const run::StatementFailed& e) {
      throw Error("could not acquire the change log lock: another basalt process kept it for longer than " +
                  std::to_string(ms / 1000) + " s (" + e.what() + ")");
    }
    session.execute({"RESET lock_timeout"});
  }

  try {
    if (!session.tracker_state(tables).lock_table)
      for (const sql::Statement& s : tracker::create_lock_table(tables)) session.execute(s);
    locked_by_ = locked_by_marker(session);
    bool announced = false;
    for (;;) {
      auto taken = session.query(tracker::acquire_lock(tables, locked_by_).text + " RETURNING 1");
      if (!taken.empty()) break;
      std::optional<LockHolder> holder = current_holder(session, tables);
      if (!holder) continue;  // freed between the two statements
      if (held_by_dead_basalt(session, holder->locked_by)) {
        // Its process is gone (killed, connection lost, server restarted): nobody can be running.
        auto over = session.query(tracker::take_over_lock(tables, holder->locked_by, locked_by_).text + " RETURNING 1");
        if (!over.empty()) {
          taken_over_ = holder;
          break;
        }
        continue;
      }
      if (Clock::now() >= deadline)
        throw Error("could not acquire the change log lock: it is held by " + holder->locked_by + " since " +
                    holder->since +
                    ". If no migration is running there, release it with `basalt release-locks` (the same "
                    "connection options) or: UPDATE " +
                    sql::qualify(tables.schema, tables.lock) +
                    " SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;");
      if (!announced && options.on_wait) {
        options.on_wait("the change log lock is held by " + holder->locked_by + " since " + holder->since +
                        "; waiting for it");
        announced = true;
      }
      // Another tool's row gives no wake-up signal: poll briefly rather than every few seconds.
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    held_ = true;
  } catch (...) {
    try {
      session.query("SELECT pg_advisory_unlock(" + key + ")");
    } catch (...) {
    }
    throw;
  }
}

void ChangeLogLock::release() {
  if (!held_) return;
  held_ = false;
  session_.execute(tracker::release_lock(tables_));
  session_.query("SELECT pg_advisory_unlock(" + std::to_string(advisory_key(tables_)) + ")");
}

ChangeLogLock::~ChangeLogLock() {
  try {
    release();
  } catch (...) {
    // The connection is gone: the server dropped the advisory lock with it, and the row names a
    // dead session, which the next run takes over at once.
  }
}

void release_locks(Session& session, const tracker::Tables& tables) {
  if (session.tracker_state(tables).lock_table) session.execute(tracker::release_lock(tables));
}

}  // namespace basalt::pg
