// The one base of runtime failures (bad input is a Diagnostics value, not an exception).
#pragma once

#include <stdexcept>
#include <string>

namespace basalt {

/// A runtime failure: connection, SQL, lock, rollback impossible. The CLI maps it to an exit code.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace basalt
