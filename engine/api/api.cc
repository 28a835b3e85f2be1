// The commands behind the CLI: read, connect, plan once, and run into the database or a script.
#include "engine/api/api.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>

#include "changelog-formats/file_system.h"
#include "engine/pg/local_cluster.h"
#include "engine/pg/lock.h"
#include "engine/pg/session.h"
#include "engine/pg/sink.h"
#include "engine/run/unit.h"
#include "engine/sql/preconditions.h"
#include "engine/sql/validate.h"

namespace basalt::api {
namespace {

// The target of a run: Options' settings, and the files loadData's CLOB and BLOB cells name, read
// as the changelog's files are (through --search-path).
sql::Target target_of(const Options& options) {
  sql::Target target = options.target;
  auto files = std::make_shared<formats::SearchPathFileSystem>(
      options.search_path.empty() ? std::vector<std::string>{""} : options.search_path, formats::real_file_system());
  target.read_file = [files](const std::string& path) { return files->read(path); };
  return target;
}

// The connection of one command, registered with its interrupt so that a request cancels the
// statement in progress.
class Connection {
 public:
  Connection(const Options& options, Reporter& reporter) {
    if (options.interrupt) options.interrupt->set_phase(pg::Phase::connecting);
    std::string conninfo;
    if (options.connection.url == "local") {
      pg::LocalCluster c = pg::ensure_local_cluster(std::filesystem::current_path(),
                                                    [&](const std::string& m) { reporter.notice(m); });
      conninfo = c.conninfo;
    } else {
      conninfo = pg::to_conninfo(options.connection);
    }
    session_ = std::make_unique<pg::Session>(conninfo);
    session_->on_statement = options.on_statement;
    attached_ = std::make_unique<pg::Interrupt::Attached>(options.interrupt, *session_);
    if (options.interrupt) options.interrupt->set_phase(pg::Phase::idle);
  }
  pg::Session& operator*() { return *session_; }
  pg::Session* operator->() { return session_.get(); }

 private:
  std::unique_ptr<pg::Session> session_;
  std::unique_ptr<pg::Interrupt::Attached> attached_;  // detached before the session goes
};

void require_url(const Options& options) {
  if (options.connection.url.empty())
    throw Error(
        "no database given: pass --url (postgresql://user@host:port/db, jdbc:postgresql://host:port/db, a "
        "key=value string, or 'local' for a PostgreSQL that basalt creates and starts in .basalt/), or set url "
        "in liquibase.properties");
}

run::RunContext context_of(const Options& options) {
  return {target_of(options), options.tables, tracker::new_deployment_id(), options.lock_timeout,
          options.statement_timeout};
}

pg::LockOptions lock_options(const Options& options, Reporter& reporter) {
  return {options.lock_wait, [&reporter](const std::string& m) { reporter.notice(m); }, options.interrupt};
}

const std::atomic<bool>* cancel_flag(const Options& options) {
  return options.interrupt ? options.interrupt->flag() : nullptr;
}

bool interrupted(const Options& options) { return options.interrupt && options.interrupt->requested(); }

// Remembers the unit in progress so a failure can name its change-set.
class Tracking : public run::Observer {
 public:
  explicit Tracking(Reporter& r) : reporter_(r) {}
  void unit_started(const run::Unit& u) override {
    current = {u.change_set, u.transactional};  // the unit itself lives only as long as the run
    reporter_.unit_started(u);
  }
  void unit_finished(const run::Unit& u) override {
    if (u.kind != run::UnitKind::fill_checksum) ++done;
    reporter_.unit_finished(u);
  }
  void unit_failed_ignored(const run::Unit& u, const run::StatementFailed& f) override {
    ++ignored;
    reporter_.unit_failed_ignored(u, f);
  }
  void preconditions_not_passed(const run::Unit& u, run::Decision d, bool warn, const std::string& text) override {
    reporter_.preconditions_not_passed(u, d, warn, text);
  }
  void output(const run::Unit& u, const std::string& target, const std::string& message) override {
    reporter_.output(u, target, message);
  }
  struct Current {
    const model::ChangeSet* change_set = nullptr;
    bool transactional = true;
  };
  std::optional<Current> current;
  int done = 0, ignored = 0;

 private:
  Reporter& reporter_;
};

// "line 2, column 8": the server's position within a statement, counted in characters.
std::string position_in(const std::string& statement, int position) {
  int line = 1, column = 1, chars = 0;
  for (std::size_t i = 0; i < statement.size() && chars < position - 1; ++i) {
    unsigned char c = static_cast<unsigned char>(statement[i]);
    if ((c & 0xC0) == 0x80) continue;  // inside a UTF-8 character
    ++chars;
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// The server's error position as a place in the changelog, for a statement whose text stands there.
SourceLocation in_changelog(const run::StatementFailed& f) {
  SourceLocation at = f.origin();
  int chars = 0;
  const std::string& s = f.statement();
  for (std::size_t i = 0; i < s.size() && chars < f.position() - 1; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++chars;
    if (c == '\n') {
      ++at.line;
      at.column = f.continuation_column();
    } else {
      ++at.column;
    }
  }
  return at;
}

[[noreturn]] void rethrow_failed(const run::StatementFailed& f, const std::optional<Tracking::Current>& unit, int done,
                                 const char* verb) {
  std::string msg;
  if (unit && unit->change_set) {
    const model::ChangeSet& cs = *unit->change_set;
    msg = std::string(verb) + " failed for change-set " + cs.identity() + " (" + to_string(cs.where) +
          "):\n     Reason: " + f.what();
  } else {
    msg = std::string(verb) + " failed: " + f.what();
  }
  msg += "\n     Failed SQL: " + f.statement();
  if (f.position() > 0) {
    msg += "\n     At " + position_in(f.statement(), f.position()) + " of that statement";
    if (f.origin().line > 0) msg += " (" + to_string(in_changelog(f)) + ")";
  }
  if (unit && unit->transactional)
    msg += "\n     Nothing of this change-set was applied";
  else if (unit)
    msg += "\n     This change-set runs outside a transaction: statements before the failed one stay applied";
  msg += "; " + std::to_string(done) + " change-set(s) before it in this run are applied and recorded.";
  throw Error(msg);
}

plan::UpdatePlan checked_plan(const model::ChangeLog& log, const std::vector<tracker::AppliedRow>& history,
                              const Options& options, std::optional<int> count) {
  plan::UpdatePlan p = plan::plan_update(log, history, options.filters, count);
  if (!p.mismatches.empty()) throw ChecksumMismatch("Validation Failed:\n     " + plan::describe(p.mismatches));
  return p;
}

plan::RollbackPlan checked_rollback(const model::ChangeLog& log, const std::vector<tracker::AppliedRow>& history,
                                    int count) {
  plan::RollbackPlan p = plan::plan_rollback_count(log, history, count);
  if (p.error) throw Error(*p.error);
  return p;
}

// What the precondition checks know of this run besides the database.
run::PreconditionFacts facts_of(const model::ChangeLog& log, pg::Session& session, const Options& options,
                                const std::vector<model::AppliedRow>& history) {
  return {log.root_file, session.user(), options.target, &history, nullptr, nullptr};
}

// The changelog-level preconditions, checked against the database before anything runs (and before
// the lock is taken): only WARN lets a failure go on.
void check_changelog_preconditions(const model::ChangeLog& log, pg::Session& session, const Options& options,
                                   const std::vector<model::AppliedRow>& history, Reporter& reporter,
                                   bool for_script) {
  if (log.preconditions.empty()) return;
  pg::SessionQueries queries(session);
  const run::PreconditionFacts facts = facts_of(log, session, options, history);
  run::check_changelog(
      log.preconditions,
      [&](const model::Preconditions& block) {
        return for_script ? run::evaluate_for_script(block, facts, &queries) : run::evaluate(block, facts, &queries);
      },
      log.root_file, [&](const std::string& text) { reporter.precondition_warning(text); });
}

[[noreturn]] void rethrow_preconditions(const run::PreconditionsFailed& f, int done) {
  const model::ChangeSet* cs = f.change_set();
  throw Error("Migration failed for change-set " + cs->identity() + " (" + to_string(cs->where) +
              "):\n     Reason: " + f.what() + "\n     Preconditions Failed (onFail " + cs->preconditions->on_fail +
              ", onError " + cs->preconditions->on_error + "); nothing of this change-set was applied; " +
              std::to_string(done) + " change-set(s) before it in this run are applied and recorded.");
}

// Names, before anything is undone, each change-set in the range that was only marked as ran.
void warn_marked_ran(const plan::RollbackPlan& plan, Reporter& reporter) {
  for (const plan::RollbackStep& s : plan.steps)
    if (s.row.exec_type == "MARK_RAN")
      reporter.notice("change-set " + s.change_set->identity() +
                      " was only marked as ran (MARK_RAN): its changes never ran, yet rolling it back runs its "
                      "inverse, as Liquibase does");
}

// The banner lines of a script after "Change Log:", as Liquibase writes them.
std::vector<std::string> script_header(pg::Session& session) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  // Liquibase's "M/d/yy, h:mm a": no leading zeros on month, day and hour.
  char minutes_and_half[16];
  std::strftime(minutes_and_half, sizeof minutes_and_half, "%M %p", &local);
  int hour = local.tm_hour % 12 == 0 ? 12 : local.tm_hour % 12;
  char year[8];
  std::snprintf(year, sizeof year, "%02d", local.tm_year % 100);
  std::string date = std::to_string(local.tm_mon + 1) + "/" + std::to_string(local.tm_mday) + "/" + year + ", " +
                     std::to_string(hour) + ":" + minutes_and_half;
  return {"Ran at: " + date, "Against: " + session.describe_jdbc(),
          std::string("Liquibase version: ") + tracker::kLiquibaseVersion + " (written by basalt 0.1.0)"};
}

// Reads the changelog; `server` holds the database.* properties the server answered (none before
// connecting). Warnings are told only when `tell_warnings`.
model::ChangeLog read_with(const Options& options, Reporter& reporter, const formats::Properties& server,
                           bool tell_warnings) {
  if (options.changelog_file.empty())
    throw Error("no changelog given: pass --changelog-file, or set changelogFile in liquibase.properties");
  formats::ReadOptions read_options(options.properties);
  // Liquibase defines these database.* properties for every changelog, before any other. The ones
  // that need a connection (server version, catalog name) come in `server` once connected.
  const std::pair<const char*, std::string> builtin[] = {
      {"database.defaultSchemaName", options.target.default_schema},
      {"database.defaultSchemaNamePrefix", options.target.default_schema.empty() ? "" : "." + options.target.default_schema},
      {"database.liquibaseSchemaName", options.tables.schema},
      {"database.typeName", "postgresql"},
      {"database.databaseProductName", "PostgreSQL"},
      {"database.lineComment", "--"},
      {"database.currentDateTimeFunction", "NOW()"},
      {"database.autoIncrementClause", "GENERATED BY DEFAULT AS IDENTITY"},
      // Liquibase's own names for its tables, unless configured (its default is upper case).
      {"database.databaseChangeLogTableName",
       options.tables.changelog == "databasechangelog" ? "DATABASECHANGELOG" : options.tables.changelog},
      {"database.databaseChangeLogLockTableName",
       options.tables.lock == "databasechangeloglock" ? "DATABASECHANGELOGLOCK" : options.tables.lock},
      {"database.requiresPassword", "true"},
      {"database.requiresUsername", "true"},
      {"database.supportsForeignKeyDisable", "false"},
      {"database.supportsInitiallyDeferrableColumns", "true"},
      {"database.supportsRestrictForeignKeys", "true"},
      {"database.supportsSchemas", "true"},
      {"database.supportsSequences", "true"},
      {"database.supportsTablespaces", "true"},
      {"database.supportsNotNullConstraintNames", "false"},
  };
  // Precedence as measured (tests/golden/liquibase/quoting-properties): the environment's variables
  // (by any case), then these database.* properties, then -D and the defaults file's parameter.*
  // entries, then the changelog's own.
  for (const auto& [name, value] : builtin) read_options.properties.insert_or_assign(name, value);
  for (const auto& [name, value] : server) read_options.properties.insert_or_assign(name, value);
  for (char** variable = environ; variable != nullptr && *variable != nullptr; ++variable) {
    const std::string_view entry(*variable);
    const std::size_t equals = entry.find('=');
    if (equals == std::string_view::npos || equals == 0) continue;
    read_options.properties.insert_or_assign(std::string(entry.substr(0, equals)), std::string(entry.substr(equals + 1)));
  }
  read_options.contexts = options.filters.contexts;
  read_options.labels = options.filters.labels;
  read_options.search_path = options.search_path;
  read_options.skip_custom_changes = options.skip_custom_changes;
  formats::ReadResult r = formats::read_changelog(options.changelog_file, read_options);
  // What the generator would refuse is an input error too, found now rather than mid-run.
  if (r.ok()) sql::validate(r.changelog, target_of(options), r.diagnostics);
  if (options.strict) r.diagnostics.make_warnings_errors();
  if (!r.ok()) {
    std::size_t errors = r.diagnostics.error_count();
    std::string text = render(r.diagnostics);
    text += std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in the changelog";
    if (options.strict && r.diagnostics.size() > 0) text += " (--strict: warnings count as errors)";
    throw InputError(text + "; nothing was run");
  }
  if (tell_warnings && r.diagnostics.warning_count() > 0) {
    std::size_t n = r.diagnostics.warning_count();
    reporter.warnings(render(r.diagnostics) + std::to_string(n) + (n == 1 ? " warning" : " warnings") +
                      " in the changelog (--strict makes them errors)");
  }
  return std::move(r.changelog);
}

// Liquibase knows the database.* properties of the connection (the server's version, the
// database's name) while it reads the changelog. basalt reads it before it connects, so a
// changelog naming one is read again once connected, with the server's answers, before anything is
// planned; the rest of the changelog reads as before (its warnings were told the first time).
void read_again_with_server_properties(model::ChangeLog& log, const Options& options, Reporter& reporter,
                                       pg::Session& session) {
  formats::Properties server;
  for (const std::string& name : log.undefined_properties) {
    std::optional<std::string> query = sql::connection_property_query(name);
    if (!query) continue;
    pg::Rows rows = session.query(*query);
    if (!rows.empty() && !rows.front().empty() && rows.front().front()) server.emplace(name, *rows.front().front());
  }
  if (!server.empty()) log = read_with(options, reporter, server, false);
}

}  // namespace

model::ChangeLog read(const Options& options, Reporter& reporter) { return read_with(options, reporter, {}, true); }

UpdateSummary update(const Options& options, Reporter& reporter, std::optional<int> count) {
  if (options.interrupt) options.interrupt->reset();
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  UpdateSummary summary;
  summary.against = session->describe();
  pg::History history = session->read_history(options.tables);
  plan::UpdatePlan plan = checked_plan(log, history.rows, options, count);
  check_changelog_preconditions(log, *session, options, history.rows, reporter, false);
  Tracking tracking(reporter);
  // As Liquibase, an update with nothing to do takes no lock, once the tracker tables exist; on a
  // database without them it creates them, whatever the changelog holds (an empty changelog,
  // change-sets all filtered out: tests/golden/liquibase/formatted-sql/errors, header-only).
  const bool tables_exist = history.state.lock_table && history.state.changelog_table;
  if (!plan.nothing_to_do() || !tables_exist) {
    const std::string locked_by = pg::locked_by_marker(*session);
    pg::DatabaseSink sink(*session, options.tables, locked_by, lock_options(options, reporter), history.state);
    const run::RunContext ctx = context_of(options);
    run::Run r{options.tables, locked_by, true, "Update Database Script", log.root_path, log.root_file,
               target_of(options), [&] {
                 // Another runner may have applied change-sets while this one waited for the lock.
                 if (session->history_summary(options.tables) != history.summary) {
                   history = session->read_history(options.tables);
                   plan = checked_plan(log, history.rows, options, count);
                 }
                 return run::Work{run::update_units(plan, ctx), plan.last_order, &history.rows};
               }};
    try {
      run::execute(r, sink, tracking, cancel_flag(options));
    } catch (const run::StatementFailed& f) {
      if (interrupted(options))
        throw Error("interrupted: the change-set in progress was rolled back; " + std::to_string(tracking.done) +
                    " change-set(s) before it are applied and recorded");
      rethrow_failed(f, tracking.current, tracking.done, "Migration");
    } catch (const run::PreconditionsFailed& f) {
      rethrow_preconditions(f, tracking.done);
    }
    summary.rows_affected = sink.rows_affected();
  }
  summary.failed_ignored = tracking.ignored;
  summary.run = static_cast<int>(plan.steps.size());
  summary.previously_run = plan.previously_run;
  summary.filtered_out = static_cast<int>(plan.skipped.size());
  for (const plan::Skipped& s : plan.skipped) summary.skipped_reasons.push_back(s.reason);
  summary.total = plan.total;
  summary.up_to_date = plan.steps.empty() && tables_exist;
  return summary;
}

void update_sql(const Options& options, std::ostream& out, Reporter& reporter, std::optional<int> count) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  pg::History history = session->read_history(options.tables);
  const plan::UpdatePlan plan = checked_plan(log, history.rows, options, count);
  check_changelog_preconditions(log, *session, options, history.rows, reporter, true);
  const run::RunContext ctx = context_of(options);
  // For preconditions whose onSqlOutput is TEST, and the catalog loadData reads.
  pg::SessionQueries queries(*session);
  run::ScriptSink script(out, history.state, script_header(*session), &queries, session->user());
  if (options.annotate) script.annotate(options.target.default_schema);
  run::Run r{options.tables, pg::locked_by_marker(*session), true, "Update Database Script", log.root_path,
             log.root_file, target_of(options),
             [&] { return run::Work{run::update_units(plan, ctx), plan.last_order, &history.rows}; }};
  // The script is the output: no progress lines, only what preconditions say (on stderr).
  struct Quiet : run::Observer {
    explicit Quiet(Reporter& r) : reporter(r) {}
    void unit_finished(const run::Unit&) override { ++done; }
    void preconditions_not_passed(const run::Unit& u, run::Decision d, bool warn, const std::string& text) override {
      reporter.preconditions_not_passed(u, d, warn, text);
    }
    // The script is on stdout: a message for STDOUT goes where the others go.
    void output(const run::Unit& u, const std::string& target, const std::string& message) override {
      reporter.output(u, target == "STDOUT" ? "STDERR" : target, message);
    }
    Reporter& reporter;
    int done = 0;
  } quiet(reporter);
  try {
    run::execute(r, script, quiet);
  } catch (const run::PreconditionsFailed& f) {
    rethrow_preconditions(f, quiet.done);
  }
}

RollbackSummary rollback_count(const Options& options, int count, Reporter& reporter) {
  if (options.interrupt) options.interrupt->reset();
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  RollbackSummary summary;
  summary.against = session->describe();
  pg::History history = session->read_history(options.tables);
  plan::RollbackPlan plan = checked_rollback(log, history.rows, count);
  if (plan.steps.empty()) return summary;
  warn_marked_ran(plan, reporter);
  const std::string locked_by = pg::locked_by_marker(*session);
  pg::DatabaseSink sink(*session, options.tables, locked_by, lock_options(options, reporter), history.state);
  const run::RunContext ctx = context_of(options);
  run::Run r{options.tables, locked_by, false, "Rollback " + std::to_string(count) + " Change(s) Script",
             log.root_path, log.root_file, target_of(options), [&] {
               if (session->history_summary(options.tables) != history.summary) {
                 history = session->read_history(options.tables);
                 plan = checked_rollback(log, history.rows, count);
               }
               return run::Work{run::rollback_units(plan, ctx), 0};
             }};
  Tracking tracking(reporter);
  try {
    run::execute(r, sink, tracking, cancel_flag(options));
  } catch (const run::StatementFailed& f) {
    rethrow_failed(f, tracking.current, tracking.done, "Rollback");
  }
  for (const plan::RollbackStep& s : plan.steps) summary.rolled_back.push_back(s.change_set->identity());
  return summary;
}

void rollback_count_sql(const Options& options, int count, std::ostream& out, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  pg::History history = session->read_history(options.tables);
  const plan::RollbackPlan plan = checked_rollback(log, history.rows, count);
  warn_marked_ran(plan, reporter);
  const run::RunContext ctx = context_of(options);
  pg::SessionQueries queries(*session);  // the catalog, for loadUpdateData's inverse
  run::ScriptSink script(out, history.state, script_header(*session), &queries, session->user());
  if (options.annotate) script.annotate(options.target.default_schema);
  run::Run r{options.tables, pg::locked_by_marker(*session), false,
             "Rollback " + std::to_string(count) + " Change(s) Script", log.root_path, log.root_file, target_of(options),
             [&] { return run::Work{run::rollback_units(plan, ctx), 0}; }};
  run::Observer quiet;
  run::execute(r, script, quiet);
}

Status status(const Options& options, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  Status st;
  st.against = session->describe();
  const std::vector<model::AppliedRow> rows = session->read_history(options.tables).rows;
  plan::UpdatePlan p = checked_plan(log, rows, options, std::nullopt);
  check_changelog_preconditions(log, *session, options, rows, reporter, false);
  for (const plan::UpdateStep& s : p.steps) st.pending.push_back(s.change_set->identity());
  return st;
}

History history(const Options& options, Reporter& reporter) {
  require_url(options);
  Connection session(options, reporter);
  return {session->read_history(options.tables).rows, session->describe()};
}

void validate(const Options& options, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  read_again_with_server_properties(log, options, reporter, *session);
  const std::vector<model::AppliedRow> rows = session->read_history(options.tables).rows;
  auto mismatches = plan::validate(log, rows);
  if (!mismatches.empty()) throw ChecksumMismatch("Validation Failed:\n     " + plan::describe(mismatches));
  check_changelog_preconditions(log, *session, options, rows, reporter, false);
}

std::string release_locks(const Options& options, Reporter& reporter) {
  require_url(options);
  Connection session(options, reporter);
  pg::release_locks(*session, options.tables);
  return session->describe();
}

}  // namespace basalt::api
