// CSV rows to SQL for loadData and loadUpdateData.
#include "engine/sql/load.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "engine/core/text.h"
#include "engine/model/csv.h"
#include "engine/model/dates.h"
#include "engine/sql/quote.h"
#include "engine/sql/values.h"

namespace basalt::sql {
namespace {

// How a column's cells load: the config's type (Liquibase's LOAD_DATA_TYPE), or, for a column
// without one, the type the database gives the column.
enum class LoadType { untyped, string, numeric, boolean, date, datetime, time, computed, sequence, blob, clob, skip, uuid, other };

LoadType type_named(std::string_view t) {
  static constexpr std::pair<std::string_view, LoadType> kTypes[] = {
      {"STRING", LoadType::string},   {"NUMERIC", LoadType::numeric},   {"BOOLEAN", LoadType::boolean},
      {"DATE", LoadType::date},       {"DATETIME", LoadType::datetime}, {"TIME", LoadType::time},
      {"COMPUTED", LoadType::computed}, {"SEQUENCE", LoadType::sequence}, {"BLOB", LoadType::blob},
      {"CLOB", LoadType::clob},       {"SKIP", LoadType::skip},         {"UUID", LoadType::uuid},
      {"OTHER", LoadType::other}};
  for (const auto& [name, type] : kTypes)
    if (text::iequals(t, name)) return type;
  return LoadType::other;  // an unknown name (TIMESTAMP) loads as OTHER: the text as it is
}

// The load type Liquibase gives a column from its PostgreSQL type (format_type's text).
LoadType type_of_column(std::string_view pg_type) {
  const std::string t = text::lower(pg_type);
  auto starts = [&](std::string_view p) { return t.starts_with(p); };
  if (t.ends_with("[]")) return LoadType::string;
  if (starts("smallint") || starts("integer") || starts("bigint") || starts("numeric") || starts("money"))
    return LoadType::numeric;
  if (t == "boolean" || starts("bit(") || t == "bit") return LoadType::boolean;
  if (t == "date" || starts("time") ) return LoadType::date;  // time, timetz, timestamp, timestamptz
  if (t == "uuid") return LoadType::uuid;
  if (t == "text" || t == "xml") return LoadType::clob;
  return LoadType::string;
}

struct ColumnPlan {
  std::size_t cell = 0;          // index of the CSV cell
  std::string name;              // the table column, as written
  LoadType type = LoadType::untyped;
  const model::LoadColumn* config = nullptr;  // null: none given (the header names the column)
};

struct Plan {
  std::string table;     // schema-qualified, quoted
  std::string relation;  // the same as PostgreSQL reads it (the statements' tag)
  std::vector<ColumnPlan> columns;  // in header order, SKIP columns left out
  model::CsvTable csv;
};

[[noreturn]] void invalid(const SourceLocation& where, std::string_view change, const std::string& message,
                          std::string hint = {}) {
  throw InvalidChange(where, std::string(change) + ": " + message, std::move(hint));
}

// The first config naming the header cell (by header, or by index when it has no header, or by
// name), in changelog order.
const model::LoadColumn* config_of(const model::LoadColumns& configs, std::size_t index, std::string_view header) {
  for (const model::LoadColumn& c : configs) {
    if (c.header ? text::iequals(*c.header, header)
                 : (c.index && text::is_number(*c.index) && std::stoul(*c.index) == index))
      return &c;
    if (c.name && text::iequals(*c.name, header)) return &c;
  }
  return nullptr;
}

template <class Change>
Plan plan_of(const Change& c, std::string_view change, const Target& target) {
  Plan plan;
  const std::string schema = c.schema_name.value_or(target.default_schema);
  plan.table = qualify(schema, c.table_name.value_or(""));
  plan.relation = relation_as_read(schema, c.table_name.value_or(""));
  std::string problem;
  std::optional<model::CsvFormat> format = model::csv_format(c.separator, c.quotchar, c.comment_line_starts_with, problem);
  if (!format) invalid(c.where, change, problem);
  model::CsvResult read = model::read_csv(c.content.text, *format);
  if (!read.table) invalid(c.where, change, c.content.path + ":" + std::to_string(read.problem->line) + ": " + read.problem->message);
  plan.csv = std::move(*read.table);
  bool needs_catalog = false;
  for (std::size_t i = 0; i < plan.csv.header.cells.size(); ++i) {
    const std::string& header = plan.csv.header.cells[i];
    const std::string trimmed(text::trim(header));
    ColumnPlan column;
    column.cell = i;
    column.config = config_of(c.columns, i, trimmed);
    if (column.config != nullptr) {
      column.name = column.config->name ? *column.config->name : trimmed;
      if (column.config->type) column.type = type_named(*column.config->type);
    } else {
      column.name = header;  // Liquibase keeps the header as written when no config names it
    }
    if (column.name.empty())
      invalid(c.where, change, c.content.path + ":" + std::to_string(plan.csv.header.line) + ": header cell " +
                                   std::to_string(i + 1) + " is empty, and no column config names it");
    if (column.type == LoadType::skip) continue;
    if (column.config == nullptr || !column.config->type) needs_catalog = true;
    plan.columns.push_back(std::move(column));
  }
  // Columns without a type take one from the table as the database has it; when it has no such
  // table (update-sql before the createTable ran) they stay untyped.
  if (needs_catalog && target.table_columns) {
    if (std::optional<TableColumns> table = target.table_columns(schema, c.table_name.value_or(""))) {
      for (ColumnPlan& column : plan.columns) {
        if (column.config != nullptr && column.config->type) continue;
        auto found = std::find_if(table->begin(), table->end(), [&](const auto& t) { return t.first == column.name; });
        if (found == table->end())
          found = std::find_if(table->begin(), table->end(),
                               [&](const auto& t) { return text::iequals(t.first, column.name); });
        if (found != table->end()) column.type = type_of_column(found->second);
      }
    }
  }
  return plan;
}

std::string two(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// NOW and TODAY (and NOW+1d, NOW-2h...): the current date, time or both, as the column loads them.
std::optional<std::string> now_value(std::string_view cell, LoadType type, const SourceLocation& where,
                                     std::string_view change) {
  std::string_view rest;
  bool today = false;
  if (text::iequals(cell, "now()")) {
    rest = {};
  } else if (text::starts_with_icase(cell, "now")) {
    rest = cell.substr(3);
  } else if (text::starts_with_icase(cell, "today")) {
    rest = cell.substr(5);
    today = true;
  } else {
    return std::nullopt;
  }
  long long shift = 0;
  if (!rest.empty()) {
    const std::string word = today ? "TODAY" : "NOW";
    const std::string why = "'" + word + "' must be followed by + or -, a number and a unit (h, m, d or y)";
    if (today || (rest[0] != '+' && rest[0] != '-')) invalid(where, change, "improper value '" + std::string(cell) + "': " + why);
    std::size_t i = 1;
    long long n = 0;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') n = n * 10 + (rest[i++] - '0');
    const std::string unit = text::lower(rest.substr(i));
    long long seconds = 0;
    if (i == 1) invalid(where, change, "improper value '" + std::string(cell) + "': " + why);
    if (unit == "h" || unit == "hour" || unit == "hours") seconds = 3600;
    else if (unit == "m" || unit == "minute" || unit == "minutes") seconds = 60;
    else if (unit == "d" || unit == "day" || unit == "days") seconds = 86400;
    else if (unit == "y" || unit == "year" || unit == "years") seconds = 365LL * 86400;
    else invalid(where, change, "improper value '" + std::string(cell) + "': " + why);
    shift = (rest[0] == '-' ? -n : n) * seconds;
  }
  const auto now = std::chrono::system_clock::now();
  const long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t t = static_cast<std::time_t>(ms / 1000 + shift);
  std::tm tm{};
  localtime_r(&t, &tm);
  if (today) tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
  const std::string date = std::to_string(tm.tm_year + 1900) + "-" + two(tm.tm_mon + 1) + "-" + two(tm.tm_mday);
  const std::string time = two(tm.tm_hour) + ":" + two(tm.tm_min) + ":" + two(tm.tm_sec);
  char fraction[32];
  std::snprintf(fraction, sizeof fraction, ".%03lld", today ? 0LL : ms % 1000);
  if (type == LoadType::time) return quote_literal(time);
  if (type == LoadType::datetime) return quote_literal(date + " " + time + fraction);
  return quote_literal(date);
}

bool is_base64(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '+' || s[i] == '/')) ++i;
  while (i < s.size() && s[i] == '=') ++i;
  return i == s.size();
}

std::string hex_bytes(std::string_view bytes) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string out = "'\\x";
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    out += kHex[b >> 4];
    out += kHex[b & 0x0F];
  }
  return out + "'";
}

std::string base64_decoded(std::string_view s) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char ch : s) {
    int v;
    if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
    else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
    else if (ch == '+') v = 62;
    else if (ch == '/') v = 63;
    else break;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// A CLOB or BLOB cell names a file, relative to the folder of the changelog that holds the change.
std::string lob_file(const model::FileContent& content, const std::string& cell, const Target& target,
                     const SourceLocation& where, std::string_view change) {
  const std::string path = cell.starts_with('/') || content.folder.empty() ? cell : content.folder + "/" + cell;
  std::optional<std::string> bytes = target.read_file ? target.read_file(path) : std::nullopt;
  if (!bytes)
    invalid(where, change, "the file '" + cell + "' of a CLOB or BLOB cell does not exist (looked for " + path + ")",
            "a CLOB or BLOB cell names a file relative to the changelog's folder; a text column "
            "without a column config is a CLOB to Liquibase: give it type=\"STRING\" for plain text");
  return *bytes;
}

// One cell as SQL (nullopt: nothing at all, for a SKIP column).
std::string value_of(std::string cell, const ColumnPlan& column, const model::FileContent& content,
                     const std::string& schema, const Target& target, const SourceLocation& where,
                     std::string_view change) {
  const model::LoadColumn* config = column.config;
  if (text::iequals(cell, "null")) return "NULL";
  bool empty = cell.empty();
  if (empty && config != nullptr && config->default_value) {
    cell = *config->default_value;
    empty = false;
    if (text::iequals(cell, "null")) return "NULL";
  }
  switch (column.type) {
    case LoadType::untyped:
    case LoadType::other:
    case LoadType::uuid:
      return empty ? "NULL" : quote_literal(cell);
    case LoadType::string:
      return quote_literal(cell);
    case LoadType::numeric:
      if (!empty) return cell;
      return config != nullptr && config->default_value_numeric ? *config->default_value_numeric : "NULL";
    case LoadType::boolean: {
      if (empty) {
        if (config == nullptr || !config->default_value_boolean) return "NULL";
        cell = *config->default_value_boolean;
      }
      const std::string v = text::lower(text::trim(cell));
      bool yes = v == "true" || v == "t" || v == "yes" || v == "y" || v == "1";
      if (!yes && !v.empty() && std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        yes = v.find_first_not_of('0') != std::string::npos;
      return yes ? "TRUE" : "FALSE";
    }
    case LoadType::date:
    case LoadType::datetime:
    case LoadType::time: {
      if (empty) {
        if (config == nullptr || !config->default_value_date) return "NULL";
        cell = *config->default_value_date;
      }
      if (std::optional<std::string> now = now_value(cell, column.type, where, change)) return *now;
      if (std::optional<std::string> iso = model::iso_date(cell)) return date_literal(*iso);
      return cell;  // Liquibase writes what it cannot read as a date as it is, for the database to judge
    }
    case LoadType::computed:
      if (!empty) return cell;
      return config != nullptr && config->default_value_computed ? *config->default_value_computed : "NULL";
    case LoadType::sequence:
      if (empty) invalid(where, change, "a SEQUENCE column needs a sequence name in each cell or in defaultValue");
      return "nextval(" + quote_literal(qualify(schema, cell)) + ")";
    case LoadType::clob:
      if (empty) return "NULL";  // Liquibase binds an empty CLOB cell as NULL
      return quote_literal(lob_file(content, cell, target, where, change));
    case LoadType::blob:
      if (empty) return "NULL";  // Liquibase fails on it (a NullPointerException); NULL is what it means
      return hex_bytes(is_base64(cell) ? base64_decoded(cell) : lob_file(content, cell, target, where, change));
    case LoadType::skip:
      break;
  }
  return "NULL";
}


template <class Change>
std::vector<std::vector<std::string>> rows_of(const Plan& plan, const Change& c, const Target& target) {
  const std::string schema = c.schema_name.value_or(target.default_schema);
  std::vector<std::vector<std::string>> rows;
  rows.reserve(plan.csv.rows.size());
  for (const model::CsvRecord& record : plan.csv.rows) {
    std::vector<std::string> values;
    values.reserve(plan.columns.size());
    for (const ColumnPlan& column : plan.columns)
      values.push_back(value_of(record.cells[column.cell], column, c.content, schema, target, c.where, Change::kName));
    rows.push_back(std::move(values));
  }
  return rows;
}

std::string column_list(const Plan& plan) {
  std::vector<std::string> names;
  for (const ColumnPlan& column : plan.columns) names.push_back(quote_name(column.name));
  return text::join(names, ", ");
}

}  // namespace

Statements load_data(const model::LoadData& c, const Target& target) {
  const Plan plan = plan_of(c, model::LoadData::kName, target);
  const std::vector<std::vector<std::string>> rows = rows_of(plan, c, target);
  constexpr std::size_t kRowsPerStatement = 51;  // as Liquibase batches them
  const std::string head = "INSERT INTO " + plan.table + " (" + column_list(plan) + ") VALUES ";
  const Tag tag{Form::insert, plan.relation};
  Statements out;
  for (std::size_t from = 0; from < rows.size(); from += kRowsPerStatement) {
    std::string sql = head;
    for (std::size_t r = from; r < std::min(rows.size(), from + kRowsPerStatement); ++r) {
      if (r > from) sql += ',';
      sql += "(" + text::join(rows[r], ", ") + ")";
    }
    Statement s{std::move(sql)};
    s.tag = tag;
    if (out.empty()) s.note = std::string(kMayChangeNote);
    out.push_back(std::move(s));
  }
  return out;
}

Statements load_update_data(const model::LoadUpdateData& c, const Target& target) {
  const Plan plan = plan_of(c, model::LoadUpdateData::kName, target);
  const std::vector<std::vector<std::string>> rows = rows_of(plan, c, target);
  // The key columns as written, split at commas and not trimmed (so "a, b" looks for " b").
  std::vector<std::string> keys;
  const std::string primary_key = c.primary_key.value_or("");
  for (std::size_t from = 0;;) {
    const std::size_t comma = primary_key.find(',', from);
    keys.push_back(primary_key.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  std::vector<std::size_t> set;  // non-key columns that may be updated, by name
  for (std::size_t i = 0; i < plan.columns.size(); ++i) {
    const ColumnPlan& column = plan.columns[i];
    if (std::find(keys.begin(), keys.end(), column.name) != keys.end()) continue;
    if (column.config != nullptr && column.config->allow_update == false) continue;
    set.push_back(i);
  }
  std::sort(set.begin(), set.end(), [&](std::size_t a, std::size_t b) { return plan.columns[a].name < plan.columns[b].name; });
  Statements out;
  for (const std::vector<std::string>& row : rows) {
    std::vector<std::string> where;
    for (const std::string& key : keys) {
      auto it = std::find_if(plan.columns.begin(), plan.columns.end(), [&](const ColumnPlan& p) { return p.name == key; });
      const std::string value = it == plan.columns.end() ? "NULL" : row[static_cast<std::size_t>(it - plan.columns.begin())];
      where.push_back(quote_name(key) + (value == "NULL" ? " is NULL" : " = " + value));
    }
    const std::string condition = " WHERE " + text::join(where, " AND ");
    if (c.delete_rows) {
      Statement s{"DELETE FROM " + plan.table + condition};
      s.tag = Tag{Form::delete_rows, plan.relation};
      out.push_back(std::move(s));
      continue;
    }
    std::vector<std::string> assignments;
    for (std::size_t i : set) assignments.push_back(quote_name(plan.columns[i].name) + " = " + row[i]);
    // With no column to update (every one is a key), the block only looks for the row, as
    // Liquibase's does (its IT changelog's CORE-977); onlyUpdate then has nothing to do.
    const std::string update = assignments.empty()
                                   ? "perform * from " + plan.table + condition
                                   : "UPDATE " + plan.table + " SET " + text::join(assignments, ", ") + condition;
    Statement s;
    if (c.only_update.value_or(false)) {
      if (assignments.empty()) continue;
      s.text = update;
      s.tag = Tag{Form::update, plan.relation};
    } else {
      s.text = "DO\n$$\nBEGIN\n" + update + ";\nIF not found THEN\nINSERT INTO " + plan.table + " (" +
               column_list(plan) + ") VALUES (" + text::join(row, ", ") + ");\nEND IF;\nEND;\n$$\nLANGUAGE plpgsql";
    }
    if (out.empty()) s.note = std::string(kMayChangeNote);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace basalt::sql
