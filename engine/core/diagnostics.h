// Problems found in user input, collected (never thrown) and rendered as path:line:col: error: ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/location.h"

namespace basalt {

/// How bad a problem is: an error stops the command; a warning (something Liquibase silently
/// ignores, such as an unknown attribute) is shown and the command goes on.
enum class Severity { error, warning };

/// One problem in the input, with what to do about it.
struct Diagnostic {
  SourceLocation where;
  std::string message;
  std::string hint;  // optional: "did you mean 'tableName'?"
  Severity severity = Severity::error;
};

/// Reads the text of one line of a source file, for the excerpt under a diagnostic.
using SourceLineReader = std::string (*)(const std::string& file, int line);

/// Every problem found while reading and validating a changelog; never stops at the first.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message, std::string hint = {});
  void warning(SourceLocation where, std::string message, std::string hint = {});
  /// Adds an already built diagnostic, whatever its severity.
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  std::size_t error_count() const;
  std::size_t warning_count() const { return items_.size() - error_count(); }
  /// Turns every warning into an error (--strict).
  void make_warnings_errors();
  const std::vector<Diagnostic>& items() const { return items_; }
  void append(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
};

/// Renders one diagnostic: "path:line:col: error: message" (or "warning:"), the source line, a caret, the hint.
std::string render(const Diagnostic& d, std::string_view source_line);

/// Renders all diagnostics, reading source lines from the files they name.
std::string render(const Diagnostics& ds);

/// The text of line `line` (1-based) of `text`, without its newline.
std::string_view line_of(std::string_view text, int line);

}  // namespace basalt
