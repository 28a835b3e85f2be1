// Every `update` and `update-sql` Liquibase 4.28 ran on the formatted SQL goldens
// (tests/golden/liquibase/formatted-sql, captured by its capture.sh), replayed by basalt in the
// capture's order and on its databases: the steps that shared a database there share one here (an
// update and its update.again, the rerun/v1..v3 and rerun-bad-boolean/v1..v2 versions one after the
// other, each in its own folder), and compared with what Liquibase left:
// - an update Liquibase ran (exit 0): basalt exits 0 with the same tracker rows, MD5SUM included;
// - an update Liquibase refused before touching the database (no tracker table): basalt exits 2 and
//   creates no table;
// - an update that failed part-way: basalt exits non-zero with the same tracker rows (where
//   Liquibase's validation failed after creating its empty tables, basalt may refuse while reading);
// - after an update, the rows of the user tables and the functions' source (NAME.rows.txt), where
//   the capture kept them, each table's rows in byte order;
// - update-sql: the same exit code and, where NAME.changesets.sql exists, the same change-set part
//   of the script (blank lines, SET SEARCH_PATH and the run's DEPLOYMENT_ID left out);
// - splitting: the statements the update sent, as basalt's --log-level=fine lists them, are those of
//   NAME.update.statements.txt (the update.fine run), a final ';' aside; where Liquibase failed, up to
//   its failing statement, at which basalt must fail too.
// Where basalt differs, the invocation is listed in kDifferences with the reason; it is still run
// (later steps need its database), and one that no longer differs fails, so the list stays true.
// validate, status and rollback commands are not replayed here.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kFormattedSql = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "formatted-sql";

// Where basalt differs from Liquibase, by "topic/command" of out/commands.tsv, and why. "not yet:"
// marks what basalt should do as Liquibase does and does not yet. Most are in splitting/: basalt
// splits SQL knowing PostgreSQL (README, "Where basalt differs"), where Liquibase cuts statements
// that PostgreSQL reads whole and then fails (an update Liquibase failed and basalt ran differs in
// its exit code, tracker rows and table rows; its update.fine in the statements sent; its update-sql
// in the script).
const std::map<std::string, std::string> kDifferences = [] {
  std::map<std::string, std::string> out;
  // `name` (a splitting/ file without its extension) in the formats and commands given.
  auto split = [&](const std::string& name, std::initializer_list<const char*> formats,
                   std::initializer_list<const char*> commands, const std::string& why) {
    for (const char* format : formats)
      for (const char* command : commands) out["splitting/" + name + "." + format + "." + command] = why;
  };
  const auto both = {"sql", "yaml"};
  const auto all = {"update", "update.fine", "update-sql"};
  // update-sql prints Liquibase's cuts with a ';' and a blank line after each: a cut at a ';' that
  // ends a line looks the same as no cut (README of the goldens), so these scripts are equal.
  const auto run = {"update", "update.fine"};
  split("dollar-sql-function", both, all,
        "a $$ body stays one statement; Liquibase cuts it at its first ';' and the change-set fails");
  split("dollar-tags", both, all,
        "a $tag$ string stays whole; Liquibase cuts $q$semi;colon$q$ at its ';' and the change-set fails");
  split("plpgsql-declare", both, run,
        "a $$ body stays one statement; Liquibase cuts it at the ';' of its DECLARE section and fails");
  split("plpgsql-end-semicolon", both, run,
        "a $$ body stays one statement; Liquibase's BEGIN ... END protection ends at END, the ';' after it "
        "cuts, $$ is sent alone and fails");
  split("plpgsql-if", both, all,
        "a $$ body stays one statement; END IF closes Liquibase's BEGIN ... END protection early, the next "
        "';' cuts and the change-set fails");
  split("end-delimiter-semicolon", both, run,
        "a $$ body stays one statement with endDelimiter ';' too; Liquibase cuts it in its DECLARE section "
        "and fails");
  split("slash-last-change-set", {"sql"}, run,
        "its first change-set's $$ body stays one statement and runs; Liquibase cuts it in its DECLARE "
        "section, and failOnError: false leaves that change-set without a row");
  split("dollar-apostrophe", both, {"update.fine"},
        "basalt cuts at each ';' outside $$it's$$; Liquibase takes its apostrophe as opening a string and "
        "sends the rest as one multi-statement string (the same rows)");
  split("comments-in-function-body", {"sql"}, all,
        "comments inside a $$ body are the body's text and stay when stripComments strips the others; "
        "Liquibase strips them there too, so the function's source differs");
  split("backslash-in-standard-string", both, all,
        "a backslash in a standard '...' string is an ordinary character, as PostgreSQL reads it; Liquibase "
        "takes it as an escape, cuts a later string at its ';' and fails");
  split("nested-block-comment", both, all,
        "block comments nest, as in PostgreSQL; Liquibase ends the comment at the first */, sends the rest of "
        "it and fails");
  split("begin-atomic-case", both, all,
        "a BEGIN ATOMIC body stays one statement, CASE ... END inside it; Liquibase's protection ends at the "
        "CASE's END, the next ';' cuts and the change-set fails");
  for (const char* name : {"begin-work", "transaction-begin-commit"})
    split(name, both, {"update.fine"},
          "basalt cuts at each ';' after BEGIN; or BEGIN WORK; (PostgreSQL's transaction commands); Liquibase "
          "takes BEGIN as opening a BEGIN ... END block that COMMIT does not close and sends the rest as one "
          "string (the same rows)");
  split("division-at-line-start", both, all,
        "a '/' starting a line with more after it is PostgreSQL's division: basalt cuts only at a '/' line "
        "holding nothing else; Liquibase cuts there and the statement fails");
  split("go-at-line-start", both, all,
        "a GO starting a line with more after it is PostgreSQL's (a column named go): basalt cuts only at a "
        "GO line holding nothing else; Liquibase cuts there and the statement fails");
  split("end-delimiter-hash", both, all,
        "endDelimiter # cuts where it stands, glued to a word too (FROM s#: PostgreSQL names hold no #); "
        "Liquibase keeps s# one word, does not cut there and fails");
  const std::string regex =
      "an endDelimiter that is a regular expression cuts where it matches code, the match removed; "
      "Liquibase matches it against one or two of its tokens at a time (README of the goldens, section 6), "
      "which cuts `/ 5` at a line start and leaves the first '@' of `@@|!!` in the statement, and fails";
  split("end-delimiter-regex", both, all, regex);
  split("end-delimiter-alternation", both, all, regex);
  split("end-delimiter-variants", {"sql"}, all, regex);
  out["ignore-lines-properties/update.d-before-command"] =
      "-Dname=value is taken before the command too (README: global flags go before or after it); "
      "Liquibase refuses it there (Unexpected argument(s))";
  out["mixed/absolute-sql.update"] =
      "an absolute --changelog-file is read where it stands; Liquibase looks it up below its search-path "
      "folders, its leading '/' dropped, and without --search-path=/ does not find it";
  return out;
}();

const char* const kNoTable = "(no table databasechangelog)";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

bool has_tracker(const TestDatabase& db) {
  return db.query("SELECT to_regclass('public.databasechangelog') IS NOT NULL") == "t";
}

std::string tracker_or_none(const TestDatabase& db) { return has_tracker(db) ? golden_tracker(db) : kNoTable; }

std::string table_count(const TestDatabase& db) {
  return db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
}

// NAME.rows.txt as the capture writes it: each user table of schema public ("# table NAME", its
// rows tab-separated, NULL as <null>), then the functions of schema public with their source.
// Rows are sorted within their table: the capture sorted them with sort(1) in its locale.
std::string golden_rows(const TestDatabase& db) {
  std::string out;
  for (const std::string& t : lines_of(db.query(
           "SELECT format('%I', tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN "
           "('databasechangelog', 'databasechangeloglock') ORDER BY tablename"))) {
    out += "# table " + t + "\n";
    std::string literal = t;  // the quoted name as a string literal, for regclass
    replace_all(literal, "'", "''");
    const std::string value = db.query(
        "SELECT string_agg(format($f$CASE WHEN %1$I IS NULL THEN '<null>' ELSE format('%%s', %1$I) END$f$, attname), "
        "$f$ || E'\\t' || $f$ ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'public." + literal +
        "'::regclass AND attnum > 0 AND NOT attisdropped");
    const std::string rows = db.query("SELECT " + value + " FROM public." + t);
    if (!rows.empty()) out += rows + "\n";
  }
  out += "# functions of schema public: name, body (prosrc, or the SQL-standard body), line breaks as \\n\n";
  out += db.query(
      "SELECT proname || E'\\t' || replace(CASE WHEN prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(oid) "
      "ELSE prosrc END, E'\\n', '\\n') FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname");
  return out;
}

// The lines of a rows text with each table's lines in byte order (a value with a line break is
// several lines to sort(1) too).
std::string sorted_rows(const std::string& rows) {
  std::vector<std::string> out, section;
  auto flush = [&] {
    std::sort(section.begin(), section.end());
    out.insert(out.end(), section.begin(), section.end());
    section.clear();
  };
  bool in_table = false;
  for (const std::string& line : lines_of(rows)) {
    if (line.starts_with("# ")) {
      flush();
      out.push_back(line);
      in_table = line.starts_with("# table ");
    } else if (in_table) {
      section.push_back(line);
    } else {
      out.push_back(line);
    }
  }
  flush();
  return joined(out);
}

// The change-set part of an update-sql script, as the capture cuts it (NAME.changesets.sql): from the
// first "-- Changeset" line to "-- Release Database Lock", without SET SEARCH_PATH lines.
std::string changeset_part(const std::string& script) {
  std::string out;
  bool on = false;
  for (const std::string& line : lines_of(script)) {
    if (line.starts_with("-- Changeset ") || line.starts_with("-- Rolling Back ChangeSet: ")) on = true;
    if (line.starts_with("-- Release Database Lock")) on = false;
    if (on && !line.starts_with("SET SEARCH_PATH TO ")) out += line + "\n";
  }
  return out;
}

// The statements of NAME.update.statements.txt: the lines after each "=== statement N" line.
std::vector<std::string> liquibase_statements(const std::string& text) {
  std::vector<std::vector<std::string>> lines;
  for (const std::string& line : lines_of(text)) {
    if (line.starts_with("=== statement ")) lines.emplace_back();
    else if (!lines.empty()) lines.back().push_back(line);
  }
  std::vector<std::string> out;
  for (const std::vector<std::string>& statement : lines) {
    std::string s = joined(statement);
    if (!s.empty()) s.pop_back();
    out.push_back(s);
  }
  return out;
}

// The migration statements basalt sent, from its --log-level=fine stderr ("basalt: executing: " and
// the statement, over as many lines as it has), without the tracker tables' own statements.
std::vector<std::string> basalt_statements(const std::string& err) {
  const std::string mark = "basalt: executing: ";
  std::vector<std::string> all;
  bool in_statement = false;
  for (const std::string& line : lines_of(err)) {
    if (line.starts_with(mark)) {
      all.push_back(line.substr(mark.size()));
      in_statement = true;
    } else if (line.starts_with("basalt: ") || line.starts_with("WARNING: ") || line.starts_with("Error: ")) {
      in_statement = false;
    } else if (in_statement) {
      all.back() += "\n" + line;
    }
  }
  std::vector<std::string> out;
  for (const std::string& s : all) {
    bool bookkeeping = false;
    for (const char* verb : {"CREATE TABLE ", "INSERT INTO ", "UPDATE ", "DELETE FROM "})
      bookkeeping = bookkeeping || s.starts_with(std::string(verb) + "public.databasechangelog");
    if (!bookkeeping) out.push_back(s);
  }
  return out;
}

// The rows of `golden`.tracker.tsv (of the checksums topic) whose FILENAME is `file`: what the
// first of two updates on one database left, the tracker being kept only after the second.
std::string rows_of_file(const std::string& golden, const std::string& file) {
  std::string out;
  for (const std::string& row : lines_of(read_golden(kFormattedSql / "checksums" / "out" / (golden + ".tracker.tsv"))))
    if (row.find("\t" + file + "\t") != std::string::npos) out += row + "\n";
  if (!out.empty()) out.pop_back();
  return out;
}

std::string listed(const std::vector<std::string>& statements) {
  std::string out;
  for (std::size_t i = 0; i < statements.size(); ++i)
    out += "=== statement " + std::to_string(i + 1) + "\n" + statements[i] + "\n";
  return out;
}

// How an update is replayed.
struct Replay {
  std::string cwd;                     // the folder of the copy it runs in (the topic's by default)
  std::optional<std::string> golden;   // NAME of its tracker and rows goldens (by default the command's)
  std::optional<std::string> tracker;  // the tracker rows expected, where no golden holds them alone
  std::string fine;                    // the update.fine command whose statements it must send
};
Replay in_folder(std::string cwd) {
  Replay r;
  r.cwd = std::move(cwd);
  return r;
}
Replay golden_named(std::string golden) {
  Replay r;
  r.golden = std::move(golden);
  return r;
}
Replay expecting(std::string tracker) {
  Replay r;
  r.tracker = std::move(tracker);
  return r;
}
Replay sending_as(std::string fine) {
  Replay r;
  r.fine = std::move(fine);
  return r;
}

// A topic folder: its changelogs copied where basalt runs, and its out/commands.tsv.
class Topic {
 public:
  explicit Topic(const std::string& name) : name_(name), golden_(kFormattedSql / name) {
    for (const std::string& line : lines_of(golden_.expected("commands.tsv"))) {
      std::istringstream cells(line);
      std::string command, code, text;
      std::getline(cells, command, '\t');
      std::getline(cells, code, '\t');
      std::getline(cells, text);
      Command c{std::stoi(code), {}};
      std::istringstream words(text);
      for (std::string w; words >> w;) {
        if (w == "liquibase" || w == "<conn>" || w == "--show-banner=false") continue;
        // Absolute paths into the topic folder name the copy.
        replace_all(w, "<root>/tests/golden/liquibase/formatted-sql/" + name, golden_.folder().string());
        c.args.push_back(w);
      }
      commands_.emplace(command, std::move(c));
      order_.push_back(command);
    }
  }

  ~Topic() {
    const auto others = std::count_if(order_.begin(), order_.end(), [&](const std::string& c) { return !update_kind(c); });
    MESSAGE(name_ << ": " << compared_ << " update/update-sql invocations compared, " << listed_
                  << " replayed but listed in kDifferences; " << others
                  << " other commands (validate, status, rollback) not replayed");
  }

  const std::vector<std::string>& order() const { return order_; }
  bool has(const std::string& command) const { return commands_.count(command) != 0; }

  // Replays an update of commands.tsv on `db` and compares what it left with Liquibase's.
  Outcome update(const TestDatabase& db, const std::string& command, const Replay& how = {}) {
    const std::string key = name_ + "/" + command;
    CAPTURE(key);
    REQUIRE(has(command));
    const Command& c = commands_.at(command);
    const std::string tables_before = table_count(db);
    Outcome o = run(db, c.args, how.cwd, !how.fine.empty());
    const std::string file = how.golden.value_or(command);
    std::vector<std::string> problems;
    auto expect = [&](bool ok, const std::string& what) {
      if (!ok) problems.push_back(what);
    };
    const std::optional<std::string> want = how.tracker ? how.tracker : expected_tracker(file);
    const std::string got = masked_paths(tracker_or_none(db));
    if (c.exit_code == 0) {
      expect(o.exit_code == 0, "basalt exited " + std::to_string(o.exit_code) + " where Liquibase ran the changelog");
      if (want) expect(got == *want, "tracker rows:\n" + got + "\nLiquibase's:\n" + *want);
    } else if (want == kNoTable) {
      expect(o.exit_code == 2, "basalt exited " + std::to_string(o.exit_code) + " where Liquibase refused the changelog");
      expect(table_count(db) == tables_before, "basalt created tables where Liquibase refused the changelog");
    } else {
      expect(o.exit_code != 0, "basalt exited 0 where Liquibase failed");
      // Liquibase's validation failed after it created its tables: basalt refuses while reading.
      const bool refused_early = o.exit_code == 2 && want && want->empty() && got == kNoTable;
      if (want && !refused_early) expect(got == *want, "tracker rows:\n" + got + "\nLiquibase's:\n" + *want);
    }
    if (fs::exists(out() / (file + ".rows.txt"))) {
      const std::string rows = sorted_rows(golden_rows(db)), liquibase = sorted_rows(golden_.expected(file + ".rows.txt"));
      expect(rows == liquibase, "rows:\n" + rows + "\nLiquibase's:\n" + liquibase);
    }
    conclude(key, o, problems);
    if (!how.fine.empty()) {
      // The same update at --log-level=fine (on a fresh database, as here): the statements sent.
      const std::string fine_key = name_ + "/" + how.fine;
      CAPTURE(fine_key);
      REQUIRE(has(how.fine));
      const int code = commands_.at(how.fine).exit_code;
      std::vector<std::string> fine_problems;
      if ((code == 0) != (o.exit_code == 0))
        fine_problems.push_back("basalt exited " + std::to_string(o.exit_code) + ", Liquibase " + std::to_string(code));
      const std::string statements = how.fine.substr(0, how.fine.size() - 5) + ".statements.txt";  // NAME.update.fine
      const std::vector<std::string> want_sent = liquibase_statements(golden_.expected(statements));
      std::vector<std::string> sent = basalt_statements(o.err);
      // Liquibase's executor drops a statement's final ';' as it sends it, though its update-sql
      // shows it (end-delimiter-hash-after-semicolon, split-false-*); basalt sends what its
      // update-sql shows. The cuts are compared: a final ';' left out.
      for (std::string& statement : sent)
        if (statement.ends_with(';')) statement.pop_back();
      // A failing statement is the last Liquibase listed; basalt lists its change-set's statements
      // before it sends them in one round trip, and names the one that failed.
      if (code != 0 && o.exit_code != 0 && sent.size() > want_sent.size()) sent.resize(want_sent.size());
      if (sent != want_sent)
        fine_problems.push_back("statements sent:\n" + listed(sent) + "\nLiquibase's:\n" + listed(want_sent));
      if (code != 0 && o.exit_code != 0 && !want_sent.empty() &&
          o.err.find("Failed SQL: " + want_sent.back()) == std::string::npos)
        fine_problems.push_back("basalt did not fail at Liquibase's failing statement:\n" + want_sent.back());
      conclude(fine_key, o, fine_problems);
    }
    return o;
  }

  // Replays an update-sql of commands.tsv and compares the exit code and the change-set part.
  Outcome update_sql(const TestDatabase& db, const std::string& command, const std::string& cwd = "") {
    const std::string key = name_ + "/" + command;
    CAPTURE(key);
    REQUIRE(has(command));
    const Command& c = commands_.at(command);
    Outcome o = run(db, c.args, cwd, false);
    std::vector<std::string> problems;
    if (c.exit_code == 0) {
      if (o.exit_code != 0) problems.push_back("basalt exited " + std::to_string(o.exit_code) + " where Liquibase printed the script");
      if (fs::exists(out() / (command + ".changesets.sql"))) {
        const std::string got = masked_script(masked_paths(changeset_part(o.out)));
        const std::string want = masked_script(golden_.expected(command + ".changesets.sql"));
        if (got != want) problems.push_back("change-sets of the script:\n" + got + "\nLiquibase's:\n" + want);
      }
    } else if (o.exit_code == 0) {
      problems.push_back("basalt printed a script where Liquibase failed");
    }
    conclude(key, o, problems);
    return o;
  }

  // Every update and update-sql of commands.tsv was replayed.
  void all_accounted_for() const {
    for (const std::string& command : order_) {
      CAPTURE(command);
      if (update_kind(command)) CHECK(replayed_.count(command) != 0);
    }
  }

  const fs::path& folder() { return golden_.folder(); }

 private:
  struct Command {
    int exit_code;
    std::vector<std::string> args;
  };

  fs::path out() const { return golden_.golden() / "out"; }

  bool update_kind(const std::string& command) const {
    const std::vector<std::string>& args = commands_.at(command).args;
    return std::find(args.begin(), args.end(), "update") != args.end() ||
           std::find(args.begin(), args.end(), "update-sql") != args.end();
  }

  Outcome run(const TestDatabase& db, std::vector<std::string> args, const std::string& cwd, bool fine) {
    std::vector<std::string> all{"--url", db.url()};
    all.insert(all.end(), kAsLiquibase.begin(), kAsLiquibase.end());
    all.insert(all.end(), args.begin(), args.end());
    if (fine) all.push_back("--log-level=fine");
    return run_basalt(all, cwd.empty() ? golden_.folder() : golden_.folder() / cwd);
  }

  // The tracker rows Liquibase left, from NAME.tracker.tsv, or from NAME.tables.txt when only the
  // tables were kept (no databasechangelog table listed: no tracker).
  std::optional<std::string> expected_tracker(const std::string& file) const {
    if (fs::exists(out() / (file + ".tracker.tsv"))) return golden_.expected(file + ".tracker.tsv");
    if (fs::exists(out() / (file + ".tables.txt"))) {
      const std::vector<std::string> tables = lines_of(golden_.expected(file + ".tables.txt"));
      if (std::find(tables.begin(), tables.end(), "databasechangelog") == tables.end()) return kNoTable;
    }
    return std::nullopt;
  }

  // Paths of the copy written as the capture masked the topic folder's.
  std::string masked_paths(std::string text) const {
    std::string folder = golden_.folder().string();
    const std::string topic = "/tests/golden/liquibase/formatted-sql/" + name_;
    replace_all(text, folder, "<root>" + topic);
    replace_all(text, folder.substr(1), "<root-no-slash>" + topic);
    return text;
  }

  void conclude(const std::string& key, const Outcome& o, const std::vector<std::string>& problems) {
    replayed_.insert(key.substr(name_.size() + 1));
    if (kDifferences.count(key) != 0) {
      ++listed_;
      CHECK_MESSAGE(!problems.empty(), key << " is listed in kDifferences but basalt now does as Liquibase did");
      return;
    }
    ++compared_;
    INFO(o.err);
    for (const std::string& p : problems) FAIL_CHECK(p);
  }

  std::string name_;
  GoldenTopic golden_;
  std::map<std::string, Command> commands_;
  std::vector<std::string> order_;
  std::set<std::string> replayed_;
  int compared_ = 0, listed_ = 0;
};

}  // namespace

TEST_CASE("every difference listed names an invocation of the goldens") {
  for (const auto& [key, why] : kDifferences) {
    CAPTURE(key);
    const std::string topic = key.substr(0, key.find('/')), command = key.substr(key.find('/') + 1);
    CHECK(("\n" + read_golden(kFormattedSql / topic / "out" / "commands.tsv")).find("\n" + command + "\t") !=
          std::string::npos);
    CHECK(!why.empty());
  }
}

TEST_CASE("formatted SQL change-set attributes, comments and checksum re-runs as in Liquibase (attributes)") {
  REQUIRE_SERVER();
  Topic t("attributes");
  {
    TestDatabase db;
    t.update_sql(db, "update-sql");
    t.update(db, "update");
    t.update(db, "update.again");
  }
  for (const char* filter : {"contexts-prod", "contexts-test", "contexts-prod+test", "labels-lab1", "labels-lab3", "labels-lab4"}) {
    TestDatabase db;
    t.update(db, std::string("update.") + filter);
  }
  // v1 applied, v2 edited with runOnChange and validCheckSum, v3 edited without: one database.
  TestDatabase db;
  t.update(db, "rerun.v1.update", in_folder("rerun/v1"));
  t.update_sql(db, "rerun.v2.update-sql", "rerun/v2");
  t.update(db, "rerun.v2.update", in_folder("rerun/v2"));
  t.update(db, "rerun.v3.update", in_folder("rerun/v3"));
  t.all_accounted_for();
}

TEST_CASE("formatted SQL rollback lines and blocks are read as Liquibase reads them (rollback)") {
  REQUIRE_SERVER();
  Topic t("rollback");
  {
    TestDatabase db;
    t.update_sql(db, "update-sql");
    t.update(db, "update");
  }
  {
    // Its tracker was kept only after the rollback-count that followed (which this test does not
    // replay): the exit code is compared.
    TestDatabase db;
    t.update(db, "block-joined.update");
  }
  for (const char* f : {"ref-missing", "ref-forward", "ref-no-author", "block-unclosed"}) {
    TestDatabase db;
    t.update(db, std::string(f) + ".update");
  }
  t.all_accounted_for();
}

TEST_CASE("formatted SQL preconditions run, halt and are refused as in Liquibase (preconditions)") {
  REQUIRE_SERVER();
  Topic t("preconditions");
  {
    TestDatabase db;
    t.update_sql(db, "update-sql");
  }
  {
    TestDatabase db;
    t.update(db, "update");
    t.update(db, "update.again");
  }
  for (const char* f : {"halt", "on-error-halt", "lower-case-values", "both-sql-output", "unsupported-type", "empty-sql-check",
                        "empty-table-exists", "table-exists-no-table", "sql-check-no-sql", "unknown-fail-option"}) {
    TestDatabase db;
    t.update(db, std::string(f) + ".update");
  }
  t.all_accounted_for();
}

TEST_CASE("formatted SQL checksums are Liquibase's, for LF and CRLF files and YAML alike (checksums)") {
  REQUIRE_SERVER();
  Topic t("checksums");
  {
    // checksums.sql then checksums.yaml on one database; the tracker was kept after both: after
    // the first, it holds the rows of checksums.sql (an update only adds rows of its own file).
    TestDatabase db;
    t.update_sql(db, "checksums.sql.update-sql");
    t.update(db, "checksums.sql.update", expecting(rows_of_file("update", "checksums.sql")));
    t.update(db, "checksums.yaml.update", golden_named("update"));
  }
  {
    TestDatabase db;
    t.update(db, "crlf.sql.update", expecting(rows_of_file("crlf-and-lf.update", "crlf.sql")));
    t.update(db, "lf.sql.update", golden_named("crlf-and-lf.update"));
    // The CR of a CRLF file is not sent: a line break in a string literal arrives as LF.
    CHECK(db.query("SELECT concat_ws(E'\\t', id, replace(replace(note, E'\\r', '\\r'), E'\\n', '\\n')) FROM c ORDER BY id, note") ==
          read_golden(kFormattedSql / "checksums" / "out" / "crlf-and-lf.update.c-rows.txt"));
  }
  {
    // Its golden is Liquibase's fine log of the checksums it computed, which basalt does not log (the
    // checksums are compared in the tracker above): the exit code is compared.
    TestDatabase db;
    t.update_sql(db, "checksums.sql.update-sql.fine");
  }
  t.all_accounted_for();
}

TEST_CASE("--ignoreLines, --property and ${} substitution as in Liquibase (ignore-lines-properties)") {
  REQUIRE_SERVER();
  Topic t("ignore-lines-properties");
  {
    TestDatabase db;
    t.update_sql(db, "update-sql");
  }
  for (const char* run : {"update", "update.contexts-prod", "update.contexts-test", "update.labels-lab1", "update.without-d",
                          "update.d-before-command", "ignore-bad-count.update", "ignore-one-dash.update",
                          "property-one-dash.update", "property-no-value.update"}) {
    TestDatabase db;
    t.update(db, run);
  }
  t.all_accounted_for();
}

TEST_CASE("statements are split, stripped and sent as Liquibase sends them (splitting)") {
  REQUIRE_SERVER();
  Topic t("splitting");
  std::vector<std::string> files;
  for (const std::string& command : t.order())
    if (command.ends_with(".update-sql")) files.push_back(command.substr(0, command.size() - 11));
  REQUIRE(files.size() == 104);
  {
    TestDatabase db;  // the capture printed every update-sql on one database
    for (const std::string& f : files) t.update_sql(db, f + ".update-sql");
  }
  // Each update on a fresh database, at --log-level=fine: the tracker and rows are the update's,
  // the statements those of the update.fine run (also on a fresh database).
  for (const std::string& f : files) {
    TestDatabase db;
    t.update(db, f + ".update", sending_as(f + ".update.fine"));
  }
  t.all_accounted_for();
}

TEST_CASE("malformed and unusual formatted SQL files are refused or read as Liquibase does (errors)") {
  REQUIRE_SERVER();
  Topic t("errors");
  for (const std::string& command : t.order()) {
    if (!command.ends_with(".update") || command.starts_with("rerun-bad-boolean.")) continue;
    const std::string file = command.substr(0, command.size() - 7);
    TestDatabase db;  // validate, update-sql and update of each file on one database
    t.update_sql(db, file + ".update-sql");
    t.update(db, command);
  }
  TestDatabase db;
  t.update(db, "rerun-bad-boolean.v1.update", in_folder("rerun-bad-boolean/v1"));
  t.update(db, "rerun-bad-boolean.v2.update", in_folder("rerun-bad-boolean/v2"));
  t.all_accounted_for();
}

TEST_CASE("FILENAME of formatted SQL files reached by include, includeAll and search paths is Liquibase's (mixed)") {
  REQUIRE_SERVER();
  Topic t("mixed");
  {
    TestDatabase db;
    t.update(db, "cwd-changelog.update", in_folder("changelog"));
    t.update(db, "cwd-changelog.update.again", in_folder("changelog"));
  }
  for (const char* run : {"search-path-relative.update", "search-path-absolute.update", "search-path-dot-and-changelog.update",
                          "search-path-changelog-and-dot.update", "subdir-master.update", "absolute-master.update"}) {
    TestDatabase db;
    t.update(db, run);
  }
  {
    TestDatabase db;
    t.update(db, "absolute-sql.update");
    t.update(db, "absolute-sql.search-path-root.update");
  }
  {
    TestDatabase db;
    t.update(db, "alone.a.update", in_folder("changelog"));
    t.update(db, "alone.master.update", in_folder("changelog"));
  }
  t.all_accounted_for();
}
