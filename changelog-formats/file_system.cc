// The real file system through std::filesystem, and an in-memory one.
#include "changelog-formats/file_system.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "changelog-formats/paths.h"

namespace basalt::formats {
namespace {

namespace fs = std::filesystem;

fs::path native(const std::string& path) {
  return path.empty() ? fs::path(".") : fs::path(path);
}

class RealFileSystem final : public FileSystem {
 public:
  Kind kind(const std::string& path) const override {
    std::error_code ec;
    fs::file_status st = fs::status(native(path), ec);
    if (ec || !fs::exists(st)) return Kind::missing;
    if (fs::is_regular_file(st)) return Kind::file;
    if (fs::is_directory(st)) return Kind::folder;
    return Kind::other;
  }

  std::optional<std::string> read(const std::string& path) const override {
    if (kind(path) != Kind::file) return std::nullopt;
    std::ifstream in(native(path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
  }

  std::vector<std::string> files_below(const std::string& folder) const override {
    std::vector<std::string> out;
    std::error_code ec;
    fs::path root = native(folder);
    // Folder symlinks are not followed (a loop would never end); file symlinks are read.
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code kind_ec;
      if (!it->is_regular_file(kind_ec)) continue;
      out.push_back(it->path().lexically_relative(root).generic_string());
    }
    return out;
  }
};

}  // namespace

const FileSystem& real_file_system() {
  static const RealFileSystem fs;
  return fs;
}

void MemoryFileSystem::add(const std::string& path, std::string content) {
  files_[normalize_path(path)] = std::move(content);
}

FileSystem::Kind MemoryFileSystem::kind(const std::string& path) const {
  std::string p = normalize_path(path);
  if (files_.count(p)) return Kind::file;
  if (p.empty()) return Kind::folder;
  std::string prefix = p + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) return Kind::folder;
  return Kind::missing;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(normalize_path(path));
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> MemoryFileSystem::files_below(const std::string& folder) const {
  std::string p = normalize_path(folder);
  std::string prefix = p.empty() ? "" : p + "/";
  std::vector<std::string> out;
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    out.push_back(it->first.substr(prefix.size()));
  }
  return out;
}

}  // namespace basalt::formats
