// Rendering of input diagnostics with an excerpt and a caret.
#include "engine/core/diagnostics.h"

#include <fstream>
#include <map>
#include <sstream>

namespace basalt {

void Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
  items_.push_back({std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
  items_.push_back({std::move(where), std::move(message), std::move(hint), Severity::warning});
}

std::size_t Diagnostics::error_count() const {
  std::size_t n = 0;
  for (const Diagnostic& d : items_) n += d.severity == Severity::error ? 1 : 0;
  return n;
}

void Diagnostics::make_warnings_errors() {
  for (Diagnostic& d : items_) d.severity = Severity::error;
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::string_view line_of(std::string_view text, int line) {
  if (line < 1) return {};
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  std::string_view l = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

std::string render(const Diagnostic& d, std::string_view source_line) {
  std::ostringstream out;
  out << to_string(d.where);
  out << (d.severity == Severity::warning ? ": warning: " : ": error: ") << d.message << '\n';
  if (!source_line.empty() && d.where.line > 0) {
    out << "  " << source_line << '\n';
    if (d.where.column > 0) {
      out << "  ";
      // Keep tabs so the caret lines up under the same column in a terminal.
      for (int i = 1; i < d.where.column && static_cast<std::size_t>(i - 1) < source_line.size(); ++i)
        out << (source_line[static_cast<std::size_t>(i - 1)] == '\t' ? '\t' : ' ');
      out << "^\n";
    }
  }
  if (!d.hint.empty()) out << "  " << d.hint << '\n';
  return out.str();
}

std::string render(const Diagnostics& ds) {
  std::map<std::string, std::string> files;
  std::string out;
  for (const Diagnostic& d : ds.items()) {
    auto it = files.find(d.where.file);
    if (it == files.end()) {
      std::ifstream in(d.where.file, std::ios::binary);
      std::stringstream buf;
      if (in) buf << in.rdbuf();
      it = files.emplace(d.where.file, buf.str()).first;
    }
    out += render(d, line_of(it->second, d.where.line));
  }
  return out;
}

}  // namespace basalt
