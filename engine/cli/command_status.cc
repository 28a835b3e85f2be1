// status, history, validate, release-locks: read-only views of the tracker, and the lock escape hatch.
#include <CLI/CLI.hpp>
#include <iostream>

#include "engine/cli/cli.h"

namespace basalt::cli {
namespace {

// A bordered table like Liquibase's `history`: a separator after every row.
void print_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], r[i].size());
    }
  std::string sep = "+";
  for (std::size_t w : width) sep += std::string(w + 2, '-') + "+";
  std::cout << sep << '\n';
  for (const auto& r : rows) {
    std::cout << '|';
    for (std::size_t i = 0; i < r.size(); ++i) std::cout << ' ' << r[i] << std::string(width[i] - r[i].size(), ' ') << " |";
    std::cout << '\n' << sep << '\n';
  }
}

}  // namespace

void add_status_commands(CLI::App& app, CommandContext& ctx) {
  static bool verbose = false;
  CLI::App* status = app.add_subcommand("status", "List the change-sets not yet applied");
  status->add_flag("--verbose", verbose, "List each pending change-set");
  status->callback([&ctx] {
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      api::Status s = api::status(to_api_options(ctx.global, ctx.properties), reporter);
      if (s.pending.empty()) {
        std::cout << s.against << " is up to date\n";
      } else {
        std::cout << s.pending.size() << (s.pending.size() == 1 ? " changeset has" : " changesets have")
                  << " not been applied to " << s.against << '\n';
        if (verbose)
          for (const std::string& id : s.pending) std::cout << "     " << id << '\n';
      }
      std::cout << "basalt command 'status' was executed successfully.\n";
      return 0;
    };
  });

  CLI::App* history = app.add_subcommand("history", "List the applied change-sets");
  history->callback([&ctx] {
    ctx.needs_changelog = false;
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      api::History h = api::history(to_api_options(ctx.global, ctx.properties), reporter);
      std::cout << "basalt History for " << h.against << "\n\n";
      if (h.rows.empty()) {
        std::cout << "No changesets deployed\n";
        return 0;
      }
      std::vector<std::vector<std::string>> rows{
          {"Deployment ID", "Update Date", "Changelog Path", "Changeset Author", "Changeset ID", "Tag"}};
      for (const tracker::AppliedRow& r : h.rows)
        rows.push_back({r.deployment_id.value_or(""), r.date_executed.substr(0, 19), r.filename, r.author, r.id,
                        r.tag.value_or("")});
      print_table(rows);
      return 0;
    };
  });

  CLI::App* validate = app.add_subcommand("validate", "Check the changelog and the checksums of applied change-sets");
  validate->callback([&ctx] {
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      api::validate(to_api_options(ctx.global, ctx.properties), reporter);
      std::cout << "No validation errors found.\n";
      std::cout << "basalt command 'validate' was executed successfully.\n";
      return 0;
    };
  });

  CLI::App* release = app.add_subcommand("release-locks", "Free the change log lock, whoever holds it");
  release->callback([&ctx] {
    ctx.needs_changelog = false;
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      std::string who = api::release_locks(to_api_options(ctx.global, ctx.properties), reporter);
      std::cout << "Successfully released all database change log locks for '" << who << "'\n";
      return 0;
    };
  });
}

}  // namespace basalt::cli
