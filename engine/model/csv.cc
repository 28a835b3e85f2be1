// The CSV reader of loadData: RFC 4180 quoting, no backslash escapes, LF, CRLF and lone CR records.
#include "engine/model/csv.h"

namespace basalt::model {
namespace {

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

}  // namespace

std::optional<CsvFormat> csv_format(const std::optional<std::string>& separator,
                                    const std::optional<std::string>& quotchar,
                                    const std::optional<std::string>& comment_prefix, std::string& problem) {
  CsvFormat format;
  auto one_char = [&](const std::string& written, std::string_view what) -> std::optional<char> {
    if (written == "\\t") return '\t';
    if (written.size() == 1 && static_cast<unsigned char>(written[0]) < 0x80) return written[0];
    problem = std::string(what) + " must be one character, not '" + written + "'";
    return std::nullopt;
  };
  if (separator) {
    std::optional<char> c = one_char(*separator, "separator");
    if (!c) return std::nullopt;
    format.separator = *c;
  }
  if (quotchar) {
    if (quotchar->empty()) {
      format.quote.reset();
    } else {
      std::optional<char> c = one_char(*quotchar, "quotchar");
      if (!c) return std::nullopt;
      format.quote = *c;
    }
  }
  if (comment_prefix) format.comment_prefix = *comment_prefix;
  return format;
}

CsvResult read_csv(std::string_view text, const CsvFormat& format) {
  std::vector<CsvRecord> records;
  std::size_t i = 0;
  int line = 1;
  const std::size_t n = text.size();
  while (i < n) {
    CsvRecord record;
    record.line = line;
    std::string cell;
    bool ended = false;
    while (!ended) {
      // One cell.
      cell.clear();
      if (format.quote && i < n && text[i] == *format.quote) {
        const int opened = line;
        ++i;
        bool closed = false;
        while (i < n) {
          const char c = text[i];
          if (c == *format.quote) {
            if (i + 1 < n && text[i + 1] == *format.quote) {
              cell += c;
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\r') {  // a line break inside quotes is kept, CRLF as LF
            cell += '\n';
            ++line;
            i += (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            continue;
          }
          if (c == '\n') ++line;
          cell += c;
          ++i;
        }
        if (!closed || (i < n && text[i] != format.separator && text[i] != '\n' && text[i] != '\r'))
          return {std::nullopt, CsvProblem{opened, "unterminated quoted field: a quote opened on this line is "
                                                   "not closed before the end of its cell"}};
      } else {
        while (i < n && text[i] != format.separator && text[i] != '\n' && text[i] != '\r') {
          // In an unquoted cell a quote is a plain character, and a doubled one is one.
          if (format.quote && text[i] == *format.quote && i + 1 < n && text[i + 1] == *format.quote) ++i;
          cell += text[i];
          ++i;
        }
      }
      record.cells.push_back(cell);
      if (i < n && text[i] == format.separator) {
        ++i;
        continue;
      }
      ended = true;
    }
    // The record's line break: CRLF, LF or a lone CR.
    if (i < n && text[i] == '\r') ++i;
    if (i < n && text[i] == '\n') ++i;
    ++line;
    records.push_back(std::move(record));
  }
  if (records.empty()) return {std::nullopt, CsvProblem{1, "the file is empty"}};
  CsvTable table;
  table.header = std::move(records.front());
  for (std::size_t r = 1; r < records.size(); ++r) {
    CsvRecord& record = records[r];
    if (record.cells.empty() || (record.cells.size() == 1 && blank(record.cells[0]))) continue;
    if (!format.comment_prefix.empty() && record.cells[0].starts_with(format.comment_prefix)) continue;
    if (record.cells.size() != table.header.cells.size())
      return {std::nullopt,
              CsvProblem{record.line, "this row has " + std::to_string(record.cells.size()) + " values and the header " +
                                          std::to_string(table.header.cells.size()) +
                                          " (an unquoted value with the separator in it?)"}};
    table.rows.push_back(std::move(record));
  }
  return {std::move(table), std::nullopt};
}

}  // namespace basalt::model
