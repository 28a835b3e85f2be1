// rollback-count and rollback-count-sql: undo the N most recent change-sets, or print how.
#include <CLI/CLI.hpp>
#include <iostream>

#include "engine/cli/cli.h"

namespace basalt::cli {
namespace {

// The count as the positional `rollback-count 3` or Liquibase's `--count 3`; checked by parse_count
// so that a missing or malformed one gets a sentence instead of CLI11's range message.
struct CountOption {
  std::string text;
  CLI::Option* option = nullptr;
  std::optional<std::string> given() const { return option->count() ? std::optional(text) : std::nullopt; }
};

void add_count(CLI::App& command, CountOption& c) {
  c.option = command.add_option("--count,count", c.text, "How many change-sets (a whole number)");
}

}  // namespace

void add_rollback_commands(CLI::App& app, CommandContext& ctx) {
  static CountOption count;
  static CountOption sql_count;
  static int n = 0;
  CLI::App* rollback = app.add_subcommand("rollback-count", "Undo the N most recently applied change-sets");
  add_count(*rollback, count);
  rollback->callback([&ctx] {
    n = parse_count(count.given(), "rollback-count");
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      api::RollbackSummary s = api::rollback_count(to_api_options(ctx.global, ctx.properties), n, reporter);
      std::cout << "basalt: Rollback has been successful. Change-sets rolled back: " << s.rolled_back.size()
                << '\n';
      std::cout << "basalt command 'rollback-count' was executed successfully.\n";
      return 0;
    };
  });

  CLI::App* rollback_sql =
      app.add_subcommand("rollback-count-sql", "Print the SQL rollback-count would execute");
  add_count(*rollback_sql, sql_count);
  rollback_sql->callback([&ctx] {
    n = parse_count(sql_count.given(), "rollback-count-sql");
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      Output out(ctx.global.output_file);
      api::rollback_count_sql(to_api_options(ctx.global, ctx.properties), n, out.stream(), reporter);
      return 0;
    };
  });
}

}  // namespace basalt::cli
