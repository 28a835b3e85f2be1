// loadData and loadUpdateData as SQL: CSV cells become literals as Liquibase 4.28 writes them
// (tests/golden/liquibase/load-data/README.md, sections 1, 4 and 5).
#pragma once

#include "engine/model/change.h"
#include "engine/sql/generate.h"

namespace basalt::sql {

/// INSERT statements of at most 51 rows each.
Statements load_data(const model::LoadData& c, const Target& target);

/// One DO block per row (UPDATE, then INSERT when no row matched), or the UPDATEs alone with
/// onlyUpdate; for its inverse (delete_rows), one DELETE per row's key.
Statements load_update_data(const model::LoadUpdateData& c, const Target& target);

}  // namespace basalt::sql
