// Change entries (`- createTable: {...}`) to model changes, for every type of the Change variant.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"
#include "engine/model/change.h"

namespace basalt::formats {

/// The change type names basalt reads: the kName of every alternative of model::Change.
const std::vector<std::string>& supported_change_names();

/// Whether Liquibase (open source or Pro) has a change type of this name.
bool is_liquibase_change_name(std::string_view name);

/// Reads one change written as `name: attributes` (or `sql: text`, `createView: text`); nullopt
/// after reporting an unknown or unsupported type or a value that cannot be a change.
std::optional<model::Change> read_change(const MapEntry& entry, Diagnostics& diags);

/// Reads a list of changes (`changes:`, or a rollback's), each item one or more `name: attributes`;
/// a single map is read as a list of one item. `owner` names the list in messages ("changes").
std::vector<model::Change> read_changes(const Node& list, std::string_view owner, Diagnostics& diags);

}  // namespace basalt::formats
