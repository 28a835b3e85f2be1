// XML changelogs (Liquibase's dbchangelog namespace) to the neutral tree, as Liquibase 4.28 reads them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "changelog-formats/formats.h"
#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"

namespace basalt::formats {

/// Liquibase's changelog namespace, which every XML schema from 2.0 on declares.
inline constexpr std::string_view kChangelogNamespace = "http://www.liquibase.org/xml/ns/dbchangelog";

/// Parses an XML changelog into the tree the loader walks, mapping it as Liquibase maps an element to
/// a node: `{databaseChangeLog: {attributes..., children...}}`, where an element's attributes and
/// child elements are the entries of its map in written order (repeated children repeat, so
/// `<column>` elements sit beside a change's attributes), an element with only text is that text
/// (trimmed, as Liquibase trims it), and one with nothing is null. Text beside attributes or
/// children is element_text(). Names are local (a prefix is dropped); xmlns and xsi attributes are
/// not entries. Nodes of the changelog namespace are schema_checked: Liquibase validates them
/// against its XML schema, so the root must name one that Liquibase 4.28 ships, and text where the
/// schema allows none is refused here. Positions come from byte offsets in `text`.
std::optional<Node> parse_xml(std::string_view text, const std::string& file, Diagnostics& diags,
                              const TopLevelEntryHook& hook = {});

}  // namespace basalt::formats
