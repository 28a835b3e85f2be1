// Where something came from in a changelog file, and values that carry it.
#pragma once

#include <string>
#include <utility>

namespace basalt {

/// A position in a source file; lines and columns count from 1 (0 = unknown).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  /// Locations never make two models differ: the same change written in two formats is equal.
  friend bool operator==(const SourceLocation&, const SourceLocation&) { return true; }
};

/// A value with the place it was written.
template <class T>
struct Located {
  T value{};
  SourceLocation where;

  friend bool operator==(const Located& a, const Located& b) { return a.value == b.value; }
};

}  // namespace basalt
