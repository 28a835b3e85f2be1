// Paths as Liquibase compares and records them.
#pragma once

#include <string>
#include <string_view>

namespace basalt::path {

/// '/' separators ('\' read as '/'), no "." segments, ".." resolved where a folder precedes it, no
/// doubled or trailing '/'. "db/./a/../b.yaml" → "db/b.yaml"; "../x.yaml" stays; "" → "".
std::string normalize(std::string_view path);

}  // namespace basalt::path
