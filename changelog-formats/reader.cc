// The public entry points: every format goes through the same loader.
#include "changelog-formats/reader.h"

#include "changelog-formats/changelog_loader.h"
#include "changelog-formats/file_system.h"

namespace basalt::formats {

ReadResult read_changelog(const std::string& path, const Properties& properties) {
  return load_changelog(path, std::nullopt, properties, real_file_system());
}

ReadResult read_yaml_string(const std::string& text, const std::string& path, const Properties& properties) {
  return load_changelog(path, text, properties, real_file_system());
}

ReadResult read_changelog(const std::string& path, const Properties& properties, const FileSystem& fs) {
  return load_changelog(path, std::nullopt, properties, fs);
}

ReadResult read_yaml_string(const std::string& text, const std::string& path, const Properties& properties,
                            const FileSystem& fs) {
  return load_changelog(path, text, properties, fs);
}

}  // namespace basalt::formats
