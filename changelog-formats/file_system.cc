// The real file system through std::filesystem, and an in-memory one.
#include "changelog-formats/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "changelog-formats/paths.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

namespace fs = std::filesystem;

bool is_absolute(const std::string& path) { return !path.empty() && (path.front() == '/' || path.front() == '\\'); }

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

std::vector<std::string> FileSystem::locations(const std::string& path) const {
  if (kind(path) == Kind::missing) return {};
  return {path};
}

SearchPathFileSystem::SearchPathFileSystem(std::vector<std::string> folders, const FileSystem& base)
    : base_(base) {
  for (std::string& f : folders) {
    std::string folder = normalize_path(f);
    if (std::find(folders_.begin(), folders_.end(), folder) == folders_.end()) folders_.push_back(folder);
  }
}

std::vector<std::string> SearchPathFileSystem::locations(const std::string& path) const {
  if (is_absolute(path)) return base_.locations(path);
  std::vector<std::string> out;
  for (const std::string& folder : folders_) {
    std::string candidate = join_path(folder, path);
    if (base_.kind(candidate) != Kind::missing) out.push_back(candidate);
  }
  return out;
}

std::optional<std::string> SearchPathFileSystem::first(const std::string& path) const {
  if (is_absolute(path)) return path;
  for (const std::string& folder : folders_) {
    std::string candidate = join_path(folder, path);
    if (base_.kind(candidate) != Kind::missing) return candidate;
  }
  return std::nullopt;
}

FileSystem::Kind SearchPathFileSystem::kind(const std::string& path) const {
  std::optional<std::string> found = first(path);
  return found ? base_.kind(*found) : Kind::missing;
}

std::optional<std::string> SearchPathFileSystem::read(const std::string& path) const {
  std::optional<std::string> found = first(path);
  if (!found) return std::nullopt;
  return base_.read(*found);
}

std::vector<std::string> SearchPathFileSystem::files_below(const std::string& folder) const {
  if (is_absolute(folder)) return base_.files_below(folder);
  // includeAll gathers the folder from every search folder that has it, as Liquibase does.
  std::set<std::string> seen;
  for (const std::string& root : folders_) {
    std::string candidate = join_path(root, folder);
    if (base_.kind(candidate) != Kind::folder) continue;
    for (std::string& f : base_.files_below(candidate)) seen.insert(std::move(f));
  }
  return {seen.begin(), seen.end()};
}

std::string SearchPathFileSystem::searched() const {
  std::vector<std::string> shown;
  for (const std::string& f : folders_) shown.push_back(f.empty() ? "." : f);
  return "the search path " + text::join(shown, ", ");
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
