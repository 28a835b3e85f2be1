// Reading the files of loadData, loadUpdateData, sqlFile and createProcedure.
#include "changelog-formats/change_files.h"

#include <zlib.h>

#include <array>
#include <variant>

#include "changelog-formats/paths.h"
#include "engine/core/text.h"
#include "engine/model/csv.h"

namespace basalt::formats {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// UTF-8 kept where it is well formed; every other byte becomes U+FFFD.
std::string valid_utf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    const auto b = static_cast<unsigned char>(in[i]);
    std::size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    bool ok = length > 0 && i + length <= in.size();
    for (std::size_t k = 1; ok && k < length; ++k) ok = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
    if (ok && length == 2) ok = b >= 0xC2;  // no overlong forms
    if (ok && length == 3) {
      const auto b1 = static_cast<unsigned char>(in[i + 1]);
      ok = !(b == 0xE0 && b1 < 0xA0) && !(b == 0xED && b1 >= 0xA0);  // no overlong forms, no surrogates
    }
    if (ok && length == 4) {
      const auto b1 = static_cast<unsigned char>(in[i + 1]);
      ok = b <= 0xF4 && !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 >= 0x90);
    }
    if (ok) {
      out.append(in.substr(i, length));
      i += length;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

// windows-1252's characters for the bytes 0x80-0x9F (0: undefined, decoded as U+FFFD).
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Whether the file was read.
template <class Change>
bool attach_file(Change& c, const model::Text& file, const std::string& changelog_path, const FileSystem& fs,
                 Diagnostics& diags) {
  const std::string owner(Change::kName);
  const std::string written = file.value_or("");
  std::string given = written;
  if (text::starts_with_icase(given, "classpath:")) given = given.substr(10);
  const std::string path = c.relative_to_changelog_file.value_or(false)
                               ? join_path(parent_folder(changelog_path), given)
                               : normalize_path(given);
  c.content.path = path;
  c.content.folder = parent_folder(changelog_path);
  if (fs.kind(path) != FileSystem::Kind::file) {
    const std::string searched = fs.searched();
    diags.error(c.where, owner + ": the file '" + written + "' does not exist" +
                             (path != written ? " (looked for " + path + ")" : "") +
                             (searched.empty() ? "" : " in " + searched),
                c.relative_to_changelog_file.value_or(false)
                    ? "the path is relative to the changelog's folder (relativeToChangelogFile)"
                    : "the path is relative to the working folder or --search-path; relativeToChangelogFile: "
                      "true reads it from the changelog's folder");
    return false;
  }
  std::optional<std::string> bytes = fs.read(path);
  if (!bytes) {
    diags.error(c.where, owner + ": cannot read the file '" + path + "'");
    return false;
  }
  if (extension_of(path) == "gz") {
    std::optional<std::string> unpacked = gunzip(*bytes);
    if (!unpacked) {
      diags.error(c.where, owner + ": the file '" + path + "' ends in .gz but is not gzip data");
      return false;
    }
    bytes = std::move(unpacked);
  }
  std::optional<std::string> text = decode(*bytes, c.encoding);
  if (!text) {
    diags.error(c.where, owner + ": unknown encoding '" + c.encoding.value_or("") + "'",
                "basalt reads UTF-8, ISO-8859-1, US-ASCII and windows-1252");
    return false;
  }
  c.content.bytes = std::move(*bytes);
  c.content.text = std::move(*text);
  return true;
}

// A load's CSV is read now, so that its problems are reported before anything runs.
template <class Load>
void check_csv(const Load& c, const FileSystem& fs, Diagnostics& diags) {
  std::string problem;
  std::optional<model::CsvFormat> format = model::csv_format(c.separator, c.quotchar, c.comment_line_starts_with, problem);
  if (!format) {
    diags.error(c.where, std::string(Load::kName) + ": " + problem);
    return;
  }
  model::CsvResult read = model::read_csv(c.content.text, *format);
  if (read.problem) {
    std::vector<std::string> shown = fs.locations(c.content.path);
    diags.error(SourceLocation{shown.empty() ? c.content.path : shown.front(), read.problem->line, 1},
                read.problem->message + " (loaded by " + std::string(Load::kName) + " at " + to_string(c.where) + ")");
  }
  if (c.use_prepared_statements.value_or(false))
    diags.warning(c.where, std::string(Load::kName) + ": usePreparedStatements is ignored",
                  "basalt loads the rows with INSERT statements that hold the values as literals, the SQL "
                  "update-sql shows");
}

// createProcedure and createView take their SQL inline or from the file `path` names, never both.
template <class Change>
void attach_text_or_file(Change& c, const model::Text& inline_text, const std::string& what,
                         const std::string& changelog_path, const FileSystem& fs, const Expand& expand,
                         Diagnostics& diags) {
  const std::string owner(Change::kName);
  const bool has_text = inline_text && !text::trim(*inline_text).empty();
  if (!c.path) {
    if (!has_text)
      diags.error(c.where, owner + ": neither 'path' nor " + what + " is given", "give one of them (Liquibase refuses it too)");
  } else if (has_text) {
    diags.error(c.where, owner + ": both 'path' and " + what + " are given", "give one of them (Liquibase refuses it too)");
  } else if (attach_file(c, c.path, changelog_path, fs, diags)) {
    c.expanded = expand(c.content.text);
    // The checksum reads the file as UTF-8 whatever its encoding, as Liquibase does.
    c.hashed = expand(decode(c.content.bytes, std::nullopt).value_or(""));
  }
}

}  // namespace

std::optional<std::string> decode(std::string_view bytes, const std::optional<std::string>& encoding) {
  const std::string name = text::lower(encoding.value_or("UTF-8"));
  std::string out;
  if (name == "utf-8" || name == "utf8") {
    out = valid_utf8(bytes);
  } else if (name == "iso-8859-1" || name == "iso8859_1" || name == "iso8859-1" || name == "latin1" ||
             name == "iso-latin-1" || name == "l1" || name == "8859_1") {
    for (char ch : bytes) text::append_utf8(out, static_cast<unsigned char>(ch));
  } else if (name == "us-ascii" || name == "ascii") {
    for (char ch : bytes) {
      if (static_cast<unsigned char>(ch) < 0x80) out += ch;
      else out += kReplacement;
    }
  } else if (name == "windows-1252" || name == "cp1252") {
    for (char ch : bytes) {
      const auto b = static_cast<unsigned char>(ch);
      const char32_t c = b >= 0x80 && b < 0xA0 ? kCp1252[b - 0x80] : b;
      if (c == 0) out += kReplacement;
      else text::append_utf8(out, c);
    }
  } else {
    return std::nullopt;
  }
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);
  return out;
}

std::optional<std::string> gunzip(std::string_view bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return std::nullopt;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  std::array<char, 65536> buffer{};
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
    stream.avail_out = static_cast<uInt>(buffer.size());
    result = inflate(&stream, Z_NO_FLUSH);
    if (result != Z_OK && result != Z_STREAM_END) break;
    out.append(buffer.data(), buffer.size() - stream.avail_out);
    if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      result = Z_DATA_ERROR;  // the data ended before the stream did
      break;
    }
  }
  inflateEnd(&stream);
  if (result != Z_STREAM_END) return std::nullopt;
  return out;
}

void attach_files(model::ChangeSet& cs, const std::string& changelog_path, const FileSystem& fs,
                  const Expand& expand, Diagnostics& diags) {
  auto attach = [&](std::vector<model::Change>& changes) {
    for (model::Change& change : changes) {
      if (auto* load = std::get_if<model::LoadData>(&change)) {
        if (attach_file(*load, load->file, changelog_path, fs, diags)) check_csv(*load, fs, diags);
      } else if (auto* update = std::get_if<model::LoadUpdateData>(&change)) {
        if (attach_file(*update, update->file, changelog_path, fs, diags)) check_csv(*update, fs, diags);
      } else if (auto* file = std::get_if<model::SqlFile>(&change)) {
        if (attach_file(*file, file->path, changelog_path, fs, diags)) file->expanded = expand(file->content.text);
      } else if (auto* procedure = std::get_if<model::CreateProcedure>(&change)) {
        attach_text_or_file(*procedure, procedure->procedure_text, "a procedure text", changelog_path, fs, expand, diags);
      } else if (auto* view = std::get_if<model::CreateView>(&change)) {
        attach_text_or_file(*view, view->select_query, "a view query", changelog_path, fs, expand, diags);
      }
    }
  };
  attach(cs.changes);
  attach(cs.rollback.changes);
}

}  // namespace basalt::formats
