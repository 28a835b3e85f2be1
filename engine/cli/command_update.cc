// update, update-count, update-sql: apply pending change-sets, or print what would be applied.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "engine/cli/cli.h"

namespace basalt::cli {
namespace {

void print_summary(const api::UpdateSummary& s) {
  auto line = [](const char* label, int n) {
    std::string l = label;
    l.resize(30, ' ');
    std::cout << l << n << '\n';
  };
  std::cout << "\nUPDATE SUMMARY\n";
  line("Run:", s.run);
  line("Previously run:", s.previously_run);
  line("Filtered out:", s.filtered_out);
  std::cout << "-------------------------------\n";
  line("Total change sets:", s.total);
  if (!s.skipped_reasons.empty()) {
    std::map<std::string, int> by_reason;
    for (const std::string& r : s.skipped_reasons) ++by_reason[r];
    std::cout << "\n\nFILTERED CHANGE SETS SUMMARY\n";
    for (const auto& [reason, n] : by_reason) line((reason + ":").c_str(), n);
  }
  std::cout << '\n';
}

int run_update(CommandContext& ctx, std::optional<int> count, const char* command) {
  ConsoleReporter reporter(ctx.global.level());
  api::UpdateSummary s = api::update(to_api_options(ctx.global, ctx.properties), reporter, count);
  if (s.up_to_date) std::cout << "Database is up to date, no changesets to execute\n";
  print_summary(s);
  if (!s.up_to_date)
    std::cout << "basalt: " << (count ? "Update-count" : "Update") << " has been successful. Rows affected: " << s.rows_affected
              << '\n';
  std::cout << "basalt command '" << command << "' was executed successfully.\n";
  return 0;
}

}  // namespace

void add_update_commands(CLI::App& app, CommandContext& ctx) {
  CLI::App* update = app.add_subcommand("update", "Apply every pending change-set");
  update->callback([&ctx] { ctx.action = [&ctx] { return run_update(ctx, std::nullopt, "update"); }; });

  static std::string count_text;
  static int count = 0;
  CLI::App* update_count = app.add_subcommand("update-count", "Apply the next N pending change-sets");
  static CLI::Option* count_option =
      update_count->add_option("--count,count", count_text, "How many change-sets (a whole number)");
  update_count->callback([&ctx] {
    count = parse_count(count_option->count() ? std::optional(count_text) : std::nullopt, "update-count");
    ctx.action = [&ctx] { return run_update(ctx, count, "update-count"); };
  });

  CLI::App* update_sql = app.add_subcommand(
      "update-sql", "Print the SQL update would execute, tracker and lock statements included");
  update_sql->callback([&ctx] {
    ctx.action = [&ctx] {
      ConsoleReporter reporter(ctx.global.level());
      Output out(ctx.global.output_file);
      api::update_sql(to_api_options(ctx.global, ctx.properties), out.stream(), reporter);
      return 0;
    };
  });
}

}  // namespace basalt::cli
