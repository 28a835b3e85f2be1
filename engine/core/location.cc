#include "engine/core/location.h"

#include <mutex>
#include <set>

namespace basalt {
namespace {

struct Pool {
  std::mutex mutex;
  std::set<std::string, std::less<>> paths;  // std::set: elements never move
};

Pool& pool() {
  static Pool* p = new Pool;  // lives as long as the process: locations may outlive any owner
  return *p;
}

}  // namespace

FileName::FileName(std::string_view path) {
  if (path.empty()) {
    path_ = &no_path();
    return;
  }
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  auto it = p.paths.find(path);
  if (it == p.paths.end()) it = p.paths.emplace(path).first;
  path_ = &*it;
}

const std::string& FileName::no_path() {
  static const std::string* e = new std::string;
  return *e;
}

std::string to_string(const SourceLocation& where) {
  std::string out = where.file.empty() ? std::string("<input>") : std::string(where.file);
  if (where.line > 0) {
    out += ":" + std::to_string(where.line);
    if (where.column > 0) out += ":" + std::to_string(where.column);
  }
  return out;
}

}  // namespace basalt
