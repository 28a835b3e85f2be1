// Reading a root changelog with everything it includes: files, properties, then the model.
#pragma once

#include <optional>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"

namespace basalt::formats {

/// Reads the changelog `path` and its includes from `fs`; `text` is the root's content when it is
/// already in memory (then it is read as YAML whatever its name). Properties are substituted once
/// every file is read, so a property may be defined after its first use.
ReadResult load_changelog(const std::string& path, const std::optional<std::string>& text,
                          const ReadOptions& options, const FileSystem& fs);

}  // namespace basalt::formats
