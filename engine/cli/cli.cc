// Command-line parsing, liquibase.properties, -D properties, signals and exit codes.
#include "engine/cli/cli.h"

#include <signal.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "engine/core/text.h"

namespace basalt::cli {
namespace {

// liquibase.properties keys name the same setting in several spellings: changeLogFile,
// changelog-file, liquibase.command.changelogFile. Compare them without case, dashes or dots.
std::string normalize_key(std::string_view key) {
  for (std::string_view prefix : {"liquibase.command.", "liquibase."})
    if (text::starts_with_icase(key, prefix)) key.remove_prefix(prefix.size());
  std::string out;
  for (char c : key)
    if (c != '-' && c != '_' && c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void apply_defaults_file(GlobalOptions& g, formats::Properties& properties, bool explicit_file) {
  std::string path = g.defaults_file.empty() ? "liquibase.properties" : g.defaults_file;
  std::ifstream in(path);
  if (!in) {
    if (explicit_file) throw Error("cannot read the defaults file " + path);
    return;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = text::trim(line);
    if (l.empty() || l[0] == '#' || l[0] == '!') continue;
    std::size_t sep = l.find_first_of("=:");
    if (sep == std::string_view::npos) continue;
    std::string_view raw_key = text::trim(l.substr(0, sep));
    std::string value(text::trim(l.substr(sep + 1)));
    if (text::starts_with_icase(raw_key, "parameter.")) {
      properties.emplace(std::string(raw_key.substr(10)), value);  // the command line wins
      continue;
    }
    std::string key = normalize_key(raw_key);
    auto fill = [&](std::string& field) {
      if (field.empty()) field = value;
    };
    if (key == "changelogfile") fill(g.changelog_file);
    else if (key == "url") fill(g.url);
    else if (key == "username") fill(g.username);
    else if (key == "password") {
      if (!g.password_given) {
        g.password = value;
        g.password_given = true;
      }
    } else if (key == "contexts" || key == "contextfilter") fill(g.contexts);
    else if (key == "labels" || key == "labelfilter") fill(g.labels);
    else if (key == "defaultschemaname") fill(g.default_schema);
    else if (key == "liquibaseschemaname") fill(g.liquibase_schema);
    else if (key == "outputfile") fill(g.output_file);
    else if (key == "changeloglockwaittimeinminutes" && !g.lock_wait_minutes) g.lock_wait_minutes = std::atof(value.c_str());
    else if (key == "strict" && !g.strict) {
      if (text::iequals(value, "true")) g.strict = true;
      else if (text::iequals(value, "false")) g.strict = false;
      else throw Error(path + ": strict must be true or false, not '" + value + "'");
    }
    // Other Liquibase settings (driver, classpath, ...) mean nothing to basalt: ignored.
  }
}

// The one command this process runs, and what stops it.
pg::Interrupt g_interrupt;

// A thread that turns SIGINT/SIGTERM into a cancel of the running statement, so the change-set in
// progress rolls back and the lock is released on the normal error path.
void start_signal_thread() {
  static sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([] {
    int signals = 0;
    for (;;) {
      int sig = 0;
      if (sigwait(&set, &sig) != 0) continue;
      if (++signals > 1) std::_Exit(130);  // a second Ctrl-C: leave now; the next run takes over the lock
      switch (g_interrupt.phase()) {
        case pg::Phase::idle:
        case pg::Phase::connecting:  // nothing started yet: nothing to undo
          std::cerr << "basalt: interrupted\n";
          std::_Exit(130);
        case pg::Phase::waiting_for_lock:
          std::cerr << "basalt: interrupted while waiting for the change log lock; nothing was run\n";
          break;
        case pg::Phase::running:
          std::cerr << "basalt: interrupted; rolling back the change-set in progress and releasing the lock\n";
          break;
      }
      g_interrupt.request();
    }
  }).detach();
}

}  // namespace

api::Options to_api_options(const GlobalOptions& g, const formats::Properties& properties) {
  api::Options o;
  o.changelog_file = g.changelog_file;
  o.properties = properties;
  o.connection.url = g.url;
  if (!g.username.empty()) o.connection.username = g.username;
  if (g.password_given) o.connection.password = g.password;
  if (!g.default_schema.empty()) {
    o.target.default_schema = g.default_schema;
    o.tables.schema = g.default_schema;
  }
  if (!g.liquibase_schema.empty()) o.tables.schema = g.liquibase_schema;
  if (!g.changelog_table.empty()) o.tables.changelog = g.changelog_table;
  if (!g.changelog_lock_table.empty()) o.tables.lock = g.changelog_lock_table;
  o.filters.contexts = text::split_list(g.contexts);
  if (!g.labels.empty()) o.filters.labels = g.labels;
  if (g.lock_wait_minutes)
    o.lock_wait = std::chrono::milliseconds(static_cast<long long>(*g.lock_wait_minutes * 60000));
  o.strict = g.strict.value_or(false);
  o.interrupt = &g_interrupt;
  // Fault injection for the crash tests: the process kills itself (SIGKILL, no clean-up) as it is
  // about to send its N-th migration statement, so a test can stop a run after each statement of
  // the prologue in turn instead of guessing at timings.
  if (const char* crash_at = std::getenv("BASALT_TEST_CRASH_AT_STATEMENT")) {
    const long n = std::atol(crash_at);
    o.on_statement = [n, sent = 0L](const std::string&) mutable {
      if (++sent == n) ::kill(::getpid(), SIGKILL);
    };
  }
  return o;
}

Output::Output(const std::string& file) {
  if (!file.empty()) {
    file_ = std::make_unique<std::ofstream>(file);
    if (!*file_) throw Error("cannot write the output file " + file);
  }
}
Output::~Output() = default;
std::ostream& Output::stream() { return file_ ? *file_ : std::cout; }

void ConsoleReporter::notice(const std::string& message) { std::cerr << "basalt: " << message << '\n'; }

void ConsoleReporter::warnings(const std::string& rendered) { std::cerr << rendered << '\n'; }

void ConsoleReporter::unit_started(const run::Unit& unit) {
  if (unit.kind == run::UnitKind::apply) std::cout << "Running Changeset: " << unit.change_set->identity() << '\n';
  if (unit.kind == run::UnitKind::rollback)
    std::cout << "Rolling Back Changeset: " << unit.change_set->identity() << '\n';
  std::cout.flush();
}

void ConsoleReporter::unit_failed_ignored(const run::Unit& unit, const run::StatementFailed& failure) {
  std::cerr << "basalt: change-set " << unit.change_set->identity()
            << " failed and has failOnError: false, so the update goes on without recording it:\n     "
            << failure.what() << '\n';
}

int main(int argc, char** argv) {
  // -Dname=value properties are Liquibase's syntax, not an option CLI11 can describe: take them first.
  formats::Properties properties;
  std::vector<std::string> args;
  for (int i = argc - 1; i >= 1; --i) {
    std::string a = argv[i];
    if (a.size() > 2 && a[0] == '-' && a[1] == 'D' && a.find('=') != std::string::npos) {
      std::size_t eq = a.find('=');
      properties[a.substr(2, eq - 2)] = a.substr(eq + 1);
    } else {
      args.push_back(a);  // reversed, as CLI11's parse(vector) expects
    }
  }

  GlobalOptions g;
  CLI::App app{"basalt: runs Liquibase changelogs against PostgreSQL: update, preview, roll back, track.", "basalt"};
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the command, as Liquibase allows
  app.set_version_flag("--version", "basalt 0.1.0");
  app.footer(
      "Connection: --url postgresql://user@host:port/db | jdbc:postgresql://host:port/db | 'host=... dbname=...' | "
      "local\n  (local: a PostgreSQL that basalt creates in .basalt/postgres and starts itself)\n"
      "Settings are also read from liquibase.properties in the current folder, or --defaults-file.\n"
      "Properties: -Dname=value, used for ${name} in changelogs.\n"
      "Exit codes: 0 success, 1 failure, 2 bad usage or bad changelog.");
  app.option_defaults()->always_capture_default(false);
  app.add_option("--changelog-file,--changeLogFile", g.changelog_file, "The root changelog");
  app.add_option("--url", g.url, "The database (see below)");
  app.add_option("--username", g.username, "Database user");
  app.add_option("--password", g.password, "Database password (else PGPASSWORD or ~/.pgpass)")
      ->each([&](const std::string&) { g.password_given = true; });
  app.add_option("--defaults-file", g.defaults_file, "Settings file (default: liquibase.properties if present)");
  app.add_option("--output-file", g.output_file, "Write SQL output here instead of stdout");
  app.add_option("--contexts,--context-filter", g.contexts, "Run only change-sets matching these contexts");
  app.add_option("--labels,--label-filter", g.labels, "Run only change-sets matching this label expression");
  app.add_option("--default-schema-name", g.default_schema, "Schema for unqualified objects (default public)");
  app.add_option("--liquibase-schema-name", g.liquibase_schema, "Schema of the tracker tables");
  app.add_option("--database-changelog-table-name", g.changelog_table, "Name of databasechangelog");
  app.add_option("--database-changelog-lock-table-name", g.changelog_lock_table, "Name of databasechangeloglock");
  app.add_option("--changelog-lock-wait-time-in-minutes", g.lock_wait_minutes,
                 "How long to wait for a lock held by another live runner (default 5)");
  app.add_flag_function(
      "--strict", [&](std::int64_t) { g.strict = true; },
      "Treat the changelog's warnings (what Liquibase silently ignores) as errors");

  CommandContext ctx{g, properties, {}};
  add_update_commands(app, ctx);
  add_rollback_commands(app, ctx);
  add_status_commands(app, ctx);

  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  start_signal_thread();
  try {
    apply_defaults_file(g, properties, !g.defaults_file.empty());
    return ctx.action ? ctx.action() : 2;
  } catch (const api::InputError& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "Error: " << e.what() << '\n';
    return g_interrupt.requested() ? 130 : 1;  // 128 + SIGINT, as shells report an interrupted command
  }
}

}  // namespace basalt::cli
