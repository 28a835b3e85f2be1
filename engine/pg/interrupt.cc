// The interrupt token: a flag, a wake-up for sleepers, and a cancel for the running statement.
#include "engine/pg/interrupt.h"

#include "engine/pg/session.h"

namespace basalt::pg {

void Interrupt::request() {
  std::lock_guard guard(mutex_);
  requested_ = true;
  if (session_ != nullptr) session_->cancel();
  wake_.notify_all();
}

bool Interrupt::sleep_for(std::chrono::milliseconds d) {
  std::unique_lock lock(mutex_);
  return wake_.wait_for(lock, d, [&] { return requested_.load(); });
}

Interrupt::Attached::Attached(Interrupt* interrupt, Session& session) : interrupt_(interrupt) {
  if (interrupt_ == nullptr) return;
  std::lock_guard guard(interrupt_->mutex_);
  interrupt_->session_ = &session;
}

Interrupt::Attached::~Attached() {
  if (interrupt_ == nullptr) return;
  std::lock_guard guard(interrupt_->mutex_);
  interrupt_->session_ = nullptr;
}

}  // namespace basalt::pg
