// The commands behind the CLI: read, connect, plan, run.
#include "engine/api/api.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>

#include "engine/pg/local_cluster.h"
#include "engine/pg/lock.h"
#include "engine/pg/session.h"
#include "engine/run/unit.h"

namespace basalt::api {
namespace {

std::atomic<bool> g_interrupted{false};
std::mutex g_session_mutex;
pg::Session* g_session = nullptr;

// Registers the session that interrupt() cancels, for the lifetime of a command.
class Connection {
 public:
  Connection(const Options& options, Reporter& reporter) {
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
    std::lock_guard guard(g_session_mutex);
    g_session = session_.get();
  }
  ~Connection() {
    std::lock_guard guard(g_session_mutex);
    g_session = nullptr;
  }
  pg::Session& operator*() { return *session_; }
  pg::Session* operator->() { return session_.get(); }

 private:
  std::unique_ptr<pg::Session> session_;
};

void require_url(const Options& options) {
  if (options.connection.url.empty())
    throw Error(
        "no database given: pass --url (postgresql://user@host:port/db, jdbc:postgresql://host:port/db, a "
        "key=value string, or 'local' for a PostgreSQL that basalt creates and starts in .basalt/), or set url "
        "in liquibase.properties");
}

run::RunContext context_of(const Options& options) {
  return {options.target, options.tables, tracker::new_deployment_id()};
}

// Remembers the unit in progress so a failure can name its change-set.
class Tracking : public run::Observer {
 public:
  explicit Tracking(Reporter& r) : reporter_(r) {}
  void unit_started(const run::Unit& u) override {
    current = &u;
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
  const run::Unit* current = nullptr;
  int done = 0, ignored = 0;

 private:
  Reporter& reporter_;
};

[[noreturn]] void rethrow_failed(const run::StatementFailed& f, const run::Unit* unit, int done, const char* verb) {
  std::string msg;
  if (unit && unit->change_set) {
    const model::ChangeSet& cs = *unit->change_set;
    msg = std::string(verb) + " failed for change-set " + cs.identity() + " (" + cs.where.file + ":" +
          std::to_string(cs.where.line) + "):\n     Reason: " + f.what();
  } else {
    msg = std::string(verb) + " failed: " + f.what();
  }
  msg += "\n     Failed SQL: " + f.statement();
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
  if (!p.mismatches.empty()) throw Error("Validation Failed:\n     " + plan::describe(p.mismatches));
  return p;
}

}  // namespace

model::ChangeLog read(const Options& options, Reporter& reporter) {
  if (options.changelog_file.empty())
    throw Error("no changelog given: pass --changelog-file, or set changelogFile in liquibase.properties");
  formats::ReadOptions read_options(options.properties);
  read_options.contexts = options.filters.contexts;
  read_options.labels = options.filters.labels;
  read_options.search_path = options.search_path;
  formats::ReadResult r = formats::read_changelog(options.changelog_file, read_options);
  if (options.strict) r.diagnostics.make_warnings_errors();
  if (!r.ok()) {
    std::size_t errors = r.diagnostics.error_count();
    std::string text = render(r.diagnostics);
    text += std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in the changelog";
    if (options.strict && r.diagnostics.size() > 0) text += " (--strict: warnings count as errors)";
    throw InputError(text + "; nothing was run");
  }
  if (r.diagnostics.warning_count() > 0) {
    std::size_t n = r.diagnostics.warning_count();
    reporter.warnings(render(r.diagnostics) + std::to_string(n) + (n == 1 ? " warning" : " warnings") +
                      " in the changelog (--strict makes them errors)");
  }
  return std::move(r.changelog);
}

UpdateSummary update(const Options& options, Reporter& reporter, std::optional<int> count) {
  g_interrupted = false;
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  UpdateSummary summary;
  summary.against = session->describe();
  plan::UpdatePlan p = checked_plan(log, session->read_history(options.tables), options, count);
  if (!p.nothing_to_do()) {
    pg::ChangeLogLock lock(*session, options.tables,
                           {options.lock_wait, [&](const std::string& m) { reporter.notice(m); }});
    if (lock.taken_over())
      reporter.notice("took over the change log lock left by " + lock.taken_over()->locked_by +
                      ", whose process is gone");
    if (!session->tracker_state(options.tables).changelog_table)
      session->execute(tracker::create_changelog_table(options.tables));
    // Another runner may have applied change-sets while this one waited: plan again under the lock.
    p = checked_plan(log, session->read_history(options.tables), options, count);
    std::vector<run::Unit> units = run::update_units(p, context_of(options));
    Tracking tracking(reporter);
    pg::SessionSink sink(*session);
    pg::FastCommits fast_commits(*session);  // ended before the lock's release, which commits durably
    try {
      run::run_units(units, sink, tracking, &g_interrupted);
    } catch (const run::StatementFailed& f) {
      if (g_interrupted) throw Error("interrupted: the change-set in progress was rolled back; " +
                                     std::to_string(tracking.done) + " change-set(s) before it are applied and recorded");
      rethrow_failed(f, tracking.current, tracking.done, "Migration");
    }
    fast_commits.end();
    lock.release();
    summary.failed_ignored = tracking.ignored;
    summary.rows_affected = sink.rows_affected();
  }
  summary.run = static_cast<int>(p.steps.size()) - summary.failed_ignored;
  summary.previously_run = p.previously_run;
  summary.filtered_out = static_cast<int>(p.skipped.size());
  for (const plan::Skipped& s : p.skipped) summary.skipped_reasons.push_back(s.reason);
  summary.total = p.total;
  summary.up_to_date = p.steps.empty();
  return summary;
}

void update_sql(const Options& options, std::ostream& out, Reporter& reporter, std::optional<int> count) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  pg::TrackerState state = session->tracker_state(options.tables);
  plan::UpdatePlan p = checked_plan(log, session->read_history(options.tables), options, count);
  run::ScriptSink script(out);
  if (!state.lock_table) {
    sql::Statements lock_ddl = tracker::create_lock_table(options.tables);
    script.section("Create Database Lock Table", {lock_ddl.at(0)});
    script.section("Initialize Database Lock Table", {lock_ddl.at(1), lock_ddl.at(2)});
  }
  script.section("Lock Database", {tracker::acquire_lock(options.tables, pg::locked_by_marker(*session))});
  if (!state.changelog_table)
    script.section("Create Database Change Log Table", {tracker::create_changelog_table(options.tables)});
  script.banner("Update Database Script", log.root_path);
  run::Observer quiet;
  run::run_units(run::update_units(p, context_of(options)), script, quiet);
  script.section("Release Database Lock", {tracker::release_lock(options.tables)});
}

RollbackSummary rollback_count(const Options& options, int count, Reporter& reporter) {
  g_interrupted = false;
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  RollbackSummary summary;
  summary.against = session->describe();
  plan::RollbackPlan p = plan::plan_rollback_count(log, session->read_history(options.tables), count);
  if (p.error) throw Error(*p.error);
  if (p.steps.empty()) return summary;
  pg::ChangeLogLock lock(*session, options.tables,
                         {options.lock_wait, [&](const std::string& m) { reporter.notice(m); }});
  p = plan::plan_rollback_count(log, session->read_history(options.tables), count);
  if (p.error) throw Error(*p.error);
  std::vector<run::Unit> units = run::rollback_units(p, context_of(options));
  Tracking tracking(reporter);
  pg::SessionSink sink(*session);
  try {
    run::run_units(units, sink, tracking, &g_interrupted);
  } catch (const run::StatementFailed& f) {
    rethrow_failed(f, tracking.current, tracking.done, "Rollback");
  }
  lock.release();
  for (const plan::RollbackStep& s : p.steps) summary.rolled_back.push_back(s.change_set->identity());
  return summary;
}

void rollback_count_sql(const Options& options, int count, std::ostream& out, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  plan::RollbackPlan p = plan::plan_rollback_count(log, session->read_history(options.tables), count);
  if (p.error) throw Error(*p.error);
  run::ScriptSink script(out);
  script.section("Lock Database", {tracker::acquire_lock(options.tables, pg::locked_by_marker(*session))});
  script.banner("Rollback " + std::to_string(count) + " Change(s) Script", log.root_path);
  run::Observer quiet;
  run::run_units(run::rollback_units(p, context_of(options)), script, quiet);
  script.section("Release Database Lock", {tracker::release_lock(options.tables)});
}

Status status(const Options& options, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  Status st;
  st.against = session->describe();
  plan::UpdatePlan p = plan::plan_update(log, session->read_history(options.tables), options.filters);
  for (const plan::UpdateStep& s : p.steps) st.pending.push_back(s.change_set->identity());
  return st;
}

History history(const Options& options, Reporter& reporter) {
  require_url(options);
  Connection session(options, reporter);
  return {session->read_history(options.tables), session->describe()};
}

void validate(const Options& options, Reporter& reporter) {
  model::ChangeLog log = read(options, reporter);
  require_url(options);
  Connection session(options, reporter);
  auto mismatches = plan::validate(log, session->read_history(options.tables));
  if (!mismatches.empty()) throw Error("Validation Failed:\n     " + plan::describe(mismatches));
}

std::string release_locks(const Options& options, Reporter& reporter) {
  require_url(options);
  Connection session(options, reporter);
  pg::release_locks(*session, options.tables);
  return session->describe();
}

void interrupt() {
  g_interrupted = true;
  std::lock_guard guard(g_session_mutex);
  if (g_session) g_session->cancel();
}

}  // namespace basalt::api
