// Tracker table DDL, rows and lock statements in Liquibase 4.28's exact form.
#include "engine/tracker/tracker.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "engine/core/text.h"
#include "engine/sql/quote.h"
#include "engine/tracker/description.h"

namespace basalt::tracker {
namespace {

// A value of the row as Liquibase writes it: text that is the word "null", in any case, becomes SQL
// NULL (its literal formatting does that to every string), absent text too.
std::string value(const std::string& v) { return text::iequals(v, "null") ? std::string("NULL") : sql::quote_literal(v); }

std::string literal_or_null(const std::optional<std::string>& v) {
  return v ? value(*v) : std::string("NULL");
}

std::string changelog_table(const Tables& t) { return sql::qualify(t.schema, t.changelog); }
std::string lock_table(const Tables& t) { return sql::qualify(t.schema, t.lock); }

}  // namespace


std::string tables_query(const Tables& t) {
  return "SELECT to_regclass(" + sql::quote_literal(lock_table(t)) + ") IS NOT NULL, to_regclass(" +
         sql::quote_literal(changelog_table(t)) + ") IS NOT NULL";
}

std::string lock_row_query(const Tables& t) { return "SELECT count(*) FROM " + lock_table(t) + " WHERE ID = 1"; }

sql::Statements create_lock_table(const Tables& t) {
  sql::Statements out{
      {"CREATE TABLE " + lock_table(t) +
       " (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, "
       "LOCKEDBY VARCHAR(255), CONSTRAINT " +
       sql::quote_name(t.lock + "_pkey") + " PRIMARY KEY (ID))"}};
  for (sql::Statement& s : initialize_lock_table(t)) out.push_back(std::move(s));
  return out;
}

sql::Statements initialize_lock_table(const Tables& t) {
  return {{"DELETE FROM " + lock_table(t)}, {"INSERT INTO " + lock_table(t) + " (ID, LOCKED) VALUES (1, FALSE)"}};
}

sql::Statement create_changelog_table(const Tables& t) {
  return {"CREATE TABLE " + changelog_table(t) +
          " (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, "
          "DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, "
          "EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), "
          "COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), "
          "LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))"};
}

sql::Statement acquire_lock(const Tables& t, const std::string& locked_by) {
  return {"UPDATE " + lock_table(t) + " SET LOCKED = TRUE, LOCKEDBY = " + sql::quote_literal(locked_by) +
          ", LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE"};
}

sql::Statement take_over_lock(const Tables& t, const std::string& stale_locked_by, const std::string& locked_by) {
  return {"UPDATE " + lock_table(t) + " SET LOCKED = TRUE, LOCKEDBY = " + sql::quote_literal(locked_by) +
          ", LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = TRUE AND LOCKEDBY = " +
          sql::quote_literal(stale_locked_by)};
}

sql::Statement release_lock(const Tables& t) {
  return {"UPDATE " + lock_table(t) + " SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1"};
}

std::string lock_holder_query(const Tables& t) {
  return "SELECT locked, lockedby, lockgranted::text FROM " + lock_table(t) + " WHERE id = 1";
}

std::vector<Section> prologue(const Tables& t, const TrackerState& state, const std::string& locked_by,
                              bool with_changelog_table) {
  std::vector<Section> out;
  if (!state.lock_table) {
    sql::Statements create = create_lock_table(t);
    out.push_back({Section::Kind::statements, "Create Database Lock Table", {create.at(0)}});
    out.push_back({Section::Kind::statements, "Initialize Database Lock Table", {create.at(1), create.at(2)}});
  } else if (!state.lock_row) {
    // A run killed between creating the lock table and writing its row left it empty.
    out.push_back({Section::Kind::statements, "Initialize Database Lock Table", initialize_lock_table(t)});
  }
  out.push_back({Section::Kind::acquire_lock, "Lock Database", {acquire_lock(t, locked_by)}});
  if (with_changelog_table && !state.changelog_table)
    out.push_back({Section::Kind::statements, "Create Database Change Log Table", {create_changelog_table(t)}});
  return out;
}

Section epilogue(const Tables& t) { return {Section::Kind::release_lock, "Release Database Lock", {release_lock(t)}}; }

std::int64_t advisory_key(const Tables& t) {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (char c : "basalt:" + lock_table(t)) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return static_cast<std::int64_t>(h & 0x7fffffffffffffffULL);
}

std::string try_advisory_lock(const Tables& t) {
  return "SELECT pg_try_advisory_lock(" + std::to_string(advisory_key(t)) + ")";
}
std::string advisory_lock(const Tables& t) { return "SELECT pg_advisory_lock(" + std::to_string(advisory_key(t)) + ")"; }
std::string advisory_unlock(const Tables& t) {
  return "SELECT pg_advisory_unlock(" + std::to_string(advisory_key(t)) + ")";
}

std::string backend_identity_query() {
  return "SELECT pg_backend_pid(), backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()";
}

std::string session_alive_query(const std::string& pid, const std::string& started) {
  return "SELECT count(*) FROM pg_stat_activity WHERE pid = " + sql::quote_literal(pid) +
         "::int AND backend_start::text = " + sql::quote_literal(started);
}

std::optional<std::string> contexts_column(const model::ChangeSet& cs) {
  std::string out;
  auto append = [&](const std::string& expression) {
    if (text::trim(expression).empty()) return;
    if (!out.empty()) out += " AND ";
    bool complex = expression.find_first_of(", ") != std::string::npos;
    out += complex ? "(" + expression + ")" : expression;
  };
  for (const std::string& c : cs.include_contexts) append(c);
  if (cs.contexts) append(*cs.contexts);
  std::string_view trimmed = text::trim(out);
  if (trimmed.empty()) return std::nullopt;
  return std::string(trimmed);
}

std::optional<std::string> labels_column(const model::ChangeSet& cs) {
  std::vector<std::string> all;
  auto append = [&](const std::string& labels) {
    std::vector<std::string> set;
    for (const std::string& l : text::split_list(text::lower(labels)))
      if (std::find(set.begin(), set.end(), l) == set.end()) set.push_back(l);
    if (!set.empty()) all.push_back(text::join(set, ","));
  };
  for (const std::string& l : cs.include_labels) append(l);
  if (cs.labels) append(*cs.labels);
  if (all.empty()) return std::nullopt;
  return text::join(all, ",");
}

std::optional<std::string> tag_of(const model::ChangeSet& cs) {
  std::optional<std::string> tag;
  for (const model::Change& c : cs.changes)
    if (const auto* t = std::get_if<model::TagDatabase>(&c)) tag = t->tag;
  return tag;
}

sql::Statement insert_row(const Tables& t, const NewRow& row) {
  const model::ChangeSet& cs = *row.change_set;
  std::string columns =
      "ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, "
      "CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID";
  std::string values = value(cs.id) + ", " + value(cs.author) + ", " + value(cs.file_path) + ", NOW(), " +
                       std::to_string(row.order_executed) + ", " + value(row.md5sum) + ", " + value(description(cs)) +
                       ", " + value(cs.comment.value_or("")) + ", '" + to_string(row.exec_type) +
                       "', " + literal_or_null(contexts_column(cs)) + ", " +
                       literal_or_null(labels_column(cs)) + ", '" + kLiquibaseVersion + "', " +
                       sql::quote_literal(row.deployment_id);
  if (row.tag) {
    columns += ", TAG";
    values += ", " + value(*row.tag);
  }
  return {"INSERT INTO " + changelog_table(t) + " (" + columns + ") VALUES (" + values + ")"};
}

sql::Statement update_row(const Tables& t, const NewRow& row) {
  // Liquibase's columns for a change-set that ran before, in its order (its UpdateStatement keeps
  // them sorted by name): what the change-set says now, comments, contexts, labels and description
  // included (tests/golden/liquibase/formatted-sql/attributes, rerun.v2.update-sql).
  const model::ChangeSet& cs = *row.change_set;
  std::string set = "COMMENTS = " + value(cs.comment.value_or("")) + ", CONTEXTS = " + literal_or_null(contexts_column(cs)) +
                    ", DATEEXECUTED = NOW(), DEPLOYMENT_ID = " + sql::quote_literal(row.deployment_id) +
                    ", DESCRIPTION = " + value(description(cs)) + ", EXECTYPE = '" + to_string(row.exec_type) +
                    "', LABELS = " + literal_or_null(labels_column(cs)) + ", LIQUIBASE = '" + kLiquibaseVersion +
                    "', MD5SUM = " + sql::quote_literal(row.md5sum) + ", ORDEREXECUTED = " + std::to_string(row.order_executed);
  if (row.tag) set += ", TAG = " + value(*row.tag);
  return {"UPDATE " + changelog_table(t) + " SET " + set + " WHERE ID = " + sql::quote_literal(cs.id) +
          " AND AUTHOR = " + sql::quote_literal(cs.author) + " AND FILENAME = " + sql::quote_literal(cs.file_path)};
}

sql::Statement delete_row(const Tables& t, const AppliedRow& row) {
  return {"DELETE FROM " + changelog_table(t) + " WHERE ID = " + sql::quote_literal(row.id) +
          " AND AUTHOR = " + sql::quote_literal(row.author) + " AND FILENAME = " + sql::quote_literal(row.filename)};
}

sql::Statement fill_checksum(const Tables& t, const AppliedRow& row, const std::string& md5sum) {
  return {"UPDATE " + changelog_table(t) + " SET MD5SUM = " + sql::quote_literal(md5sum) +
          " WHERE ID = " + sql::quote_literal(row.id) + " AND AUTHOR = " + sql::quote_literal(row.author) +
          " AND FILENAME = " + sql::quote_literal(row.filename)};
}

std::string select_rows(const Tables& t) {
  return "SELECT id, author, filename, dateexecuted::text, orderexecuted, exectype, md5sum, description, "
         "comments, tag, contexts, labels, deployment_id FROM " +
         changelog_table(t) + " ORDER BY dateexecuted, orderexecuted";
}

HistorySummary summarize(const std::vector<AppliedRow>& rows) {
  HistorySummary s;
  s.rows = static_cast<long long>(rows.size());
  for (const AppliedRow& r : rows) {
    s.last_order = std::max(s.last_order, r.order_executed);
    s.last_date = std::max(s.last_date, r.date_executed);  // ISO text: orders as the time does
  }
  return s;
}

std::string history_summary_query(const Tables& t) {
  return "SELECT count(*), coalesce(max(orderexecuted), 0), coalesce(max(dateexecuted)::text, '') FROM " +
         changelog_table(t);
}

std::string new_deployment_id() {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%010lld", static_cast<long long>(ms % 10000000000LL));
  return buf;
}

}  // namespace basalt::tracker
