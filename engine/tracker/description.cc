// The DESCRIPTION column of databasechangelog, derived from the fields() tables like Liquibase does.
#include "engine/tracker/description.h"

#include <set>
#include <string_view>
#include <type_traits>
#include <variant>

#include "engine/core/text.h"

namespace basalt::tracker {
namespace {

// The column is VARCHAR(255); Liquibase keeps 250 characters, the last three being "...".
constexpr std::size_t kMaxLength = 250;
constexpr std::string_view kEllipsis = "...";

// Liquibase names the object a change touches by every attribute whose key ends in "name", except
// the schema and catalog that qualify it (tableName, indexName, constraintName, newColumnName...),
// and by the file of a change that has a `path` (sqlFile path=f.sql).
bool is_description_key(std::string_view key) {
  const std::string k = text::lower(key);
  return (k.ends_with("name") && k.find("schema") == std::string::npos &&
          k.find("catalog") == std::string::npos) ||
         k == "path";
}

// Collects "key=value" of the naming attributes that were set; lists and nested objects never name
// the change, so only scalars are looked at.
class NameCollector {
 public:
  void operator()(std::string_view key, const model::Text& value, unsigned /*rule*/ = 0) {
    if (value && is_description_key(key)) attributes_.insert(std::string(key) + "=" + *value);
  }
  template <class Other>
  void operator()(std::string_view, const Other&, unsigned /*rule*/ = 0) {}

  // Sorted as whole "key=value" strings (a TreeSet in Liquibase); all keys are ASCII.
  const std::set<std::string>& attributes() const { return attributes_; }

 private:
  std::set<std::string> attributes_;
};

std::string describe(const model::Change& change) {
  return std::visit(
      [](const auto& c) {
        using T = std::remove_cvref_t<decltype(c)>;
        NameCollector names;
        T::fields(c, names);
        std::string out(T::kName);
        const char* separator = " ";
        for (const auto& attribute : names.attributes()) {
          out += separator + attribute;
          separator = ", ";
        }
        return out;
      },
      change);
}

// Length as Java counts it, in UTF-16 code units: a table name with accents must be cut where
// Liquibase cuts it, not at a byte count.
std::size_t utf16_length(std::string_view s) {
  std::size_t units = 0;
  for (char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
  }
  return units;
}

// The longest prefix of whole characters that fits in `units` UTF-16 code units.
std::string_view utf16_prefix(std::string_view s, std::size_t units) {
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) == 0x80) continue;
    const std::size_t width = b >= 0xF0 ? 2 : 1;
    if (used + width > units) return s.substr(0, i);
    used += width;
  }
  return s;
}

}  // namespace

std::string description(const model::ChangeSet& cs) {
  if (cs.changes.empty()) return "empty";
  std::string out;
  for (const auto& change : cs.changes) {
    if (!out.empty()) out += "; ";
    out += describe(change);
  }
  if (utf16_length(out) <= kMaxLength) return out;
  return std::string(utf16_prefix(out, kMaxLength - kEllipsis.size())) + std::string(kEllipsis);
}

}  // namespace basalt::tracker
