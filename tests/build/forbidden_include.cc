// Compiled in engine/model's view by the test build_forbidden_include_fails, where it must not build:
// model may not use engine/pg (DESIGN.md, "Modules and who may use whom"). Also compiled in
// engine/pg's own view by build_allowed_include_builds, where it must.
#include "engine/pg/session.h"
