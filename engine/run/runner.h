// Walking a run into a sink: the database, or a SQL script for review. Same statements, same order,
// from the prologue that takes the lock to the epilogue that frees it.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "engine/core/error.h"
#include "engine/run/preconditions.h"
#include "engine/run/unit.h"
#include "engine/safety/safety.h"

namespace basalt::run {

/// A statement the database refused, with everything needed to say where and why.
class StatementFailed : public Error {
 public:
  StatementFailed(std::string message, std::string statement, std::string sqlstate, int position = 0,
                  std::uint64_t rows_changed_before = 0)
      : Error(std::move(message)), statement_(std::move(statement)), sqlstate_(std::move(sqlstate)),
        position_(position), rows_changed_before_(rows_changed_before) {}
  const std::string& statement() const { return statement_; }
  const std::string& sqlstate() const { return sqlstate_; }
  /// The server's error position: 1-based, in characters of statement(); 0 when it gave none.
  int position() const { return position_; }
  /// Rows the statements before it changed (then rolled back): Liquibase's "Rows affected" counts them.
  std::uint64_t rows_changed_before() const { return rows_changed_before_; }
  /// Where the failed statement stands in the changelog, when known (a sql change's statement).
  const SourceLocation& origin() const { return origin_; }
  int continuation_column() const { return continuation_column_; }
  /// The same failure, told where the statement stands in the changelog.
  StatementFailed& at(const sql::Statement& s) {
    origin_ = s.origin;
    continuation_column_ = s.continuation_column;
    return *this;
  }

 private:
  std::string statement_, sqlstate_;
  int position_ = 0;
  std::uint64_t rows_changed_before_ = 0;
  SourceLocation origin_;
  int continuation_column_ = 0;
};

/// Where a run goes: a PostgreSQL session, or a script.
class Sink {
 public:
  virtual ~Sink() = default;
  /// Before anything else (the database sink serializes basalt runners here).
  virtual void begin() {}
  /// Which tracker tables exist, read once begin() has returned.
  virtual tracker::TrackerState tracker_state() = 0;
  /// A part of the prologue or epilogue.
  virtual void section(const tracker::Section& section) = 0;
  /// The banner that opens the script part of the run.
  virtual void banner(const std::string& /*title*/, const std::string& /*changelog_path*/) {}
  /// Runs a unit with its tracker statement: all of it, or (on StatementFailed) none of it when the
  /// unit is transactional.
  virtual void run(const Unit& unit, const sql::Statement& record) = 0;
  /// Evaluates a change-set's preconditions (the runner then does what onFail or onError says). The
  /// sink completes `facts` with what it knows (the connection's user).
  virtual PreconditionOutcome check(const model::Preconditions& block, PreconditionFacts facts) = 0;
  /// A unit whose preconditions said CONTINUE: nothing runs, and no row is written.
  virtual void skipped(const Unit&) {}
  /// Reads the database's catalog for statements generated as their unit runs (loadData's column
  /// types); null when there is no database.
  virtual QueryRunner* catalog() { return nullptr; }
  /// The statements of one change of a unit, generated reading the catalog through `db` (null: none).
  using ChangeGenerator = std::function<sql::Statements(const model::Change&, QueryRunner* db)>;
  /// Runs a unit whose statements depend on the database (Unit::generated_late), as run() does.
  /// By default every change's statements are generated first, from the catalog as it is (what a
  /// script can know); the database sink generates each change's just before it runs, in the
  /// change-set's transaction, so that it sees what the changes before it did.
  virtual void run_generating(const Unit& unit, const sql::Statement& record, const ChangeGenerator& generate) {
    Unit generated = unit;
    for (const model::Change& change : *unit.changes) {
      sql::Statements s = generate(change, catalog());
      generated.statements.insert(generated.statements.end(), std::make_move_iterator(s.begin()),
                                  std::make_move_iterator(s.end()));
    }
    run(generated, record);
  }
  /// After everything, or after a failure (`completed` false): frees whatever is still held. Never throws.
  virtual void end(bool /*completed*/) noexcept {}
};

/// Progress reports; the engine never prints.
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void unit_started(const Unit&) {}
  virtual void unit_finished(const Unit&) {}
  /// A failOnError: false change-set failed; the run goes on and it gets no tracker row.
  virtual void unit_failed_ignored(const Unit&, const StatementFailed&) {}
  /// A change-set's preconditions did not pass: `decision` is what was done about it, `text` says why
  /// in Liquibase's words. WARN is worth telling at the default level; the others at info.
  virtual void preconditions_not_passed(const Unit&, Decision /*decision*/, bool /*warn*/, const std::string& /*text*/) {}
  /// An output change's message, as its change-set runs (in a script too): `target` is STDOUT,
  /// STDERR, DEBUG, INFO, WARN or SEVERE (Liquibase's spellings already mapped onto these).
  virtual void output(const Unit&, const std::string& /*target*/, const std::string& /*message*/) {}
};

/// The units of a run once the lock is held, the highest ORDEREXECUTED recorded so far, and the
/// history the plan came from (preconditions ask it whether a change-set ran).
struct Work {
  std::vector<Unit> units;
  int last_order = 0;
  const std::vector<model::AppliedRow>* history = nullptr;
};

/// What a run is: the same for update and update-sql, for rollback and its script.
struct Run {
  tracker::Tables tables;
  std::string locked_by;              // the LOCKEDBY this runner writes
  bool with_changelog_table = true;   // create databasechangelog when missing (rollback has one)
  std::string banner_title;           // "Update Database Script"
  std::string changelog_path;
  std::string root_file;              // the root changelog's FILENAME (precondition messages)
  sql::Target target;
  /// Called once, with the lock held: the database sink's run may have waited for another runner,
  /// so the work is settled only then.
  std::function<Work()> work;
};

/// The columns of schema.table and their types, as the database has them now (nullopt: no such
/// table). Names are matched as written, else folded to lower case.
std::optional<sql::TableColumns> table_columns(QueryRunner& db, const std::string& schema, const std::string& table);

/// The names of the foreign keys whose base table is schema.table (names matched as written, else
/// folded to lower case), in name order; none when there is no such table.
std::vector<std::string> foreign_keys(QueryRunner& db, const std::string& schema, const std::string& table);

/// Runs: begin, the prologue (lock table, lock, changelog table), the banner, each unit with its
/// tracker statement, the epilogue (release), end. Stops with Error if `cancel` becomes true between
/// units; rethrows a failure of a unit unless its change-set says failOnError: false. The sink's
/// end() runs on every path.
void execute(const Run& run, Sink& sink, Observer& observer, const std::atomic<bool>* cancel = nullptr);

/// A sink that writes a SQL script in Liquibase's update-sql layout (statements end with ';' and a
/// blank line; each change-set is introduced by a `-- Changeset path::id::author` comment).
class ScriptSink : public Sink {
 public:
  /// `state` says which tracker tables the database has (the script creates the others).
  /// `db` (optional) evaluates preconditions whose onSqlOutput is TEST, as connection `user`.
  ScriptSink(std::ostream& out, tracker::TrackerState state, std::vector<std::string> header = {},
             QueryRunner* db = nullptr, std::string user = {})
      : out_(out), state_(state), header_(std::move(header)), db_(db), user_(std::move(user)) {}
  tracker::TrackerState tracker_state() override { return state_; }
  void section(const tracker::Section& section) override;
  void banner(const std::string& title, const std::string& changelog_path) override;
  void run(const Unit& unit, const sql::Statement& record) override;
  PreconditionOutcome check(const model::Preconditions& block, PreconditionFacts facts) override;
  void skipped(const Unit& unit) override;
  QueryRunner* catalog() override { return db_; }
  /// Marks each change-set statement with a comment on its lock, what it blocks and its hazard
  /// (safety::Annotator); unqualified names in raw SQL are in `default_schema`.
  void annotate(std::string default_schema) { annotator_.emplace(std::move(default_schema)); }

 private:
  void statement(const sql::Statement& s);
  void heading(const Unit& unit);
  std::ostream& out_;
  tracker::TrackerState state_;
  std::vector<std::string> header_;  // the banner's lines after "-- Change Log:"
  QueryRunner* db_;
  std::string user_;
  std::optional<safety::Annotator> annotator_;
};

}  // namespace basalt::run
