// The command line: Liquibase's command names and flags over the api facade. CLI11 lives here only.
#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/api/api.h"

namespace CLI {
class App;
}

namespace basalt::cli {

/// How much basalt says on stderr (--log-level, with Liquibase's level names). Errors always print;
/// stdout (progress lines, summaries, scripts) is the same at every level.
enum class LogLevel {
  off,      // errors only (severe prints the same: basalt's errors are its severe messages)
  severe,
  warning,  // the default: also notices (local cluster, lock waits) and the changelog's warnings
  info,     // also how long each change-set took
  fine,     // also every statement as it is sent to the database
};

/// A --log-level value: off, severe, warning, info, fine in any case, and the other names Liquibase
/// takes (error, warn, config, debug, finer, finest, all); nullopt for anything else.
std::optional<LogLevel> parse_log_level(std::string_view value);

/// Options shared by every command (global in Liquibase, accepted before or after the command).
struct GlobalOptions {
  std::string changelog_file, url, username, password, defaults_file, output_file;
  std::string contexts, labels, default_schema, liquibase_schema;
  std::string changelog_table, changelog_lock_table;
  std::string search_path;  // comma-separated folders, as Liquibase's --search-path
  std::string log_level;    // as given; level() reads it
  std::optional<double> lock_wait_minutes;
  bool password_given = false;
  std::optional<bool> strict;  // --strict, or strict: true in the defaults file
  std::string custom_change;   // --custom-change: fail (the default) or skip
  bool annotate = true;        // --annotate[=false]
  std::string lock_timeout, statement_timeout;  // as given (empty: the default)
  bool show_banner = true;     // accepted for Liquibase's scripts; basalt prints no banner either way
  /// The --log-level in effect (warning when none is given).
  LogLevel level() const;
};

/// A command line that cannot run (exit 2), found after parsing: a missing --url, a bad count, ...
class UsageError : public Error {
 public:
  using Error::Error;
};

/// The api options from the command line, liquibase.properties and -D properties.
api::Options to_api_options(const GlobalOptions& g, const formats::Properties& properties);

/// Where SQL output goes: --output-file or stdout.
class Output {
 public:
  explicit Output(const std::string& file);
  ~Output();
  std::ostream& stream();

 private:
  std::unique_ptr<std::ostream> file_;
};

/// Prints progress the way Liquibase users expect ("Running Changeset: ..."), and on stderr what
/// the log level asks for.
class ConsoleReporter : public api::Reporter {
 public:
  explicit ConsoleReporter(LogLevel level);
  void notice(const std::string& message) override;
  void warnings(const std::string& rendered) override;
  void unit_started(const run::Unit& unit) override;
  void unit_finished(const run::Unit& unit) override;
  void unit_failed_ignored(const run::Unit& unit, const run::StatementFailed& failure) override;
  void preconditions_not_passed(const run::Unit& unit, run::Decision decision, bool warn,
                                const std::string& text) override;
  void precondition_warning(const std::string& text) override;
  void output(const run::Unit& unit, const std::string& target, const std::string& message) override;

 private:
  LogLevel level_;
  std::chrono::steady_clock::time_point unit_start_;
};

/// A command's registration: adds the subcommand and what to run when it is chosen.
struct CommandContext {
  GlobalOptions& global;
  formats::Properties& properties;
  std::function<int()> action;  // set by the chosen subcommand, run after all options are merged
  bool needs_changelog = true;  // history and release-locks read only the database
};

/// A change-set count given to rollback-count or update-count: a whole number, 0 or more. Throws
/// UsageError naming `command` when it is missing or is not one.
int parse_count(const std::optional<std::string>& given, const std::string& command);

void add_update_commands(CLI::App& app, CommandContext& ctx);
void add_rollback_commands(CLI::App& app, CommandContext& ctx);
void add_status_commands(CLI::App& app, CommandContext& ctx);

/// Runs basalt with argv; returns the exit code (0 success, 1 failure, 2 bad usage or bad input,
/// 128 + the signal's number when SIGINT, SIGTERM or SIGHUP stopped the command: 130 for Ctrl-C).
int main(int argc, char** argv);

}  // namespace basalt::cli
