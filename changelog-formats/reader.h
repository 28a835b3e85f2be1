// Reading a changelog of any supported format into the model, includes and properties resolved.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"

namespace basalt::formats {

class FileSystem;

/// Property values given on the command line (-Dname=value); they win over the changelog's own.
using Properties = std::map<std::string, std::string>;

/// What reading needs to know of the run: its properties, the contexts and labels that decide which
/// `property` entries exist, and where files are looked up.
struct ReadOptions {
  ReadOptions() = default;
  ReadOptions(Properties p) : properties(std::move(p)) {}  // NOLINT(google-explicit-constructor)
  Properties properties;               // -Dname=value
  std::vector<std::string> contexts;   // --contexts
  std::optional<std::string> labels;   // --labels
  /// --search-path: folders under which the changelog and every non-absolute include are looked up,
  /// in order; FILENAME is then relative to the folder holding the file. Empty: the working folder.
  std::vector<std::string> search_path;
  /// --custom-change=skip: a customChange (Java code basalt cannot run) is read and does nothing,
  /// instead of being an error.
  bool skip_custom_changes = false;
};

/// The changelog and every problem found in it: errors (then `changelog` must not be used) and
/// warnings (what Liquibase silently ignores, such as unknown attributes: shown, then the run goes on).
struct ReadResult {
  model::ChangeLog changelog;
  Diagnostics diagnostics;  // in reading order, errors and warnings together
  bool ok() const { return diagnostics.error_count() == 0; }
};

/// Reads `path` (as given on the command line; FILENAME values are relative to the current folder, or
/// to the search-path folder holding each file), following includes. Never throws for bad input:
/// every problem lands in `diagnostics`.
ReadResult read_changelog(const std::string& path, const ReadOptions& options = {});

/// Reads a YAML changelog held in memory, as if it were the file `path` (for tests and fuzzing).
/// Includes are resolved against the file system relative to `path`.
ReadResult read_yaml_string(const std::string& text, const std::string& path, const ReadOptions& options = {});

/// Reads a changelog held in memory, as if it were the file `path`, in the format its extension
/// names (.yaml, .yml, .json, ...). Includes are resolved against the file system relative to `path`.
ReadResult read_string(const std::string& text, const std::string& path, const ReadOptions& options = {});

/// read_string with included files taken from `fs`.
ReadResult read_string(const std::string& text, const std::string& path, const ReadOptions& options,
                       const FileSystem& fs);

/// read_changelog with files taken from `fs` (tests use a MemoryFileSystem); a search path in
/// `options` looks paths up in `fs` under each of its folders.
ReadResult read_changelog(const std::string& path, const ReadOptions& options, const FileSystem& fs);

/// read_yaml_string with included files taken from `fs` (the fuzzer gives an empty one).
ReadResult read_yaml_string(const std::string& text, const std::string& path, const ReadOptions& options,
                            const FileSystem& fs);

}  // namespace basalt::formats
