// Changelog paths as Liquibase writes them into FILENAME: '/'-separated, relative to the working folder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt::formats {

/// '/' separators, no "." segments, ".." resolved where a folder precedes it, no doubled '/'.
/// "db/./a/../b.yaml" → "db/b.yaml"; "../x.yaml" stays; "" → "".
std::string normalize_path(std::string_view path);

/// A logicalFilePath as Liquibase records it in FILENAME: normalized, without a leading '/'
/// ("/a/b.xml" is "a/b.xml"). nullopt for an empty one, which Liquibase ignores.
std::optional<std::string> logical_path(std::string_view written);

/// The folder part of a path: "db/a.yaml" → "db", "a.yaml" → "".
std::string parent_folder(std::string_view path);

/// `file` inside `folder`, normalized; an absolute `file` stays as it is.
std::string join_path(std::string_view folder, std::string_view file);

/// The path without leading "./" (how Liquibase records the root changelog given as ./x.yaml).
std::string without_leading_dot_slash(std::string_view path);

/// A changelog's FILENAME as Liquibase records it: without leading "./", and an absolute path
/// without its leading '/' (the path below the search-path root that holds it).
std::string recorded_filename(std::string_view path);

/// The lower-case extension without the dot: "a/B.YML" → "yml", "a/b" → "".
std::string extension_of(std::string_view path);

}  // namespace basalt::formats
