// libpqxx behind basalt's Session: statements, tracker reads, units in transactions.
#include "engine/pg/session.h"

#include <pqxx/pqxx>

#include "engine/core/error.h"
#include "engine/pg/url.h"
#include "engine/sql/quote.h"

namespace basalt::pg {

struct Session::Connection : pqxx::connection {
  using pqxx::connection::connection;
};

Session::Session(const std::string& conninfo) {
  try {
    conn_ = std::make_unique<Connection>(conninfo);
  } catch (const std::exception& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw Error("cannot connect to " + mask_password(conninfo) + ": " + why);
  }
  // If basalt dies mid-statement, the server notices within a second and ends the session, which
  // frees the advisory lock for the next runner instead of holding it until the statement ends.
  try {
    pqxx::nontransaction(*conn_).exec("SET client_connection_check_interval = 1000");
  } catch (const std::exception&) {
    // Servers before PostgreSQL 14 lack the setting; they free the lock when the statement ends.
  }
}

Session::~Session() = default;

void Session::fail(const std::exception& e, const std::string& statement) {
  std::string message = e.what();
  while (!message.empty() && message.back() == '\n') message.pop_back();
  std::string state;
  if (const auto* se = dynamic_cast<const pqxx::sql_error*>(&e)) state = se->sqlstate();
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) message = "connection to the server was lost: " + message;
  throw run::StatementFailed(message, statement, state);
}

namespace {

// Rows changed, as JDBC's update count has them: a statement returning rows changed none.
std::uint64_t changed(const pqxx::result& r) {
  return r.columns() > 0 ? 0 : static_cast<std::uint64_t>(r.affected_rows());
}

}  // namespace

std::uint64_t Session::execute(const sql::Statement& statement) {
  if (on_statement) on_statement(statement.text);
  try {
    pqxx::nontransaction tx(*conn_);
    return changed(tx.exec(statement.text));
  } catch (const std::exception& e) {
    fail(e, statement.text);
  }
}

std::vector<std::vector<std::optional<std::string>>> Session::query(const std::string& sql) {
  std::vector<std::vector<std::optional<std::string>>> rows;
  try {
    pqxx::nontransaction tx(*conn_);
    pqxx::result r = tx.exec(sql);
    rows.reserve(r.size());
    for (const auto& row : r) {
      auto& out = rows.emplace_back();
      out.reserve(row.size());
      for (const auto& field : row) {
        if (field.is_null()) out.emplace_back(std::nullopt);
        else out.emplace_back(std::string(field.c_str(), field.size()));
      }
    }
  } catch (const std::exception& e) {
    fail(e, sql);
  }
  return rows;
}

TrackerState Session::tracker_state(const tracker::Tables& tables) {
  auto rows = query("SELECT to_regclass(" + sql::quote_literal(sql::qualify(tables.schema, tables.lock)) +
                    ") IS NOT NULL, to_regclass(" +
                    sql::quote_literal(sql::qualify(tables.schema, tables.changelog)) + ") IS NOT NULL");
  return {rows.at(0).at(0) == "t", rows.at(0).at(1) == "t"};
}

std::vector<tracker::AppliedRow> Session::read_history(const tracker::Tables& tables) {
  std::vector<tracker::AppliedRow> out;
  if (!tracker_state(tables).changelog_table) return out;
  auto rows = query(tracker::select_rows(tables));
  out.reserve(rows.size());
  for (auto& r : rows) {
    tracker::AppliedRow a;
    a.id = r[0].value_or("");
    a.author = r[1].value_or("");
    a.filename = r[2].value_or("");
    a.date_executed = r[3].value_or("");
    a.order_executed = r[4] ? std::stoi(*r[4]) : 0;
    a.exec_type = r[5].value_or("");
    a.md5sum = r[6];
    a.description = r[7];
    a.comments = r[8];
    a.tag = r[9];
    a.contexts = r[10];
    a.labels = r[11];
    a.deployment_id = r[12];
    out.push_back(std::move(a));
  }
  return out;
}

std::uint64_t Session::run(const run::Unit& unit) {
  std::uint64_t rows = 0;
  if (!unit.transactional) {
    // PostgreSQL refuses these inside a transaction block: each statement commits on its own.
    for (const sql::Statement& s : unit.statements) rows += execute(s);
    return rows + execute(unit.record);
  }
  std::string current;
  try {
    pqxx::work tx(*conn_);
    for (const sql::Statement& s : unit.statements) {
      current = s.text;
      if (on_statement) on_statement(s.text);
      rows += changed(tx.exec(s.text));
    }
    current = unit.record.text;
    if (on_statement) on_statement(unit.record.text);
    rows += changed(tx.exec(unit.record.text));
    current = "COMMIT";
    tx.commit();
  } catch (const std::exception& e) {
    fail(e, current);
  }
  return rows;
}

void Session::cancel() {
  try {
    conn_->cancel_query();
  } catch (const std::exception&) {
    // Nothing in progress, or the connection is already gone: either way nothing to cancel.
  }
}

int Session::backend_pid() const { return conn_->backendpid(); }

std::string Session::backend_start() {
  auto rows = query("SELECT backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()");
  return rows.empty() || !rows[0][0] ? "" : *rows[0][0];
}

std::string Session::describe() {
  std::string host = conn_->hostname() ? conn_->hostname() : "";
  std::string port = conn_->port() ? conn_->port() : "";
  std::string db = conn_->dbname() ? conn_->dbname() : "";
  std::string user = conn_->username() ? conn_->username() : "";
  if (host.empty() || host[0] == '/') host = "localhost";
  return user + "@" + host + ":" + port + "/" + db;
}

}  // namespace basalt::pg
