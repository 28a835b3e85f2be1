// The DESCRIPTION column of databasechangelog, in Liquibase's form.
#pragma once

#include <string>

#include "engine/model/change_set.h"

namespace basalt::tracker {

/// "createTable tableName=users; createIndex indexName=ix, tableName=users", cut to 250 characters.
std::string description(const model::ChangeSet& cs);

}  // namespace basalt::tracker
