// Liquibase's formatted SQL changelogs (`--liquibase formatted sql`, `--changeset author:id ...`)
// to the neutral tree, read line by line as Liquibase 4.28 reads them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "changelog-formats/formats.h"
#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"

namespace basalt::formats {

/// Parses a formatted SQL changelog into the tree a YAML changelog of the same content gives:
/// `databaseChangeLog` holding `property`, `logicalFilePath` and `changeSet` entries, each change-set
/// with one `sql` change, its `rollback`, `preConditions`, `comment` and `validCheckSum`. Values are
/// text as written (no YAML typing). Every malformed directive is reported at its line. A .sql file
/// without the `--liquibase formatted sql` first line is one change-set of its whole text, as in
/// Liquibase: id "raw", author "includeAll", not split, comments kept. nullopt for an empty file.
std::optional<Node> parse_formatted_sql(std::string_view text, const std::string& file, Diagnostics& diags,
                                        const TopLevelEntryHook& hook = {});

}  // namespace basalt::formats
