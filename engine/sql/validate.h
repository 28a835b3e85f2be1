// What the generator would refuse, found while validating: before any connection is made.
#pragma once

#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"
#include "engine/sql/generate.h"

namespace basalt::sql {

/// Generates every change (and every explicit rollback change) of the changelog once and reports,
/// at the change, what the generator refuses (a defaultNullValue that is not a boolean, an
/// addDefaultValue without a value, ...) and every statement PostgreSQL cannot run inside a
/// transaction in a change-set that runs in one.
void validate(model::ChangeLog& changelog, const Target& target, Diagnostics& diagnostics);

}  // namespace basalt::sql
