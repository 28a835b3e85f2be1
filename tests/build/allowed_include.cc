// Compiled in engine/model's view by the test build_allowed_include_builds: model's own headers and
// those of what it may use (engine/core) are found.
#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"
