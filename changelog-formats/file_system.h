// The file access changelog reading needs, behind an interface so tests and the fuzzer use memory.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace basalt::formats {

/// Reads changelog files; paths are '/'-separated and relative to the working folder ("" is it).
class FileSystem {
 public:
  /// What a path names.
  enum class Kind { missing, file, folder, other };

  virtual ~FileSystem() = default;
  /// What `path` names (devices and sockets are `other`: never read).
  virtual Kind kind(const std::string& path) const = 0;
  /// The bytes of a file, or nullopt when it cannot be read.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  /// Every file below `folder`, at any depth, as paths relative to it ("sub/a.yaml"), any order.
  virtual std::vector<std::string> files_below(const std::string& folder) const = 0;
};

/// The real file system.
const FileSystem& real_file_system();

/// Files held in memory (tests, fuzzing); a folder exists when some file lies below it.
class MemoryFileSystem final : public FileSystem {
 public:
  /// Adds or replaces a file.
  void add(const std::string& path, std::string content);
  Kind kind(const std::string& path) const override;
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> files_below(const std::string& folder) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace basalt::formats
