// loadData's CSV files, read as Liquibase 4.28 reads them (tests/golden/liquibase/load-data/README.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace basalt::model {

/// How a file is split into cells.
struct CsvFormat {
  char separator = ',';
  std::optional<char> quote = '"';    // none: quotes are plain characters
  std::string comment_prefix = "#";   // empty: no comment records
};

/// loadData's `separator`, `quotchar` and `commentLineStartsWith` as written (absent: the
/// defaults); `\t` means a tab. nullopt, with `problem` set, for a separator or quote character that
/// is not one ASCII character.
std::optional<CsvFormat> csv_format(const std::optional<std::string>& separator,
                                    const std::optional<std::string>& quotchar,
                                    const std::optional<std::string>& comment_prefix, std::string& problem);

/// One record of the file: its cells and the line it starts on (1-based).
struct CsvRecord {
  std::vector<std::string> cells;
  int line = 0;
};

/// A whole file: the header (the first record, always) and the data records, blank and comment
/// records left out.
struct CsvTable {
  CsvRecord header;
  std::vector<CsvRecord> rows;
};

/// What is wrong with a file, and on which line.
struct CsvProblem {
  int line = 0;
  std::string message;
};

/// Reads `text` (UTF-8). Returns the problem instead when a quote is left open, text follows a
/// closing quote, a record has another number of cells than the header, or the file is empty.
struct CsvResult {
  std::optional<CsvTable> table;
  std::optional<CsvProblem> problem;
};
CsvResult read_csv(std::string_view text, const CsvFormat& format);

}  // namespace basalt::model
