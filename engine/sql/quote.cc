// Identifier and literal quoting, as Liquibase's default LEGACY strategy does it on PostgreSQL.
#include "engine/sql/quote.h"

#include <algorithm>
#include <array>

#include "engine/core/text.h"

namespace basalt::sql {
namespace {

// PostgreSQL's reserved key words (appendix C of its manual: "reserved" and "reserved (can be
// function or type)"), the words a bare identifier may not be. Sorted for binary search.
constexpr std::array<std::string_view, 100> kReserved = {
    "all",          "analyse",       "analyze",      "and",
    "any",          "array",         "as",           "asc",
    "asymmetric",   "authorization", "binary",       "both",
    "case",         "cast",          "check",        "collate",
    "collation",    "column",        "concurrently", "constraint",
    "create",       "cross",         "current_catalog", "current_date",
    "current_role", "current_schema", "current_time", "current_timestamp",
    "current_user", "default",       "deferrable",   "desc",
    "distinct",     "do",            "else",         "end",
    "except",       "false",         "fetch",        "for",
    "foreign",      "freeze",        "from",         "full",
    "grant",        "group",         "having",       "ilike",
    "in",           "initially",     "inner",        "intersect",
    "into",         "is",            "isnull",       "join",
    "lateral",      "leading",       "left",         "like",
    "limit",        "localtime",     "localtimestamp", "natural",
    "not",          "notnull",       "null",         "offset",
    "on",           "only",          "or",           "order",
    "outer",        "overlaps",      "placing",      "primary",
    "references",   "returning",     "right",        "select",
    "session_user", "similar",       "some",         "symmetric",
    "table",         "tablesample",  "then",
    "to",           "trailing",      "true",         "union",
    "unique",       "user",          "using",        "variadic",
    "verbose",      "when",          "where",        "window",
    "with"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A name Liquibase leaves bare: ASCII letters, digits and underscores, not starting with a digit,
// not a reserved word, and not in mixed case. An all-upper-case name stays bare too (PostgreSQL
// then folds it to lower case, as it does for Liquibase: its own tracker columns are written ID,
// AUTHOR, ...). Anything else (mixed case, spaces, hyphens, quotes, non-ASCII letters) is quoted.
thread_local Quoting current = Quoting::legacy;

bool can_stay_bare(std::string_view name) {
  if (current == Quoting::all) return false;
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  if (!std::all_of(name.begin(), name.end(), is_word_char)) return false;
  const bool has_upper = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (has_upper && has_lower && current == Quoting::legacy) return false;
  std::string lower(name);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return !is_reserved_word(lower);
}

}  // namespace

Quoting quoting_named(std::string_view strategy) {
  if (strategy == "QUOTE_ALL_OBJECTS") return Quoting::all;
  if (strategy == "QUOTE_ONLY_RESERVED_WORDS") return Quoting::reserved_words;
  return Quoting::legacy;
}

QuotingScope::QuotingScope(Quoting q) : previous_(current) { current = q; }
QuotingScope::~QuotingScope() { current = previous_; }

bool is_reserved_word(std::string_view lower_case_word) {
  return std::binary_search(kReserved.begin(), kReserved.end(), lower_case_word);
}

std::string quote_name(std::string_view name) {
  if (can_stay_bare(name)) return std::string(name);
  std::string out;
  out.reserve(name.size() + 2);
  out += '"';
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string qualify(std::string_view schema, std::string_view name) {
  if (schema.empty()) return quote_name(name);
  return quote_name(schema) + "." + quote_name(name);
}

std::string name_as_read(std::string_view name) {
  return quote_name(name) == name ? text::lower(name) : std::string(name);
}

std::string relation_as_read(std::string_view schema, std::string_view name) {
  return schema.empty() ? name_as_read(name) : name_as_read(schema) + "." + name_as_read(name);
}

std::string quote_literal(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 2);
  out += '\'';
  for (char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

std::string session_setting(std::string_view name, const std::optional<std::string>& value) {
  if (!value) return "RESET " + quote_name(name);
  return "SET " + quote_name(name) + " = " + quote_literal(*value);
}

std::string transaction_setting(std::string_view name, std::string_view value) {
  return "SET LOCAL " + quote_name(name) + " = " + quote_literal(value);
}

}  // namespace basalt::sql
