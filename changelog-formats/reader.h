// Reading a changelog of any supported format into the model, includes and properties resolved.
#pragma once

#include <map>
#include <string>

#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"

namespace basalt::formats {

class FileSystem;

/// Property values given on the command line (-Dname=value); they win over the changelog's own.
using Properties = std::map<std::string, std::string>;

/// The changelog, or every problem found in it (then `changelog` must not be used).
struct ReadResult {
  model::ChangeLog changelog;
  Diagnostics diagnostics;  // errors only
  Diagnostics warnings;     // what Liquibase silently ignores (unknown attributes): show, then go on
  bool ok() const { return diagnostics.empty(); }
};

/// Reads `path` (as given on the command line; FILENAME values are relative to the current folder),
/// following includes. Never throws for bad input: every problem lands in `diagnostics`.
ReadResult read_changelog(const std::string& path, const Properties& properties = {});

/// Reads a YAML changelog held in memory, as if it were the file `path` (for tests and fuzzing).
/// Includes are resolved against the file system relative to `path`.
ReadResult read_yaml_string(const std::string& text, const std::string& path,
                            const Properties& properties = {});

/// read_changelog with files taken from `fs` (tests use a MemoryFileSystem).
ReadResult read_changelog(const std::string& path, const Properties& properties, const FileSystem& fs);

/// read_yaml_string with included files taken from `fs` (the fuzzer gives an empty one).
ReadResult read_yaml_string(const std::string& text, const std::string& path, const Properties& properties,
                            const FileSystem& fs);

}  // namespace basalt::formats
