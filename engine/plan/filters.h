// Which change-sets a run includes: contexts, labels, dbms, ignore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/change_set.h"

namespace basalt::plan {

/// What the user asked to include (--contexts, --labels).
struct Filters {
  std::vector<std::string> contexts;      // empty: every change-set runs whatever its context
  std::optional<std::string> labels;      // a label expression ("!slow", "core and not slow")
};

/// Why a change-set is left out, or nullopt when it runs.
std::optional<std::string> excluded_by(const model::ChangeSet& cs, const Filters& filters);

/// Evaluates a Liquibase context/label expression ("dev, test", "dev and !prod", "(a or b) and c")
/// against the set of active names. Comma means or; "!" and "not" negate.
bool matches_expression(std::string_view expression, const std::vector<std::string>& active);

/// True when a dbms attribute ("postgresql", "!oracle", "h2, postgresql", "all") admits PostgreSQL.
bool dbms_admits_postgresql(std::string_view dbms);

}  // namespace basalt::plan
