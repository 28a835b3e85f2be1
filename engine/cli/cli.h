// The command line: Liquibase's command names and flags over the api facade. CLI11 lives here only.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "engine/api/api.h"

namespace CLI {
class App;
}

namespace basalt::cli {

/// Options shared by every command (global in Liquibase, accepted before or after the command).
struct GlobalOptions {
  std::string changelog_file, url, username, password, defaults_file, output_file;
  std::string contexts, labels, default_schema, liquibase_schema;
  std::string changelog_table, changelog_lock_table;
  std::optional<double> lock_wait_minutes;
  bool password_given = false;
  std::optional<bool> strict;  // --strict, or strict: true in the defaults file
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

/// Prints progress the way Liquibase users expect ("Running Changeset: ...").
class ConsoleReporter : public api::Reporter {
 public:
  void notice(const std::string& message) override;
  void warnings(const std::string& rendered) override;
  void unit_started(const run::Unit& unit) override;
  void unit_failed_ignored(const run::Unit& unit, const run::StatementFailed& failure) override;
};

/// A command's registration: adds the subcommand and what to run when it is chosen.
struct CommandContext {
  GlobalOptions& global;
  formats::Properties& properties;
  std::function<int()> action;  // set by the chosen subcommand, run after all options are merged
};

void add_update_commands(CLI::App& app, CommandContext& ctx);
void add_rollback_commands(CLI::App& app, CommandContext& ctx);
void add_status_commands(CLI::App& app, CommandContext& ctx);

/// Runs basalt with argv; returns the exit code (0 success, 1 failure, 2 bad usage or bad input).
int main(int argc, char** argv);

}  // namespace basalt::cli
