// Where something came from in a changelog file.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace basalt {

/// A file's path as written in locations: interned, so that the hundreds of thousands of locations of
/// a large changelog each hold one pointer to the few paths there are, not a copy of one.
class FileName {
 public:
  FileName() : path_(&no_path()) {}
  FileName(std::string_view path);  // NOLINT(google-explicit-constructor): a path is a file name
  FileName(const std::string& path) : FileName(std::string_view(path)) {}  // NOLINT
  FileName(const char* path) : FileName(std::string_view(path)) {}         // NOLINT

  operator const std::string&() const { return *path_; }  // NOLINT(google-explicit-constructor)
  bool empty() const { return path_->empty(); }

  friend bool operator==(const FileName& a, const FileName& b) { return a.path_ == b.path_; }
  friend bool operator==(const FileName& a, std::string_view b) { return *a.path_ == b; }
  friend bool operator==(const FileName& a, const std::string& b) { return *a.path_ == b; }
  friend bool operator==(const FileName& a, const char* b) { return *a.path_ == b; }
  friend std::string operator+(const std::string& a, const FileName& b) { return a + *b.path_; }
  friend std::string operator+(const FileName& a, const std::string& b) { return *a.path_ + b; }
  friend std::string operator+(const char* a, const FileName& b) { return a + *b.path_; }
  friend std::string operator+(const FileName& a, const char* b) { return *a.path_ + b; }
  friend std::ostream& operator<<(std::ostream& out, const FileName& f) { return out << *f.path_; }

 private:
  static const std::string& no_path();
  const std::string* path_;  // owned by the process-wide pool, never freed
};

/// A position in a source file; lines and columns count from 1 (0 = unknown).
struct SourceLocation {
  FileName file;
  int line = 0;
  int column = 0;

  /// Locations never make two models differ: the same change written in two formats is equal.
  friend bool operator==(const SourceLocation&, const SourceLocation&) { return true; }
};

/// "path:line:col" ("path:line" without a column, "path" without a line): how every message names a place.
std::string to_string(const SourceLocation& where);

}  // namespace basalt
