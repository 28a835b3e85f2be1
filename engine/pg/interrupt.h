// Stopping a command from outside it (Ctrl-C, SIGTERM, an embedder's thread): one token per command.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace basalt::pg {

class Session;

/// What a command is doing, so whoever interrupts it can say what the interruption will undo.
enum class Phase { idle, connecting, waiting_for_lock, running };

/// A request to stop, for one command at a time: it cancels the statement in progress and wakes
/// every wait (for the lock, between polls). Two embedders in one process each use their own.
class Interrupt {
 public:
  /// Asks the command to stop. Safe from any thread.
  void request();
  bool requested() const { return requested_.load(); }
  /// The flag the runner checks between change-sets.
  const std::atomic<bool>* flag() const { return &requested_; }
  /// Sleeps up to `d`; returns true at once when interrupted (before or during the sleep).
  bool sleep_for(std::chrono::milliseconds d);
  /// Forgets an earlier request (a new command starts).
  void reset() { requested_ = false; }

  Phase phase() const { return phase_.load(); }
  void set_phase(Phase p) { phase_ = p; }

  /// While it lives, request() cancels the statement `session` is running.
  class Attached {
   public:
    Attached(Interrupt* interrupt, Session& session);
    ~Attached();
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;

   private:
    Interrupt* interrupt_;
  };

 private:
  std::atomic<bool> requested_{false};
  std::atomic<Phase> phase_{Phase::idle};
  std::mutex mutex_;
  std::condition_variable wake_;
  Session* session_ = nullptr;  // guarded by mutex_
};

}  // namespace basalt::pg
