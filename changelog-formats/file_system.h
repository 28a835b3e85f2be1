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
  /// Where `path` is found, as paths the user can open; more than one when a search path holds it in
  /// several folders, none when it is missing. By default `path` itself.
  virtual std::vector<std::string> locations(const std::string& path) const;
  /// Where relative paths are looked up, for "does not exist" messages ("" for the working folder).
  virtual std::string searched() const { return ""; }
};

/// The real file system.
const FileSystem& real_file_system();

/// Liquibase's --search-path: a relative path is looked up under each folder in turn, and names the
/// same file whichever folder holds it, so FILENAME stays relative to that folder. Absolute paths are
/// read as they are.
class SearchPathFileSystem final : public FileSystem {
 public:
  /// `folders` relative to the working folder of `base` (or absolute), in search order.
  SearchPathFileSystem(std::vector<std::string> folders, const FileSystem& base);
  Kind kind(const std::string& path) const override;
  std::optional<std::string> read(const std::string& path) const override;
  /// The files below `folder` in every search folder that has it, each relative path once.
  std::vector<std::string> files_below(const std::string& folder) const override;
  std::vector<std::string> locations(const std::string& path) const override;
  std::string searched() const override;

 private:
  /// The first place `path` exists, or nullopt.
  std::optional<std::string> first(const std::string& path) const;

  std::vector<std::string> folders_;  // normalized; "" is the working folder
  const FileSystem& base_;
};

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
