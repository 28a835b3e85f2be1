// Walking units into a sink: the database, or a SQL script for review. Same units, same order.
#pragma once

#include <atomic>
#include <ostream>
#include <string>
#include <vector>

#include "engine/core/error.h"
#include "engine/run/unit.h"

namespace basalt::run {

/// A statement the database refused, with everything needed to say where and why.
class StatementFailed : public Error {
 public:
  StatementFailed(std::string message, std::string statement, std::string sqlstate)
      : Error(std::move(message)), statement_(std::move(statement)), sqlstate_(std::move(sqlstate)) {}
  const std::string& statement() const { return statement_; }
  const std::string& sqlstate() const { return sqlstate_; }

 private:
  std::string statement_, sqlstate_;
};

/// Where units go: a PostgreSQL session, or a script.
class Sink {
 public:
  virtual ~Sink() = default;
  /// Runs one unit: all of it with its tracker statement, or (on StatementFailed) none of it when
  /// the unit is transactional.
  virtual void run(const Unit& unit) = 0;
};

/// Progress reports; the engine never prints.
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void unit_started(const Unit&) {}
  virtual void unit_finished(const Unit&) {}
  /// A failOnError: false change-set failed; the run goes on and it gets no tracker row.
  virtual void unit_failed_ignored(const Unit&, const StatementFailed&) {}
};

/// Runs the units in order. Stops with Error if `cancel` becomes true between units; rethrows a
/// failure of a unit unless its change-set says failOnError: false.
void run_units(const std::vector<Unit>& units, Sink& sink, Observer& observer,
               const std::atomic<bool>* cancel = nullptr);

/// A sink that writes a SQL script in Liquibase's update-sql layout (statements end with ';' and a
/// blank line; each change-set is introduced by a `-- Changeset path::id::author` comment).
class ScriptSink : public Sink {
 public:
  explicit ScriptSink(std::ostream& out) : out_(out) {}
  void run(const Unit& unit) override;
  /// A `-- title` comment followed by statements: used for the lock and tracker-table prologue.
  void section(const std::string& title, const sql::Statements& statements);
  /// The `-- ****` banner naming the script and the changelog.
  void banner(const std::string& title, const std::string& changelog_path);

 private:
  void statement(const sql::Statement& s);
  std::ostream& out_;
};

}  // namespace basalt::run
