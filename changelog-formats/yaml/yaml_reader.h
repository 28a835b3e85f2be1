// YAML (and JSON, its subset) text to the neutral tree, with SnakeYAML's YAML 1.1 scalar meanings.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "changelog-formats/formats.h"
#include "changelog-formats/node.h"
#include "engine/core/diagnostics.h"

namespace basalt::formats {

/// Maps and lists nested deeper than this are reported, not read (keeps every later walk shallow).
inline constexpr int kMaxNesting = 200;
/// More values than this (aliases can multiply them) are reported, not read.
inline constexpr std::size_t kMaxValues = 1'000'000;

/// Parses the YAML text of `file`. Plain YAML 1.1 booleans become "true"/"false", plain nulls
/// become null nodes, other scalars keep their text as written. On malformed input returns nullopt
/// after adding a diagnostic at the place yaml-cpp stopped.
std::optional<Node> parse_yaml(std::string_view text, const std::string& file, Diagnostics& diags,
                               const TopLevelEntryHook& hook = {});

}  // namespace basalt::formats
