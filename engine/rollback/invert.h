// Automatic inverses: the changes that undo a change, or why there are none.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "engine/model/change_set.h"

namespace basalt::rollback {

/// A change without an automatic inverse (dropTable, sql, insert, ...).
struct NotInvertible {
  std::string change_name;  // "dropColumn"
  std::string reason;       // "dropColumn has no automatic inverse: the dropped column's data is gone"
};

/// The changes undoing `change`, in the order they must run, or NotInvertible.
std::variant<std::vector<model::Change>, NotInvertible> invert(const model::Change& change);

/// The changes undoing a whole change-set: its explicit rollback, or the inverses of its changes in
/// reverse order. NotInvertible names the first change (from the end) that has no inverse.
std::variant<std::vector<model::Change>, NotInvertible> rollback_changes(const model::ChangeSet& cs);

}  // namespace basalt::rollback
