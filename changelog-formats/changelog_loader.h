// Reading a root changelog with everything it includes: files, properties, then the model.
#pragma once

#include <optional>
#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/formats.h"
#include "changelog-formats/reader.h"

namespace basalt::formats {

/// A root changelog already in memory, and the format to read it in (nullptr: the one its path's
/// extension names).
struct InMemory {
  std::string text;
  const Format* format = nullptr;
};

/// Reads the changelog `path` and its includes from `fs`; `root` is the root's content when it is
/// already in memory. Properties are substituted once every file is read, so a property may be
/// defined after its first use.
ReadResult load_changelog(const std::string& path, const std::optional<InMemory>& root, const ReadOptions& options,
                          const FileSystem& fs);

}  // namespace basalt::formats
