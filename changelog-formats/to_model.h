// The neutral tree of one change-set or preConditions block to the model (any format).
#pragma once

#include <optional>
#include <string>

#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"

namespace basalt::formats {

/// `rollback: {changeSetId, changeSetAuthor[, changeSetPath]}`: replay another change-set's forward
/// changes. Resolved once every file is read, since it may name a change-set further down.
struct RollbackReference {
  std::string id, author;
  std::string path;  // FILENAME of the referenced change-set (the referring one's when not given)
  SourceLocation where;
};

/// A change-set as read, with its rollback reference still to resolve.
struct ReadChangeSet {
  model::ChangeSet change_set;
  std::optional<RollbackReference> rollback_reference;  // path empty: the change-set's own FILENAME
  bool own_file_path = false;  // the change-set gives its own logicalFilePath
  bool quoting_given = false;  // the change-set gives its own objectQuotingStrategy
};

/// Reads the `changeSet:` entry of a file whose FILENAME is `file_path` (its `logicalFilePath`, if
/// any, replaces it). Scalars must already carry their ${property} values.
ReadChangeSet read_change_set(const MapEntry& entry, const std::string& file_path, Diagnostics& diags);

/// Reads a `preConditions:` entry: a map, or a list of one-key maps, where onFail, onError,
/// onFailMessage, onErrorMessage and onSqlOutput set the block's behaviour and every other key is a
/// precondition.
model::Preconditions read_preconditions(const MapEntry& entry, Diagnostics& diags);

}  // namespace basalt::formats
