// libpqxx behind basalt's Session: statements, tracker reads, units in transactions.
#include "engine/pg/session.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <pqxx/pqxx>

#include "engine/core/error.h"
#include "engine/pg/url.h"
#include "engine/sql/quote.h"

namespace basalt::pg {
namespace {

// libpqxx keeps libpq's handle to itself, except for its large-object class, which hands it to
// subclasses. A unit is sent as one query string and its results read one by one, which libpqxx
// cannot do.
struct RawHandle : pqxx::largeobject {
  static PGconn* of(const pqxx::dbtransaction& tx) { return raw_connection(tx); }
};

// Rows changed, as JDBC's update count has them: a statement returning rows changed none.
std::uint64_t changed(const pqxx::result& r) {
  return r.columns() > 0 ? 0 : static_cast<std::uint64_t>(r.affected_rows());
}

}  // namespace

struct Session::Connection : pqxx::connection {
  using pqxx::connection::connection;
  PGconn* raw = nullptr;  // stays valid: reconnecting is inhibited
};

Session::Session(const std::string& conninfo) {
  try {
    conn_ = std::make_unique<Connection>(conninfo);
  } catch (const std::exception& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw Error("cannot connect to " + mask_password(conninfo) + ": " + why);
  }
  // A lost connection ends the command; libpqxx must not quietly replace it (and libpq's handle).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  conn_->inhibit_reactivation(true);
#pragma GCC diagnostic pop
  {
    pqxx::work tx(*conn_);
    conn_->raw = RawHandle::of(tx);
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

std::uint64_t Session::execute(const sql::Statement& statement) {
  if (on_statement) on_statement(statement.text);
  try {
    pqxx::nontransaction tx(*conn_);
    return changed(tx.exec(statement.text));
  } catch (const std::exception& e) {
    fail(e, statement.text);
  }
}

void Session::set_parameter(const std::string& name, const std::optional<std::string>& value) {
  const std::string text = value ? "SET " + name + " = " + *value : "RESET " + name;
  try {
    pqxx::nontransaction(*conn_).exec(text);
  } catch (const std::exception& e) {
    fail(e, text);
  }
}

FastCommits::FastCommits(Session& session) : session_(&session) {
  session.set_parameter("synchronous_commit", "off");
}

FastCommits::~FastCommits() { end(); }

void FastCommits::end() {
  if (session_ == nullptr) return;
  Session* s = session_;
  session_ = nullptr;
  try {
    s->set_parameter("synchronous_commit", std::nullopt);
  } catch (const std::exception&) {
    // The connection is gone, and the session's setting with it; what failed is reported elsewhere.
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
  if (std::optional<std::uint64_t> done = run_in_one_round_trip(unit)) return *done;
  // It failed and was rolled back: run it again one statement at a time, which names the statement
  // that fails and gives the server's message about it as written. (A passing failure, such as a
  // deadlock, then simply does not recur.)
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

std::optional<std::uint64_t> Session::run_in_one_round_trip(const run::Unit& unit) {
  // BEGIN, the statements, the tracker row and COMMIT in one query string: one round trip to the
  // server instead of one per statement. The server runs them in order and stops at the first error.
  std::vector<const std::string*> sent;
  sent.reserve(unit.statements.size() + 1);
  for (const sql::Statement& s : unit.statements) sent.push_back(&s.text);
  sent.push_back(&unit.record.text);
  std::string text = "BEGIN;\n";
  for (const std::string* s : sent) {
    if (on_statement) on_statement(*s);
    text += *s;
    text += ";\n";
  }
  text += "COMMIT";

  PGconn* c = conn_->raw;
  auto lost = [&](const std::string& statement, const std::string& state) {
    return run::StatementFailed("connection to the server was lost: " + std::string(PQerrorMessage(c)), statement,
                                state);
  };
  if (!conn_->is_open() || PQsendQuery(c, text.c_str()) == 0) throw lost("", "");
  std::uint64_t rows = 0;
  std::size_t index = 0;  // of the result: 0 is BEGIN, then one per statement when each is one statement
  std::size_t failed_at = 0;
  std::string message, state;
  while (PGresult* r = PQgetResult(c)) {
    switch (PQresultStatus(r)) {
      case PGRES_COMMAND_OK:  // rows changed, as JDBC's update count has them
        rows += std::strtoull(PQcmdTuples(r), nullptr, 10);
        break;
      case PGRES_COPY_IN:  // a COPY ... FROM STDIN in a sql change: there is nothing to send
        PQputCopyEnd(c, "basalt sends no COPY data");
        break;
      case PGRES_FATAL_ERROR:
        if (message.empty()) {
          failed_at = index;
          message = PQresultErrorMessage(r);
          const char* code = PQresultErrorField(r, PG_DIAG_SQLSTATE);
          state = code ? code : "";
        }
        break;
      default:  // rows returned (SELECT): none changed
        break;
    }
    PQclear(r);
    ++index;
  }
  if (message.empty()) {
    if (PQstatus(c) != CONNECTION_OK) throw lost("", "");
    return rows;
  }
  // The statement the results point at (exact when each statement is one statement).
  const std::string& failed = failed_at >= 1 && failed_at <= sent.size() ? *sent[failed_at - 1] : text;
  if (PQstatus(c) != CONNECTION_OK) throw lost(failed, state);
  if (PGresult* r = PQexec(c, "ROLLBACK")) PQclear(r);
  // Cancelled (Ctrl-C, statement_timeout) or a lock not granted in time: running again would do
  // what the user or the server just stopped. Say so now.
  if (state == "57014" || state == "55P03") {
    while (!message.empty() && message.back() == '\n') message.pop_back();
    throw run::StatementFailed(message, failed, state);
  }
  return std::nullopt;
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
