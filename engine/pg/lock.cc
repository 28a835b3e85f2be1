// Advisory lock plus lock row, with stale-holder detection through pg_stat_activity.
#include "engine/pg/lock.h"

#include <unistd.h>

#include <algorithm>

#include "engine/core/error.h"
#include "engine/sql/quote.h"

namespace basalt::pg {
namespace {

std::string hostname() {
  char buf[256] = {};
  if (gethostname(buf, sizeof buf - 1) != 0) return "unknown-host";
  return buf;
}

constexpr std::string_view kMarker = "basalt pid ";

struct RowState {
  bool exists = false;
  std::optional<LockHolder> holder;  // set when the row is held
};

RowState row_state(Session& session, const tracker::Tables& tables) {
  Rows rows = session.query(tracker::lock_holder_query(tables));
  RowState s;
  s.exists = !rows.empty();
  if (s.exists && rows[0][0] == "t") s.holder = LockHolder{rows[0][1].value_or("(unknown)"), rows[0][2].value_or("(unknown)")};
  return s;
}

[[noreturn]] void interrupted() {
  throw Error("interrupted while waiting for the change log lock; nothing was run");
}

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
  return session.query(tracker::session_alive_query(pid, start)).at(0).at(0) == "0";
}

void take_advisory_lock(Session& session, const tracker::Tables& tables, const LockOptions& options) {
  if (session.query(tracker::try_advisory_lock(tables)).at(0).at(0) == "t") return;
  if (options.on_wait) options.on_wait("another basalt process is running against this database; waiting for it");
  if (options.interrupt) options.interrupt->set_phase(Phase::waiting_for_lock);
  // The server blocks this session until the holder's ends; lock_timeout bounds the wait, and an
  // interrupt cancels it.
  long long ms = std::max<long long>(1, options.wait.count());
  session.query(sql::session_setting("lock_timeout", std::to_string(ms)));
  try {
    session.query(tracker::advisory_lock(tables));
  } catch (const run::StatementFailed& e) {
    if (options.interrupt && options.interrupt->requested()) interrupted();
    throw Error("could not acquire the change log lock: another basalt process kept it for longer than " +
                std::to_string(ms / 1000) + " s (" + e.what() + ")");
  }
  session.query(sql::session_setting("lock_timeout", std::nullopt));
  if (options.interrupt) options.interrupt->set_phase(Phase::running);
}

void free_advisory_lock(Session& session, const tracker::Tables& tables) noexcept {
  try {
    session.query(tracker::advisory_unlock(tables));
  } catch (...) {
    // The connection is gone, and the advisory lock with it.
  }
}

std::optional<LockHolder> take_lock_row(Session& session, const tracker::Tables& tables,
                                        const sql::Statement& acquire, const std::string& locked_by,
                                        const LockOptions& options) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + options.wait;
  bool announced = false;
  std::chrono::milliseconds pause(50);
  // The first attempt is the statement of the run (update-sql prints it); retries are bookkeeping.
  if (session.execute(acquire) == 1) return std::nullopt;
  for (;;) {
    if (options.interrupt && options.interrupt->requested()) interrupted();
    RowState state = row_state(session, tables);
    if (!state.exists) {
      // A run killed between creating the lock table and writing its row, or between its DELETE
      // and INSERT, left the table empty: write the row as Liquibase initializes it.
      for (const sql::Statement& s : tracker::initialize_lock_table(tables)) session.execute_quietly(s.text);
    } else if (state.holder && held_by_dead_basalt(session, state.holder->locked_by)) {
      // Its process is gone (killed, connection lost, server restarted): nobody can be running.
      if (session.execute_quietly(tracker::take_over_lock(tables, state.holder->locked_by, locked_by).text) == 1)
        return state.holder;
      continue;
    } else if (state.holder) {
      if (Clock::now() >= deadline)
        throw Error("could not acquire the change log lock: it is held by " + state.holder->locked_by + " since " +
                    state.holder->since +
                    ". If no migration is running there, release it with `basalt release-locks` (the same "
                    "connection options) or: " +
                    tracker::release_lock(tables).text + ";");
      if (!announced && options.on_wait) {
        options.on_wait("the change log lock is held by " + state.holder->locked_by + " since " +
                        state.holder->since + "; waiting for it");
        announced = true;
      }
      if (options.interrupt) options.interrupt->set_phase(Phase::waiting_for_lock);
      // Another tool's row gives no wake-up signal: poll, a little less often the longer it lasts.
      if (options.interrupt ? options.interrupt->sleep_for(pause)
                            : (usleep(static_cast<useconds_t>(pause.count()) * 1000), false))
        interrupted();
      pause = std::min(pause * 2, std::chrono::milliseconds(1000));
    }
    if (session.execute_quietly(acquire.text) == 1) return std::nullopt;
  }
}

std::optional<LockHolder> current_holder(Session& session, const tracker::Tables& tables) {
  return row_state(session, tables).holder;
}

void release_locks(Session& session, const tracker::Tables& tables) {
  if (session.tracker_state(tables).lock_table) session.execute(tracker::release_lock(tables));
}

}  // namespace basalt::pg
