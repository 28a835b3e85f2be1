// Type mapping: the rules Liquibase 4.28 applies on PostgreSQL, observed column by column.
#include "engine/sql/types.h"

#include <array>
#include <utility>

#include "engine/core/text.h"

namespace basalt::sql {
namespace {

using Family = ColumnType::Family;

struct Parsed {
  std::string base;       // lower case, inner spaces collapsed: "character varying"
  std::string arguments;  // "10, 2" (re-joined with ", "), empty when none
  bool has_arguments = false;
  std::string suffix;     // what follows the arguments, as written: "[]", " with time zone"
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "decimal(10,2)" → base "decimal", arguments "10, 2"; "int[]" → base "int", suffix "[]";
// "timestamp(3) with time zone" → base "timestamp", arguments "3", suffix " with time zone".
Parsed parse(std::string_view declared) {
  Parsed p;
  std::string_view s = text::trim(declared);
  const std::size_t open = s.find('(');
  const std::size_t bracket = s.find('[');
  std::size_t base_end = std::min(open, bracket);
  if (base_end == std::string_view::npos) base_end = s.size();
  p.base = text::lower(text::trim(s.substr(0, base_end)));
  std::string_view rest = s.substr(base_end);
  if (open != std::string_view::npos && open == base_end) {
    const std::size_t close = s.find(')', open);
    if (close != std::string_view::npos) {
      p.has_arguments = true;
      const std::string inner(s.substr(open + 1, close - open - 1));
      std::string joined;
      for (const std::string& part : text::split_list(inner, ',')) {
        if (!joined.empty()) joined += ", ";
        joined += part;
      }
      p.arguments = joined;
      rest = s.substr(close + 1);
    }
  }
  p.suffix = std::string(rest);
  // "java.sql.Types.VARCHAR" names the JDBC type.
  constexpr std::string_view kJdbc = "java.sql.types.";
  if (p.base.starts_with(kJdbc)) p.base = p.base.substr(kJdbc.size());
  // "timestamp with time zone": the words after the base name stay as written, after it.
  if (const std::size_t space = p.base.find(' '); space != std::string::npos && !p.has_arguments) {
    const std::string first = p.base.substr(0, space);
    if (first == "timestamp" || first == "time") {
      const std::size_t written = s.find(' ');
      p.suffix = std::string(s.substr(written)) ;
      p.base = first;
    }
  }
  return p;
}

std::string with_arguments(std::string name, const Parsed& p) {
  if (p.has_arguments) name += "(" + p.arguments + ")";
  return name + p.suffix;
}

struct Simple {
  std::string_view declared;
  std::string_view emitted;
  Family family;
};

// Names that map to one spelling (arguments and array brackets carried over).
constexpr std::array<Simple, 31> kSimple = {{
    {"int", "INTEGER", Family::whole},        {"integer", "INTEGER", Family::whole},
    {"int4", "INTEGER", Family::whole},       {"mediumint", "INTEGER", Family::whole},
    {"bigint", "BIGINT", Family::whole},      {"int8", "BIGINT", Family::whole},
    {"smallint", "SMALLINT", Family::whole},  {"int2", "SMALLINT", Family::whole},
    {"tinyint", "SMALLINT", Family::whole},   {"varchar", "VARCHAR", Family::text},
    {"nvarchar", "VARCHAR", Family::text},     {"varchar2", "VARCHAR", Family::text},
    {"nvarchar2", "VARCHAR", Family::text},    {"character varying", "VARCHAR", Family::text},
    {"char", "CHAR", Family::text},            {"character", "CHAR", Family::text},
    {"nchar", "CHAR", Family::text},           {"bytea", "BYTEA", Family::other},         {"boolean", "BOOLEAN", Family::boolean},
    {"bool", "BOOLEAN", Family::boolean},      {"bit", "BIT", Family::boolean},
    {"uuid", "UUID", Family::other},           {"json", "JSON", Family::other},
    {"jsonb", "JSONB", Family::other},         {"decimal", "DECIMAL", Family::number},
    {"currency", "DECIMAL", Family::number},   {"float", "FLOAT", Family::number},
    {"double", "DOUBLE PRECISION", Family::number},
    {"double precision", "DOUBLE PRECISION", Family::number},
    {"real", "REAL", Family::number},          {"float4", "REAL", Family::number},
}};

}  // namespace

ColumnType column_type(std::string_view declared) {
  // A type naming a quoted or schema-qualified user type is PostgreSQL's business, not ours.
  if (declared.find('"') != std::string_view::npos) return {std::string(text::trim(declared)), false, Family::other};
  const Parsed p = parse(declared);
  const std::string& b = p.base;

  if (b == "serial" || b == "serial4") return {"INTEGER" + p.suffix, true, Family::whole};
  if (b == "bigserial" || b == "serial8") return {"BIGINT" + p.suffix, true, Family::whole};
  if (b == "smallserial" || b == "serial2") return {"SMALLINT" + p.suffix, true, Family::whole};
  if (b == "numeric" || b == "number") return {with_arguments("numeric", p), false, Family::number};
  if (b == "date") return {with_arguments("date", p), false, Family::temporal};
  if (b == "datetime" || b == "timestamp") {
    // The words after it stay as written, except that Liquibase upper-cases a "timezone" it
    // spells out: "timestamp with timezone" is TIMESTAMP WITH TIME ZONE (haitaton).
    if (text::lower(p.suffix).find("timezone") != std::string::npos) {
      Parsed spelled = p;
      spelled.suffix = upper(p.suffix);
      spelled.suffix.replace(spelled.suffix.find("TIMEZONE"), 8, "TIME ZONE");
      return {with_arguments("TIMESTAMP", spelled), false, Family::temporal};
    }
    if (!p.suffix.empty()) return {with_arguments("TIMESTAMP", p), false, Family::temporal};
    return {with_arguments("TIMESTAMP", p) + " WITHOUT TIME ZONE", false, Family::temporal};
  }
  if (b == "timestamptz") return {with_arguments("TIMESTAMP", p) + " WITH TIME ZONE", false, Family::temporal};
  if (b == "time") {
    if (!p.suffix.empty()) return {with_arguments("time", p), false, Family::temporal};
    return {with_arguments("time", p) + " WITHOUT TIME ZONE", false, Family::temporal};
  }
  if (b == "timetz") return {with_arguments("time", p) + " WITH TIME ZONE", false, Family::temporal};
  // Liquibase's binary and large-text types (BlobType, ClobType) take no size on PostgreSQL:
  // TINYBLOB(16) and BINARY(64) are BYTEA, TEXT(25500) is TEXT.
  for (std::string_view name : {"binary", "varbinary", "longvarbinary", "image", "long binary", "long varbinary",
                                "tinyblob", "mediumblob", "longblob"})
    if (b == name && !p.suffix.starts_with("[")) return {"BYTEA" + p.suffix, false, Family::other};
  if (b == "blob" && !p.suffix.starts_with("[")) return {"OID" + p.suffix, false, Family::other};
  for (std::string_view name : {"text", "clob", "nclob", "longtext", "mediumtext", "tinytext", "ntext", "longvarchar",
                                "longnvarchar", "long varchar", "long nvarchar"})
    if (b == name && !p.suffix.starts_with("[")) return {"TEXT" + p.suffix, false, Family::text};
  for (const Simple& s : kSimple) {
    if (b == s.declared) {
      // Array suffixes keep the spelling of the base name as declared: int[] → INT[].
      if (p.suffix.starts_with("[")) return {upper(b) + (p.has_arguments ? "(" + p.arguments + ")" : "") + p.suffix,
                                              false, s.family};
      return {with_arguments(std::string(s.emitted), p), false, s.family};
    }
  }
  if (b == "interval") return {with_arguments("INTERVAL", p), false, Family::temporal};
  return {upper(with_arguments(b, p)), false, Family::other};
}

}  // namespace basalt::sql
