// Which change-sets a run includes: contexts, labels, dbms, ignore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/change_set.h"

namespace basalt::model {

/// What the user asked to include (--contexts, --labels).
struct Filters {
  std::vector<std::string> contexts;      // empty: every change-set runs whatever its context
  std::optional<std::string> labels;      // a label expression ("!slow", "core and not slow")
};

/// Why a change-set is left out, or nullopt when it runs.
std::optional<std::string> excluded_by(const model::ChangeSet& cs, const Filters& filters);

}  // namespace basalt::plan
