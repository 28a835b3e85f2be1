// The public entry points: every format goes through the same loader.
#include "changelog-formats/reader.h"

#include "changelog-formats/changelog_loader.h"
#include "changelog-formats/file_system.h"

namespace basalt::formats {

ReadResult read_changelog(const std::string& path, const ReadOptions& options) {
  return read_changelog(path, options, real_file_system());
}

ReadResult read_yaml_string(const std::string& text, const std::string& path, const ReadOptions& options) {
  return read_yaml_string(text, path, options, real_file_system());
}

ReadResult read_string(const std::string& text, const std::string& path, const ReadOptions& options) {
  return read_string(text, path, options, real_file_system());
}

ReadResult read_changelog(const std::string& path, const ReadOptions& options, const FileSystem& fs) {
  if (options.search_path.empty()) return load_changelog(path, std::nullopt, options, fs);
  SearchPathFileSystem searched(options.search_path, fs);
  return load_changelog(path, std::nullopt, options, searched);
}

namespace {

ReadResult read_in_memory(const InMemory& root, const std::string& path, const ReadOptions& options,
                          const FileSystem& fs) {
  if (options.search_path.empty()) return load_changelog(path, root, options, fs);
  SearchPathFileSystem searched(options.search_path, fs);
  return load_changelog(path, root, options, searched);
}

}  // namespace

ReadResult read_yaml_string(const std::string& text, const std::string& path, const ReadOptions& options,
                            const FileSystem& fs) {
  return read_in_memory({text, &yaml_format()}, path, options, fs);
}

ReadResult read_string(const std::string& text, const std::string& path, const ReadOptions& options,
                       const FileSystem& fs) {
  return read_in_memory({text, nullptr}, path, options, fs);
}

}  // namespace basalt::formats
