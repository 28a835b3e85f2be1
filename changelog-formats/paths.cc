// Changelog path arithmetic: pure string work, no file system access.
#include "changelog-formats/paths.h"

#include <vector>

#include "engine/core/path.h"
#include "engine/core/text.h"

namespace basalt::formats {

std::string normalize_path(std::string_view written) { return path::normalize(written); }

std::string parent_folder(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  if (slash == std::string_view::npos) return "";
  if (slash == 0) return "/";
  return std::string(path.substr(0, slash));
}

std::string join_path(std::string_view folder, std::string_view file) {
  if (!file.empty() && (file.front() == '/' || file.front() == '\\')) return normalize_path(file);
  if (folder.empty()) return normalize_path(file);
  return normalize_path(std::string(folder) + "/" + std::string(file));
}

std::string without_leading_dot_slash(std::string_view path) {
  while (path.size() >= 2 && path[0] == '.' && (path[1] == '/' || path[1] == '\\')) path.remove_prefix(2);
  return std::string(path);
}

std::string recorded_filename(std::string_view path) {
  std::string out = without_leading_dot_slash(path);
  std::size_t slashes = 0;
  while (slashes < out.size() && out[slashes] == '/') ++slashes;
  return out.substr(slashes);
}

std::string extension_of(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return text::lower(name.substr(dot + 1));
}

std::optional<std::string> logical_path(std::string_view written) {
  std::string path = normalize_path(written);
  while (path.starts_with('/')) path.erase(0, 1);
  if (path.empty()) return std::nullopt;
  return path;
}

}  // namespace basalt::formats
