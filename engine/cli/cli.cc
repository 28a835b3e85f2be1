// Command-line parsing, liquibase.properties, -D properties, signals and exit codes.
#include "engine/cli/cli.h"

#include <signal.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <ctime>  // timespec
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "engine/core/text.h"
#include "engine/core/timeout.h"

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
    else if (key == "searchpath") fill(g.search_path);
    else if (key == "loglevel") {
      if (g.log_level.empty() && !parse_log_level(value))
        throw UsageError(path + ": logLevel must be off, severe, warning, info or fine, not '" + value + "'");
      fill(g.log_level);
    } else if (key == "changeloglockwaittimeinminutes" && !g.lock_wait_minutes) g.lock_wait_minutes = std::atof(value.c_str());
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

// The signal that stopped the command (0: none); main turns it into the exit status 128 + signal.
std::atomic<int> g_signal{0};

// How long the clean-up after a signal may take. Cancelling the statement, rolling back and releasing
// the lock take well under a second; a run caught elsewhere (reading a large changelog) may not
// notice the request, and must end anyway.
constexpr int kCleanUpSeconds = 10;

// A thread that turns SIGINT/SIGTERM/SIGHUP into a cancel of the running statement, so the
// change-set in progress rolls back and the lock is released on the normal error path.
void start_signal_thread(LogLevel level) {
  static sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([level] {
    int sig = 0;
    while (sigwait(&set, &sig) != 0) {
    }
    g_signal = sig;
    const bool tell = level >= LogLevel::warning;
    switch (g_interrupt.phase()) {
      case pg::Phase::idle:
      case pg::Phase::connecting:  // nothing started yet: nothing to undo
        if (tell) std::cerr << "basalt: interrupted\n";
        std::_Exit(128 + sig);
      case pg::Phase::waiting_for_lock:
        if (tell) std::cerr << "basalt: interrupted while waiting for the change log lock; nothing was run\n";
        break;
      case pg::Phase::running:
        if (tell) std::cerr << "basalt: interrupted; rolling back the change-set in progress and releasing the lock\n";
        break;
    }
    g_interrupt.request();
    timespec grace{kCleanUpSeconds, 0};
    int again = -1;
    do {
      again = sigtimedwait(&set, nullptr, &grace);
    } while (again < 0 && errno == EINTR);
    // A second signal, or a clean-up that did not end: leave now; the next run takes over the lock
    // row (basalt recognizes a row whose server session is gone).
    if (again < 0)
      std::cerr << "basalt: the clean-up did not end within " << kCleanUpSeconds << " s; leaving now\n";
    std::_Exit(128 + sig);
  }).detach();
}

int exit_code_for_failure(int usual) {
  int sig = g_signal.load();
  return sig ? 128 + sig : usual;
}

const char* const kUsageHint = "Run 'basalt --help', or 'basalt COMMAND --help' for the flags of a command.";

int usage_error(const std::string& message) {
  std::cerr << "Error: " << message << '\n' << kUsageHint << '\n';
  return 2;
}

std::vector<std::string> command_names(CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// When CLI11 found no command: the word the user meant as one (the first that is no option).
std::string unknown_command_message(CLI::App& app) {
  std::vector<std::string> names = command_names(app);
  for (const std::string& word : app.remaining()) {
    if (word.empty() || word[0] == '-') continue;
    std::optional<std::string> near = text::closest(word, names);
    if (near) return "unknown command '" + word + "'; did you mean '" + *near + "'?";
    return "unknown command '" + word + "'; the commands are " + text::join(names, ", ");
  }
  return "no command given; the commands are " + text::join(names, ", ");
}

// The options every command takes, on the main app and again on each command, so that they may
// come before or after the command name and `basalt COMMAND --help` lists them.
void add_global_options(CLI::App& app, GlobalOptions& g, const std::string& group) {
  auto in_group = [&](CLI::Option* o) { o->group(group); };
  in_group(app.add_option("--changelog-file,--changeLogFile", g.changelog_file, "The root changelog"));
  in_group(app.add_option("--url", g.url, "The database (see below)"));
  in_group(app.add_option("--username", g.username, "Database user"));
  in_group(app.add_option("--password", g.password, "Database password (else PGPASSWORD or ~/.pgpass)")
               ->each([&g](const std::string&) { g.password_given = true; }));
  in_group(app.add_option("--defaults-file,--defaultsFile", g.defaults_file,
                          "Settings file (default: liquibase.properties if present)"));
  in_group(app.add_option("--output-file,--outputFile", g.output_file, "Write SQL output here instead of stdout"));
  in_group(app.add_option("--contexts,--context-filter", g.contexts, "Run only change-sets matching these contexts"));
  in_group(app.add_option("--labels,--label-filter", g.labels, "Run only change-sets matching this label expression"));
  in_group(app.add_option("--search-path,--searchPath", g.search_path,
                          "Comma-separated folders where the changelog and its includes are looked up, in "
                          "order (FILENAME is then relative to the folder holding each file)"));
  in_group(app.add_option("--default-schema-name", g.default_schema, "Schema for unqualified objects (default public)"));
  in_group(app.add_option("--liquibase-schema-name", g.liquibase_schema, "Schema of the tracker tables"));
  in_group(app.add_option("--database-changelog-table-name", g.changelog_table, "Name of databasechangelog"));
  in_group(app.add_option("--database-changelog-lock-table-name", g.changelog_lock_table,
                          "Name of databasechangeloglock"));
  in_group(app.add_option("--changelog-lock-wait-time-in-minutes", g.lock_wait_minutes,
                          "How long to wait for a lock held by another live runner (default 5)"));
  in_group(app.add_option("--log-level,--logLevel", g.log_level,
                          "Besides errors, stderr shows: off|severe nothing; warning (default) notices and "
                          "changelog warnings; info also each change-set's time; fine also each statement sent")
               ->type_name("LEVEL")
               ->check(CLI::Validator(
                   [](std::string& value) -> std::string {
                     if (parse_log_level(value)) return "";
                     return "the log level must be off, severe, warning, info or fine, not '" + value + "'";
                   },
                   "")));
  in_group(app.add_flag("--annotate", g.annotate,
                        "update-sql and rollback-count-sql mark each statement with its lock, what it blocks, "
                        "whether it rewrites or scans the table, and its hazard (the default; --annotate=false: "
                        "none, as Liquibase prints)"));
  const auto timeout = CLI::Validator(
      [](std::string& value) -> std::string {
        if (parse_timeout(value)) return "";
        return "'" + value + "' is not a timeout: write " + std::string(kTimeoutForms);
      },
      "DURATION");
  in_group(app.add_option("--lock-timeout", g.lock_timeout,
                          "How long a change-set's statement waits for a lock before it gives up "
                          "(default 1s; a change-set's lockTimeout wins; none: the server's)")
               ->check(timeout));
  in_group(app.add_option("--statement-timeout", g.statement_timeout,
                          "How long one statement of a change-set may run (default 1h; a change-set's "
                          "statementTimeout wins; none: the server's)")
               ->check(timeout));
  in_group(app.add_flag("--show-banner,--showBanner", g.show_banner,
                        "Accepted (bare, =true or =false) for Liquibase's scripts; basalt prints no banner "
                        "either way"));
  in_group(app.add_option("--custom-change", g.custom_change,
                          "What to do with a customChange, Java code basalt cannot run: fail (the default) "
                          "or skip (apply its change-set without it)")
               ->type_name("fail|skip")
               ->check(CLI::IsMember({"fail", "skip"})));
  in_group(app.add_flag_function(
      "--strict", [&g](std::int64_t) { g.strict = true; },
      "Treat the changelog's warnings (what Liquibase silently ignores) as errors"));
}

// Liquibase's launcher takes `--show-banner false`; CLI11's flags take a value only after '='.
bool is_banner_flag(std::string_view a) { return a == "--show-banner" || a == "--showBanner"; }
bool is_boolean_word(std::string_view a) { return text::iequals(a, "true") || text::iequals(a, "false"); }

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
  o.skip_custom_changes = g.custom_change == "skip";
  o.annotate = g.annotate;
  if (!g.lock_timeout.empty()) o.lock_timeout = *parse_timeout(g.lock_timeout);
  if (!g.statement_timeout.empty()) o.statement_timeout = *parse_timeout(g.statement_timeout);
  o.interrupt = &g_interrupt;
  o.search_path = text::split_list(g.search_path);
  if (g.level() >= LogLevel::fine)
    o.on_statement = [](const std::string& statement) { std::cerr << "basalt: executing: " << statement << '\n'; };
  // Fault injection for the crash tests: the process kills itself (SIGKILL, no clean-up) as it is
  // about to send its N-th migration statement, so a test can stop a run after each statement of
  // the prologue in turn instead of guessing at timings.
  if (const char* crash_at = std::getenv("BASALT_TEST_CRASH_AT_STATEMENT")) {
    o.on_statement = [n = std::atol(crash_at), sent = 0L, log = o.on_statement](const std::string& s) mutable {
      if (++sent == n) ::kill(::getpid(), SIGKILL);
      if (log) log(s);
    };
  }
  return o;
}

std::optional<LogLevel> parse_log_level(std::string_view value) {
  std::string v = text::lower(text::trim(value));
  if (v == "off") return LogLevel::off;
  if (v == "severe" || v == "error") return LogLevel::severe;
  if (v == "warning" || v == "warn") return LogLevel::warning;
  if (v == "info" || v == "config") return LogLevel::info;
  if (v == "fine" || v == "debug" || v == "finer" || v == "finest" || v == "all") return LogLevel::fine;
  return std::nullopt;
}

LogLevel GlobalOptions::level() const { return parse_log_level(log_level).value_or(LogLevel::warning); }

int parse_count(const std::optional<std::string>& given, const std::string& command) {
  if (!given)
    throw UsageError(command + " needs a count: the number of change-sets, as in '" + command + " 3' (or --count 3)");
  const std::string& v = *given;
  bool digits = !v.empty() && v.size() <= 9 &&
                std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    throw UsageError("the count of " + command + " must be a whole number (0 or more), as in '" + command +
                     " 3', not '" + v + "'");
  return std::stoi(v);
}

Output::Output(const std::string& file) {
  if (!file.empty()) {
    file_ = std::make_unique<std::ofstream>(file);
    if (!*file_) throw Error("cannot write the output file " + file);
  }
}
Output::~Output() = default;
std::ostream& Output::stream() { return file_ ? *file_ : std::cout; }

ConsoleReporter::ConsoleReporter(LogLevel level) : level_(level) {}

void ConsoleReporter::notice(const std::string& message) {
  if (level_ >= LogLevel::warning) std::cerr << "basalt: " << message << '\n';
}

void ConsoleReporter::warnings(const std::string& rendered) {
  if (level_ >= LogLevel::warning) std::cerr << rendered << '\n';
}

void ConsoleReporter::unit_started(const run::Unit& unit) {
  unit_start_ = std::chrono::steady_clock::now();
  if (unit.kind == run::UnitKind::apply) std::cout << "Running Changeset: " << unit.change_set->identity() << '\n';
  if (unit.kind == run::UnitKind::rollback)
    std::cout << "Rolling Back Changeset: " << unit.change_set->identity() << '\n';
  std::cout.flush();
}

void ConsoleReporter::unit_finished(const run::Unit& unit) {
  if (level_ < LogLevel::info || !unit.change_set) return;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - unit_start_);
  std::cerr << "basalt: change-set " << unit.change_set->identity()
            << (unit.kind == run::UnitKind::rollback ? " rolled back in " : " ran in ") << ms.count() << " ms\n";
}

void ConsoleReporter::unit_failed_ignored(const run::Unit& unit, const run::StatementFailed& failure) {
  std::cerr << "basalt: change-set " << unit.change_set->identity()
            << " failed and has failOnError: false, so the update goes on without recording it:\n     "
            << failure.what() << '\n';
}

void ConsoleReporter::preconditions_not_passed(const run::Unit&, run::Decision, bool warn, const std::string& text) {
  // WARN's "despite precondition failure" is worth telling; CONTINUE and MARK_RAN, as in Liquibase,
  // only at info.
  if (level_ >= (warn ? LogLevel::warning : LogLevel::info)) std::cerr << (warn ? "WARNING: " : "basalt: ") << text << '\n';
}

// An output change's message: once (Liquibase prints STDOUT's and STDERR's twice), the log targets
// at their level.
void ConsoleReporter::output(const run::Unit&, const std::string& target, const std::string& message) {
  if (target == "STDOUT") {
    std::cout << message << std::endl;
  } else if (target == "STDERR") {
    std::cerr << message << '\n';
  } else if (target == "SEVERE") {
    if (level_ >= LogLevel::severe) std::cerr << "SEVERE: " << message << '\n';
  } else if (target == "WARN") {
    if (level_ >= LogLevel::warning) std::cerr << "WARNING: " << message << '\n';
  } else if (level_ >= (target == "INFO" ? LogLevel::info : LogLevel::fine)) {
    std::cerr << "basalt: " << message << '\n';
  }
}

void ConsoleReporter::precondition_warning(const std::string& text) {
  if (level_ >= LogLevel::warning) std::cerr << "WARNING: " << text << '\n';
}

int main(int argc, char** argv) {
  // -Dname=value properties are Liquibase's syntax, not an option CLI11 can describe: take them first.
  formats::Properties properties;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.size() > 2 && a[0] == '-' && a[1] == 'D' && a.find('=') != std::string::npos) {
      std::size_t eq = a.find('=');
      properties[a.substr(2, eq - 2)] = a.substr(eq + 1);
    } else if (is_banner_flag(a) && i + 1 < argc && is_boolean_word(argv[i + 1])) {
      args.push_back(a + "=" + argv[++i]);
    } else {
      args.push_back(a);
    }
  }
  std::reverse(args.begin(), args.end());  // as CLI11's parse(vector) expects

  GlobalOptions g;
  CLI::App app{"basalt: runs Liquibase changelogs against PostgreSQL: update, preview, roll back, track.", "basalt"};
  app.require_subcommand(1);
  app.fallthrough();  // --version after a command; the global options are on every command too
  app.set_version_flag("--version", "basalt 0.1.0");
  app.footer(
      "Connection: --url postgresql://user@host:port/db | jdbc:postgresql://host:port/db | 'host=... dbname=...' | "
      "local\n  (local: a PostgreSQL that basalt creates in .basalt/postgres of the project folder and starts "
      "itself;\n  the project folder is the nearest folder upward holding .basalt/, else liquibase.properties, "
      "else the current one)\n"
      "Settings are also read from liquibase.properties in the current folder, or --defaults-file.\n"
      "Properties: -Dname=value, used for ${name} in changelogs.\n"
      "Exit codes: 0 success, 1 failure, 2 bad usage or bad changelog, 130 interrupted (Ctrl-C; 143 SIGTERM).");
  app.option_defaults()->always_capture_default(false);
  add_global_options(app, g, "Options");

  CommandContext ctx{g, properties, {}};
  add_update_commands(app, ctx);
  add_rollback_commands(app, ctx);
  add_status_commands(app, ctx);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    add_global_options(*command, g, "Global options (also before the command)");

  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // No command, or a word that is none: say which commands there are. Other mistakes (a flag
    // without its value, a bad value) keep CLI11's message, which names the flag.
    bool about_the_command =
        dynamic_cast<const CLI::RequiredError*>(&e) != nullptr || dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
    if (about_the_command && app.get_subcommands().empty()) return usage_error(unknown_command_message(app));
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const UsageError& e) {
    return usage_error(e.what());
  }

  try {
    apply_defaults_file(g, properties, !g.defaults_file.empty());
    if (g.url.empty())
      throw UsageError(
          "no database given: pass --url (postgresql://user@host:port/db, jdbc:postgresql://host:port/db, a "
          "key=value string, or 'local' for a PostgreSQL that basalt creates and starts in .basalt/), or set url "
          "in liquibase.properties");
    if (ctx.needs_changelog && g.changelog_file.empty())
      throw UsageError("no changelog given: pass --changelog-file, or set changelogFile in liquibase.properties");
  } catch (const UsageError& e) {
    return usage_error(e.what());
  } catch (const std::exception& e) {
    std::cerr << "Error: " << e.what() << '\n';
    return g_interrupt.requested() ? 130 : 1;  // 128 + SIGINT, as shells report an interrupted command
  }

  start_signal_thread(g.level());
  try {
    return ctx.action ? ctx.action() : 2;
  } catch (const api::InputError& e) {
    std::cerr << e.what() << '\n';
    return exit_code_for_failure(2);
  } catch (const std::exception& e) {
    std::cerr << "Error: " << e.what() << '\n';
    return exit_code_for_failure(1);
  }
}

}  // namespace basalt::cli
