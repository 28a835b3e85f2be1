// rollback-count and rollback-count-sql: undo the N most recent change-sets, or print how.
#include <CLI/CLI.hpp>
#include <iostream>

#include "engine/cli/cli.h"

namespace basalt::cli {

void add_rollback_commands(CLI::App& app, CommandContext& ctx) {
  static int count = -1;
  CLI::App* rollback = app.add_subcommand("rollback-count", "Undo the N most recently applied change-sets");
  rollback->add_option("--count,count", count, "How many change-sets")->required()->check(CLI::NonNegativeNumber);
  rollback->callback([&ctx] {
    ctx.action = [&ctx] {
      ConsoleReporter reporter;
      api::RollbackSummary s = api::rollback_count(to_api_options(ctx.global, ctx.properties), count, reporter);
      std::cout << "basalt: Rollback has been successful. Change-sets rolled back: " << s.rolled_back.size() << '\n';
      std::cout << "basalt command 'rollback-count' was executed successfully.\n";
      return 0;
    };
  });

  CLI::App* rollback_sql =
      app.add_subcommand("rollback-count-sql", "Print the SQL rollback-count would execute");
  rollback_sql->add_option("--count,count", count, "How many change-sets")->required()->check(CLI::NonNegativeNumber);
  rollback_sql->callback([&ctx] {
    ctx.action = [&ctx] {
      ConsoleReporter reporter;
      Output out(ctx.global.output_file);
      api::rollback_count_sql(to_api_options(ctx.global, ctx.properties), count, out.stream(), reporter);
      return 0;
    };
  });
}

}  // namespace basalt::cli
