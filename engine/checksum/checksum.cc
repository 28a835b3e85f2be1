// Liquibase 4.28's v9 checksum: MD5 through OpenSSL, and the change text built from the fields() tables.
#include "engine/checksum/checksum.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "engine/model/expression.h"

namespace basalt::checksum {
namespace {

// ---- text normalization -------------------------------------------------------------------------

// Before hashing a serialized change Liquibase standardises line breaks to LF and deletes U+FFFD
// (the replacement character a mis-decoded byte leaves behind), so the checksum does not depend on
// the author's platform or file encoding accidents. It also applies Unicode NFC, which basalt does
// not: text already in NFC (virtually every changelog) hashes the same either way.
std::string normalize_for_hash(std::string_view s) {
  static constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (s.substr(i, kReplacementCharacter.size()) == kReplacementCharacter) {
      i += kReplacementCharacter.size() - 1;
    } else {
      out += s[i];
    }
  }
  return out;
}

// SQL bodies are hashed as bytes with every space, tab, CR and LF removed, so re-indenting or
// re-wrapping a statement keeps its checksum while any other edit (case, comments, `;`) changes it.
std::string strip_sql_whitespace(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  for (char c : sql) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out += c;
  }
  return out;
}

// A CSV file's bytes as its checksum sees them. Liquibase hashes the file through a filter that
// reads it byte by byte: CR bytes are dropped, a line whose first byte is the first character of
// commentLineStartsWith (none when that is empty) is skipped, blank lines and leading line breaks
// are dropped, and a line break is dropped when nothing follows it. Which one "nothing follows" is
// decided by looking one byte past the break, through the same filter, and that look-ahead may
// update the state the next read starts from (a data line after a comment then counts as data,
// and a break before trailing comment lines stays): the rules below are the filter's, measured in
// tests/golden/liquibase/load-data (csv-format's comments_multichar, checksums' variants).
class CsvHashFilter {
 public:
  CsvHashFilter(std::string_view bytes, const model::Text& comment_prefix) : in_(bytes) {
    const std::string prefix = comment_prefix.value_or("#");
    skip_comments_ = !prefix.empty();
    if (skip_comments_) comment_ = static_cast<unsigned char>(prefix[0]);
  }

  std::string filtered() {
    std::string out;
    out.reserve(in_.size());
    for (int b; (b = read(last_, false)) >= 0;) out += static_cast<char>(b);
    return out;
  }

 private:
  int next() { return pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_++]) : -1; }

  int read(int last_read, bool look_ahead) {
    for (;;) {
      int b = next();
      if (skip_comments_ && b == comment_ && (last_read == '\n' || last_read < 0)) {
        while ((b = next()) != '\n' && b != '\r' && b > 0) {
        }
      }
      if (b < 0) return b;
      if (b == '\r' || (b == '\n' && (last_read == '\n' || last_read < 0))) {
        last_read = last_;  // read on, from the state as it stands now
        look_ahead = false;
        continue;
      }
      if (b == '\n') {
        const std::size_t mark = pos_;
        if (read('\n', true) < 0) return -1;  // the last line break
        pos_ = mark;
      }
      if (!look_ahead) last_ = b;
      return b;
    }
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  int last_ = -1;
  bool skip_comments_ = false;
  int comment_ = 0;
};

std::string csv_lines_for_hash(std::string_view bytes, const model::Text& comment_prefix) {
  return CsvHashFilter(bytes, comment_prefix).filtered();
}

// ---- attributes Liquibase leaves out --------------------------------------------------------------

// Keys Liquibase 4.28 drops from a change's serialization although they were set. Its filter
// matches a key at any depth of the change, which is also how these lists are applied.

// IF NOT EXISTS was added to createTable without invalidating existing checksums.
constexpr std::string_view kCreateTableOmits[] = {"ifNotExists"};
// An index only uses its columns' names (and descending, computed...): the attributes describing a
// table column are wiped before serializing, and associatedWith is ignored.
constexpr std::string_view kCreateIndexOmits[] = {"associatedWith", "type",   "autoIncrement", "constraints",
                                                  "defaultValue",   "value",  "startWith",     "incrementBy",
                                                  "encoding",       "remarks"};
// The view's query is hashed separately, like a SQL body (see change_text), and where it came from
// is not hashed.
constexpr std::string_view kCreateViewOmits[] = {"selectQuery", "path", "relativeToChangelogFile", "encoding"};
// Both are deprecated write-only attributes: Liquibase reads them but never reports a value
// (deleteCascade: true becomes onDelete CASCADE when the change is read).
constexpr std::string_view kAddForeignKeyOmits[] = {"deleteCascade", "referencesUniqueColumn"};

// The procedure's text is hashed separately, like a SQL body, and where it came from is not hashed.
constexpr std::string_view kCreateProcedureOmits[] = {"path", "dbms", "relativeToChangelogFile", "procedureText",
                                                      "encoding", "comments"};

// Where parameters fill the where clause's placeholders and are not serialized (measured on
// Keycloak's authz-2.5.1).
constexpr std::string_view kModifyDataOmits[] = {"whereParams"};

// Where it runs and what it is given are not hashed, its program and timeout are (measured:
// tests/golden/liquibase/catalog, output-stop-command).
constexpr std::string_view kExecuteCommandOmits[] = {"arg", "os"};

struct Omitted {
  std::string_view change;
  std::span<const std::string_view> keys;
};

constexpr Omitted kOmitted[] = {
    {"createTable", kCreateTableOmits},
    {"createIndex", kCreateIndexOmits},
    {"createView", kCreateViewOmits},
    {"createProcedure", kCreateProcedureOmits},
    {"addForeignKeyConstraint", kAddForeignKeyOmits},
    {"update", kModifyDataOmits},
    {"delete", kModifyDataOmits},
    {"executeCommand", kExecuteCommandOmits},
};

std::span<const std::string_view> omitted_keys(std::string_view change) {
  for (const auto& entry : kOmitted) {
    if (entry.change == change) return entry.keys;
  }
  return {};
}

// ---- the canonical serialization ----------------------------------------------------------------

std::string indent(int level) {
  return std::string(static_cast<std::size_t>(4 * level), ' ');
}

template <class T>
std::string serialize(const T& object, int level, std::span<const std::string_view> omitted);

// Collects one line per set field of an object serialized at `level`, sorted and de-duplicated as
// Liquibase's TreeSet does. Unset fields leave no line: adding an attribute, even with its default
// value, must change the checksum, and omitting it must not.
class LineCollector {
 public:
  LineCollector(int level, std::span<const std::string_view> omitted) : level_(level), omitted_(omitted) {}

  void operator()(std::string_view key, const model::Text& value, unsigned rule = 0) {
    if (value && !is_omitted(key) && (rule & model::kNotAProperty) == 0) add_scalar(key, *value);
  }

  void operator()(std::string_view key, const model::Flag& value, unsigned /*rule*/ = 0) {
    if (value && !is_omitted(key)) add_scalar(key, *value ? "true" : "false");
  }

  // An empty list is left out like an unset field (dropColumn with only columnName proves it; the
  // other lists are required, so they are never empty in a valid change).
  void operator()(std::string_view key, const model::Columns& list, unsigned /*rule*/ = 0) {
    if (list.empty() || is_omitted(key)) return;
    const int item_level = level_ + 1;
    std::string text = indent(level_) + std::string(key) + "=[\n";
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) text += ",\n";
      text += indent(item_level) + serialize(list[i], item_level + 1, omitted_);
    }
    text += "\n" + indent(level_) + "]";
    lines_.insert(std::move(text));
  }

  // A map of parameters, by name: "param=[]" when empty, else Liquibase's map form.
  void operator()(std::string_view /*key*/, const model::Args& /*args*/, unsigned /*rule*/ = 0) {
    // executeCommand's arguments are never hashed (kExecuteCommandOmits).
  }
  void operator()(std::string_view key, const model::Params& params, unsigned /*rule*/ = 0) {
    if (is_omitted(key)) return;
    if (params.empty()) {
      lines_.insert(indent(level_) + std::string(key) + "=[]");
      return;
    }
    std::map<std::string, std::string> sorted;  // a TreeMap; a name given twice keeps its last value
    for (const model::Param& p : params) sorted[p.name] = p.value;
    std::string text = indent(level_) + std::string(key) + "={\n";
    std::string separator;
    for (const auto& [name, value] : sorted) {
      text += separator + indent(level_ + 1) + name + "=\"" + value + "\"";
      separator = ",\n";
    }
    lines_.insert(text + "\n" + indent(level_) + "}");
  }

  // A nested object is written without its field name: that is how Liquibase prints a column's
  // constraints, and the checksums depend on it.
  void operator()(std::string_view key, const std::optional<model::Constraints>& object,
                  unsigned /*rule*/ = 0) {
    if (object && !is_omitted(key)) lines_.insert(indent(level_) + serialize(*object, level_ + 1, omitted_));
  }

  std::string bracketed() const {
    std::string out = "[";
    if (!lines_.empty()) {
      out += '\n';
      for (const auto& line : lines_) out += line + "\n";
    }
    return out + indent(level_ - 1) + "]";
  }

 private:
  bool is_omitted(std::string_view key) const {
    return std::find(omitted_.begin(), omitted_.end(), key) != omitted_.end();
  }

  void add_scalar(std::string_view key, std::string_view value) {
    lines_.insert(indent(level_) + std::string(key) + "=\"" + std::string(value) + "\"");
  }

  int level_;
  std::span<const std::string_view> omitted_;
  // Liquibase sorts in Java String order (UTF-16 code units). Every line starts with the indent and
  // an ASCII key or "[", and no key is repeated in one object, so two lines always differ within
  // that ASCII prefix, where byte order and UTF-16 order agree.
  std::set<std::string> lines_;
};

// S(object, level) of the reference: the object's set fields, one per line, in brackets.
template <class T>
std::string serialize(const T& object, int level, std::span<const std::string_view> omitted) {
  LineCollector lines(level, omitted);
  T::fields(object, lines);
  return lines.bracketed();
}

// "createTable:[...]", ready to hash.
template <class T>
std::string serialized_change(const T& change) {
  return normalize_for_hash(std::string(T::kName) + ":" + serialize(change, 1, omitted_keys(T::kName)));
}

// ---- which changes count ------------------------------------------------------------------------

// Finds a change's `dbms` attribute, if its type has one.
struct DbmsFinder {
  const model::Text* dbms = nullptr;
  void operator()(std::string_view key, const model::Text& value, unsigned /*rule*/ = 0) {
    if (key == "dbms") dbms = &value;
  }
  template <class Other>
  void operator()(std::string_view, const Other&, unsigned /*rule*/ = 0) {}
};

// Since checksum v9 a change restricted to other databases (`sql` or `insert` with a dbms that
// excludes PostgreSQL) is left out of the change-set's checksum, as if it were not written.
bool counts_here(const model::Change& change) {
  return std::visit(
      [](const auto& c) {
        DbmsFinder finder;
        std::remove_cvref_t<decltype(c)>::fields(c, finder);
        return finder.dbms == nullptr || !finder.dbms->has_value() || model::dbms_admits_postgresql(**finder.dbms, model::DbmsCase::as_written);
      },
      change);
}

}  // namespace

std::string md5_hex(std::string_view data) {
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest.data(), &length) != 1) {
    // Only a broken OpenSSL installation (e.g. MD5 disabled by a FIPS policy) gets here.
    throw std::runtime_error("MD5 is not available from OpenSSL; Liquibase checksums need it");
  }
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0F];
  }
  return out;
}

std::string change_text(const model::Change& change) {
  return std::visit(
      [](const auto& c) -> std::string {
        using T = std::remove_cvref_t<decltype(c)>;
        if constexpr (std::is_same_v<T, model::Sql>) {
          // Only the statement text counts; splitStatements, stripComments, dbms etc. do not.
          return strip_sql_whitespace(c.sql.value_or(""));
        } else if constexpr (std::is_same_v<T, model::LoadData> || std::is_same_v<T, model::LoadUpdateData>) {
          // Only the table's name as written and the file's lines count (measured:
          // tests/golden/liquibase/load-data/README.md, section 3).
          return c.table_name.value_or("") + ":9:" + md5_hex(csv_lines_for_hash(c.content.bytes, c.comment_line_starts_with));
        } else if constexpr (std::is_same_v<T, model::SqlFile>) {
          // The file's text as read, before properties, whitespace tolerated as in a SQL body.
          return strip_sql_whitespace(c.content.text);
        } else if constexpr (std::is_same_v<T, model::CreateProcedure>) {
          // As createView, with the procedure's text (inline or the file's, as read for the checksum).
          return "9:" + md5_hex(serialized_change(c)) + ":9:" + md5_hex(strip_sql_whitespace(c.path ? c.hashed : c.procedure_text.value_or("")));
        } else if constexpr (std::is_same_v<T, model::Output>) {
          // Liquibase reports an absent target as STDERR, its default.
          model::Output with_target = c;
          if (!with_target.target) with_target.target = "STDERR";
          return serialized_change(with_target);
        } else if constexpr (std::is_same_v<T, model::CreateView>) {
          // The attributes and the query are hashed apart and the two checksums hashed together, so
          // the query gets the same whitespace tolerance as a SQL body.
          return "9:" + md5_hex(serialized_change(c)) +
                 ":9:" + md5_hex(strip_sql_whitespace(c.path ? c.hashed : c.select_query.value_or("")));
        } else {
          return serialized_change(c);
        }
      },
      change);
}

std::string edit_text(const model::SqlEdit& edit) {
  // Liquibase serializes every field of the edit but its dbms, context and labels (left out of v9
  // checksums), sorted by name.
  std::string out = std::string(edit.name()) + ":[\n" + indent(1) + "applyToRollback=\"" +
                    (edit.apply_to_rollback ? "true" : "false") + "\"\n";
  if (edit.kind == model::SqlEdit::Kind::append || edit.kind == model::SqlEdit::Kind::prepend) {
    out += indent(1) + "value=\"" + edit.value + "\"\n";
  } else {
    out += indent(1) + "replace=\"" + edit.replace + "\"\n" + indent(1) + "with=\"" + edit.with + "\"\n";
  }
  return normalize_for_hash(out + "]");
}

std::string checksum(const model::ChangeSet& cs) {
  std::string parts;
  for (const auto& change : cs.changes) {
    if (counts_here(change)) parts += "9:" + md5_hex(change_text(change)) + ":";
  }
  // modifySql counts too: the edits that apply to the run, all the model holds (measured: Keycloak's
  // sybase and oracle edits leave PostgreSQL's checksums alone, its postgresql edits do not, and a
  // context-scoped edit changes the checksum with --contexts).
  for (const model::SqlEdit& edit : cs.sql_edits) parts += "9:" + md5_hex(edit_text(edit)) + ";";
  return "9:" + md5_hex(parts);
}

}  // namespace basalt::checksum
