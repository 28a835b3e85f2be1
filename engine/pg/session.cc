// libpqxx behind basalt's Session: statements, tracker reads, units in transactions.
#include "engine/pg/session.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <thread>

#include <libpq-fe.h>

#include <cstdlib>
#include <pqxx/pqxx>

#include "engine/core/error.h"
#include "engine/pg/url.h"
#include "engine/sql/quote.h"
#include "engine/sql/split.h"

namespace basalt::pg {
namespace {

// libpqxx keeps libpq's handle to itself, except for its large-object class, which hands it to
// subclasses. A unit is sent as one query string and its results read one by one, which libpqxx
// cannot do.
struct RawHandle : pqxx::largeobject {
  static PGconn* of(const pqxx::dbtransaction& tx) { return raw_connection(tx); }
};

std::string without_trailing_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// How many results the server sends back for a statement's text: one per SQL command in it (a
// sql change given whole, splitStatements: false, may hold several).
std::size_t commands_in(const std::string& text) {
  return std::max<std::size_t>(1, sql::split_sql(text, sql::SplitOptions{}).size());
}

// The byte offset of the `position`-th character (1-based, as the server counts them) of a UTF-8 text.
std::size_t byte_offset(const std::string& text, int position) {
  int chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars == position) return i;
  return text.size();
}

// The number of characters in text[0, bytes).
int characters(const std::string& text, std::size_t bytes) {
  int n = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

struct Session::Connection : pqxx::connection {
  using pqxx::connection::connection;
  PGconn* raw = nullptr;  // stays valid: reconnecting is inhibited
};

Session::Session(const std::string& given) {
  const std::string conninfo = with_connect_timeout(given, std::getenv("PGCONNECT_TIMEOUT"));
  try {
    conn_ = std::make_unique<Connection>(conninfo);
  } catch (const std::exception& e) {
    throw Error("cannot connect to " + mask_password(given) + ": " + without_trailing_newlines(e.what()));
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
    pqxx::nontransaction(*conn_).exec(sql::session_setting("client_connection_check_interval", "1000"));
  } catch (const std::exception&) {
    // Servers before PostgreSQL 14 lack the setting; they free the lock when the statement ends.
  }
}

Session::~Session() = default;

void Session::fail(const std::exception& e, const std::string& statement) {
  std::string message = without_trailing_newlines(e.what());
  std::string state;
  if (const auto* se = dynamic_cast<const pqxx::sql_error*>(&e)) state = se->sqlstate();
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) message = "connection to the server was lost: " + message;
  throw run::StatementFailed(message, statement, state);
}

std::uint64_t Session::execute(const sql::Statement& statement) {
  if (on_statement) on_statement(statement.text);
  try {
    return execute_quietly(statement.text);
  } catch (run::StatementFailed& f) {
    throw f.at(statement);
  }
}

std::uint64_t Session::execute_quietly(const std::string& sql) {
  // Straight through libpq, which keeps what libpqxx drops: the server's error position.
  PGconn* c = conn_->raw;
  PGresult* r = conn_->is_open() ? PQexec(c, sql.c_str()) : nullptr;
  if (r == nullptr)
    throw run::StatementFailed("connection to the server was lost: " + without_trailing_newlines(PQerrorMessage(c)),
                               sql, "");
  std::uint64_t rows = 0;
  ExecStatusType status = PQresultStatus(r);
  if (status == PGRES_COMMAND_OK) rows = std::strtoull(PQcmdTuples(r), nullptr, 10);
  if (status == PGRES_COPY_IN) PQputCopyEnd(c, "basalt sends no COPY data");
  if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
    std::string message = without_trailing_newlines(PQresultErrorMessage(r));
    const char* code = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const char* at = PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION);
    std::string state = code ? code : "";
    int position = at ? std::atoi(at) : 0;
    PQclear(r);
    if (PQstatus(c) != CONNECTION_OK) message = "connection to the server was lost: " + message;
    throw run::StatementFailed(message, sql, state, position);
  }
  PQclear(r);
  return rows;
}

Rows Session::query(const std::string& sql) {
  Rows rows;
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

tracker::TrackerState Session::tracker_state(const tracker::Tables& tables) {
  Rows rows = query(tracker::tables_query(tables));
  tracker::TrackerState state;
  state.lock_table = rows.at(0).at(0) == "t";
  state.changelog_table = rows.at(0).at(1) == "t";
  if (state.lock_table) state.lock_row = query(tracker::lock_row_query(tables)).at(0).at(0) != "0";
  return state;
}

History Session::read_history(const tracker::Tables& tables) {
  History out;
  out.state = tracker_state(tables);
  if (!out.state.changelog_table) return out;
  Rows rows = query(tracker::select_rows(tables));
  out.rows.reserve(rows.size());
  for (auto& r : rows) {
    tracker::AppliedRow a;
    a.id = r[0].value_or("");
    a.author = r[1].value_or("");
    a.filename = r[2].value_or("");
    a.date_executed = r[3].value_or("");
    a.order_executed = r[4] ? std::atoi(r[4]->c_str()) : 0;
    a.exec_type = r[5].value_or("");
    a.md5sum = r[6];
    a.description = r[7];
    a.comments = r[8];
    a.tag = r[9];
    a.contexts = r[10];
    a.labels = r[11];
    a.deployment_id = r[12];
    out.rows.push_back(std::move(a));
  }
  out.summary = tracker::summarize(out.rows);
  return out;
}

tracker::HistorySummary Session::history_summary(const tracker::Tables& tables) {
  if (!tracker_state(tables).changelog_table) return {};
  Rows rows = query(tracker::history_summary_query(tables));
  return {std::atoll(rows.at(0).at(0).value_or("0").c_str()), std::atoi(rows.at(0).at(1).value_or("0").c_str()),
          rows.at(0).at(2).value_or("")};
}

namespace {

// Runs an executeCommand's program with its arguments in basalt's working folder, its output sent
// to basalt's stderr, and waits for it (at most its timeout). A failure to start it, a non-zero
// exit and a timeout fail the change-set, as in Liquibase.
void run_command(const sql::Statement& s) {
  if (s.command.empty()) return;  // for another os: nothing runs, and the change-set is recorded
  std::vector<char*> argv;
  for (const std::string& a : s.command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  pid_t pid = 0;
  const int started = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  std::string shown;  // the program and its arguments, as messages name it
  for (const std::string& a : s.command) shown += (shown.empty() ? "" : " ") + a;
  if (started != 0)
    throw run::StatementFailed("executeCommand: cannot run '" + shown + "': " + std::strerror(started), shown, "");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(s.command_timeout_seconds);
  int status = 0;
  for (;;) {
    const pid_t done = waitpid(pid, &status, s.command_timeout_seconds > 0 ? WNOHANG : 0);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) throw run::StatementFailed("executeCommand: lost '" + shown + "'", shown, "");
    if (s.command_timeout_seconds > 0 && std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw run::StatementFailed("executeCommand: '" + shown + "' timed out (" +
                                     std::to_string(s.command_timeout_seconds) + "s)",
                                 shown, "");
    }
    if (s.command_timeout_seconds > 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw run::StatementFailed("executeCommand: '" + shown + "' returned a code of " +
                                   std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)),
                               shown, "");
}

// Catalog queries sent as they are, inside the transaction a unit has open.
class QueriesInTransaction : public run::QueryRunner {
 public:
  explicit QueriesInTransaction(Session& session) : session_(session) {}
  std::vector<run::QueryResult> run_all(const std::vector<std::string>& statements) override {
    std::vector<run::QueryResult> out(statements.size());
    for (std::size_t i = 0; i < statements.size(); ++i) {
      out[i].ran = true;
      try {
        out[i].rows = session_.query(statements[i]);
        out[i].columns = out[i].rows.empty() ? 0 : out[i].rows[0].size();
      } catch (const std::exception& e) {
        out[i].error = e.what();
        for (std::size_t j = i + 1; j < statements.size(); ++j) out[j].ran = false;
        break;
      }
    }
    return out;
  }

 private:
  Session& session_;
};

}  // namespace

std::uint64_t Session::run_generating(const run::Unit& unit, const sql::Statement& record,
                                      const run::Sink::ChangeGenerator& generate) {
  QueriesInTransaction catalog(*this);
  std::uint64_t rows = 0;
  if (unit.transactional) execute_quietly(std::string(sql::kBegin));
  try {
    for (const sql::Statement& s : unit.statements) rows += execute(s);  // its timeouts, before the changes
    for (const model::Change& change : *unit.changes) {
      for (const sql::Statement& s : generate(change, &catalog)) {
        if (s.is_command) {
          run_command(s);
        } else if (!s.text.empty()) {  // a statement without text only carries a script's note
          rows += execute(s);
        }
      }
    }
    rows += execute(record);
    if (unit.transactional) execute_quietly(std::string(sql::kCommit));
  } catch (...) {
    if (unit.transactional) {
      try {
        execute_quietly(std::string(sql::kRollback));
      } catch (...) {
        // the connection is gone, and the transaction with it
      }
    }
    throw;
  }
  return rows;
}

std::uint64_t Session::run(const run::Unit& unit, const sql::Statement& record) {
  if (unit.transactional) return run_in_one_round_trip(unit, record);
  // runInTransaction: false: PostgreSQL refuses some statements inside a transaction block, so each
  // statement commits on its own, and the tracker row after them.
  std::uint64_t rows = 0;
  for (const sql::Statement& s : unit.statements)
    if (!s.text.empty()) rows += execute(s);  // a statement without text only carries a script's note
  return rows + execute(record);
}

std::uint64_t Session::run_in_one_round_trip(const run::Unit& unit, const sql::Statement& record) {
  // BEGIN, the statements, the tracker row and COMMIT in one query string: one round trip to the
  // server instead of one per statement. The server runs them in order and stops at the first
  // error; the results, one per command, say which statement that was.
  struct Sent {
    const sql::Statement* statement;
    const std::string* text;
    std::size_t offset;    // where it starts in the query string
    std::size_t commands;  // how many results it answers with
  };
  std::vector<Sent> sent;
  sent.reserve(unit.statements.size() + 1);
  std::string text = std::string(sql::kBegin) + ";\n";
  auto add = [&](const sql::Statement& s) {
    if (s.text.empty()) return;  // only a script's note
    if (on_statement) on_statement(s.text);
    sent.push_back({&s, &s.text, text.size(), commands_in(s.text)});
    text += s.text;
    // A statement whose last line holds a "--" comment (stripComments: false) would hide the ';'
    // and glue the next statement to the comment: the ';' goes on a line of its own then.
    const std::size_t last_line = s.text.rfind('\n');
    if (s.text.find("--", last_line == std::string::npos ? 0 : last_line + 1) != std::string::npos) text += '\n';
    text += ";\n";
  };
  for (const sql::Statement& s : unit.statements) add(s);
  add(record);
  text += sql::kCommit;

  PGconn* c = conn_->raw;
  auto lost = [&](const std::string& statement) {
    return run::StatementFailed("connection to the server was lost: " + without_trailing_newlines(PQerrorMessage(c)),
                                statement, "");
  };
  if (!conn_->is_open() || PQsendQuery(c, text.c_str()) == 0) throw lost("");
  std::uint64_t rows = 0;
  std::size_t result = 0;  // 0 answers BEGIN, then each statement's commands in turn
  std::optional<std::size_t> failed_result;
  std::string message, state;
  int position = 0;
  while (PGresult* r = PQgetResult(c)) {
    switch (PQresultStatus(r)) {
      case PGRES_COMMAND_OK:  // rows changed, as JDBC's update count has them
        rows += std::strtoull(PQcmdTuples(r), nullptr, 10);
        break;
      case PGRES_COPY_IN:  // a COPY ... FROM STDIN in a sql change: there is nothing to send
        PQputCopyEnd(c, "basalt sends no COPY data");
        break;
      case PGRES_FATAL_ERROR:
        if (!failed_result) {
          failed_result = result;
          message = without_trailing_newlines(PQresultErrorMessage(r));
          const char* code = PQresultErrorField(r, PG_DIAG_SQLSTATE);
          state = code ? code : "";
          const char* at = PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION);
          position = at ? std::atoi(at) : 0;
        }
        break;
      default:  // rows returned (SELECT): none changed
        break;
    }
    PQclear(r);
    ++result;
  }
  if (!failed_result) {
    if (PQstatus(c) != CONNECTION_OK) throw lost("");
    return rows;
  }
  // The statement the failing result answers; the server's position, when it gave one, is within
  // the whole query string and says it exactly.
  const Sent* failed = nullptr;
  std::size_t byte = position > 0 ? byte_offset(text, position) : std::string::npos;
  std::size_t first_result = 1;
  for (const Sent& s : sent) {
    bool by_position = byte != std::string::npos && byte >= s.offset && byte <= s.offset + s.text->size();
    bool by_result = byte == std::string::npos && *failed_result >= first_result &&
                     *failed_result < first_result + s.commands;
    if (by_position || by_result) {
      failed = &s;
      break;
    }
    first_result += s.commands;
  }
  int position_in_statement = 0;
  if (failed != nullptr && byte != std::string::npos)
    position_in_statement = characters(text, byte) - characters(text, failed->offset) + 1;
  const std::string failed_text =
      failed != nullptr ? *failed->text : std::string(*failed_result == 0 ? sql::kBegin : sql::kCommit);
  if (PQstatus(c) != CONNECTION_OK) throw lost(failed_text);
  // The server has aborted the transaction; end it so the session can go on.
  if (PGresult* r = PQexec(c, std::string(sql::kRollback).c_str())) PQclear(r);
  run::StatementFailed failure(message, failed_text, state, position_in_statement, rows);
  if (failed != nullptr) failure.at(*failed->statement);
  throw failure;
}

std::vector<run::QueryResult> Session::run_rolled_back(const std::vector<std::string>& statements) {
  std::vector<run::QueryResult> out(statements.size());
  std::string text = std::string(sql::kBegin) + ";\n";
  for (const std::string& s : statements) text += s + ";\n";
  text += sql::kRollback;
  PGconn* c = conn_->raw;
  if (!conn_->is_open() || PQsendQuery(c, text.c_str()) == 0)
    throw run::StatementFailed("connection to the server was lost: " + without_trailing_newlines(PQerrorMessage(c)),
                               statements.empty() ? "" : statements[0], "");
  std::size_t result = 0;  // 0 answers BEGIN, then one per statement, then ROLLBACK
  bool failed = false;
  while (PGresult* r = PQgetResult(c)) {
    if (result >= 1 && result <= statements.size()) {
      run::QueryResult& q = out[result - 1];
      q.ran = true;
      switch (PQresultStatus(r)) {
        case PGRES_TUPLES_OK:
          q.columns = static_cast<std::size_t>(PQnfields(r));
          for (int row = 0; row < PQntuples(r); ++row) {
            auto& values = q.rows.emplace_back();
            for (int col = 0; col < PQnfields(r); ++col)
              values.push_back(PQgetisnull(r, row, col) ? std::nullopt
                                                          : std::optional<std::string>(PQgetvalue(r, row, col)));
          }
          break;
        case PGRES_FATAL_ERROR:
          q.error = without_trailing_newlines(PQresultErrorMessage(r));
          failed = true;
          break;
        default:
          break;
      }
    } else if (PQresultStatus(r) == PGRES_FATAL_ERROR) {
      failed = true;
    }
    PQclear(r);
    ++result;
  }
  if (PQstatus(c) != CONNECTION_OK)
    throw run::StatementFailed("connection to the server was lost: " + without_trailing_newlines(PQerrorMessage(c)),
                               statements.empty() ? "" : statements[0], "");
  // After an error the server skipped the rest, ROLLBACK included: end the transaction it left.
  if (failed)
    if (PGresult* r = PQexec(c, std::string(sql::kRollback).c_str())) PQclear(r);
  return out;
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
  Rows rows = query(tracker::backend_identity_query());
  return rows.empty() || !rows[0][1] ? "" : *rows[0][1];
}

std::string Session::user() const { return conn_->username() ? conn_->username() : ""; }

std::string Session::describe() {
  std::string host = conn_->hostname() ? conn_->hostname() : "";
  std::string port = conn_->port() ? conn_->port() : "";
  std::string db = conn_->dbname() ? conn_->dbname() : "";
  std::string user = conn_->username() ? conn_->username() : "";
  if (host.empty() || host[0] == '/') host = "localhost";
  return user + "@" + host + ":" + port + "/" + db;
}

std::string Session::describe_jdbc() {
  std::string host = conn_->hostname() ? conn_->hostname() : "";
  if (host.empty() || host[0] == '/') host = "localhost";
  return std::string(conn_->username() ? conn_->username() : "") + "@jdbc:postgresql://" + host + ":" +
         (conn_->port() ? conn_->port() : "") + "/" + (conn_->dbname() ? conn_->dbname() : "");
}

}  // namespace basalt::pg
