// Which change-sets a run includes: the model's filters, under the plan's names.
#pragma once

#include "engine/model/filters.h"

namespace basalt::plan {

using model::excluded_by;
using model::Filters;

}  // namespace basalt::plan
