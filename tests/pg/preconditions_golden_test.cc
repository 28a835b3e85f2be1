// Preconditions as real Liquibase 4.28 evaluated them (tests/golden/liquibase/preconditions, captured
// by its capture.sh): each scenario's `steps` replayed with basalt, step by step, against the same
// changelogs, with Liquibase's exit status, tracker rows, objects and scripts as the expected result.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kScenarios = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase" / "preconditions";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// A query's rows as the capture script writes them (psql -A with tabs, a header line, NULL empty).
std::string rows_of(const TestDatabase& db, const std::string& header, const std::string& select) {
  std::string rows = db.query(select);
  return header + "\n" + (rows.empty() ? "" : rows + "\n");
}

const char* kTracker =
    "SELECT concat_ws(E'\\t', id, author, filename, orderexecuted, exectype, coalesce(md5sum, ''), "
    "coalesce(description, ''), coalesce(comments, ''), coalesce(contexts, ''), coalesce(labels, '')) "
    "FROM databasechangelog ORDER BY orderexecuted";

// The relations, without basalt's deliberate difference: Liquibase creates the tracker tables even
// when a changelog-level precondition then stops the run; basalt touches nothing before it passes.
std::string objects_without_tracker(const std::string& tsv) {
  std::istringstream in(tsv);
  std::string out;
  for (std::string line; std::getline(in, line);)
    if (line.find("\tdatabasechangelog") == std::string::npos) out += line + "\n";
  return out;
}

const char* kObjects =
    "SELECT concat_ws(E'\\t', n.nspname, c.relname, c.relkind) FROM pg_class c JOIN pg_namespace n ON n.oid = "
    "c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relkind IN "
    "('r', 'v', 'S', 'i') ORDER BY n.nspname, c.relname";

// A script's statements as compared: no blank lines, no SET SEARCH_PATH, run-specific values masked.
std::string script_of(const std::string& text) {
  static const std::regex locked_by("LOCKEDBY = '[^']*'");
  static const std::regex deployment("'[0-9]{10}'\\)");
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with("SET SEARCH_PATH") || line.starts_with("-- Ran at:") ||
        line.starts_with("-- Against:") || line.starts_with("-- Liquibase version:"))
      continue;
    line = std::regex_replace(line, locked_by, "LOCKEDBY = '<LOCKEDBY>'");
    out += std::regex_replace(line, deployment, "'<DEPLOYMENT_ID>')") + "\n";
  }
  return out;
}

// The [stdout] part of a captured Liquibase command.
std::string captured_stdout(const std::string& txt) {
  std::size_t from = txt.find("[stdout]\n"), to = txt.find("\n[stderr]");
  if (from == std::string::npos) return "";
  return txt.substr(from + 9, to == std::string::npos ? std::string::npos : to - from - 9);
}

// Steps where basalt deliberately refuses, while reading, a changelog Liquibase starts to run (README,
// "Where basalt differs from Liquibase"): basalt must exit 2 having touched nothing, so the tracker
// step after it finds no tracker table, whatever Liquibase's run left.
using RefusedOnRead = std::set<std::string>;

// Replays one scenario. Steps of kind `lb` run basalt with the same arguments and compare the exit
// status (success or not); `tracker` and `objects` compare the database with Liquibase's; `sql` runs
// a statement; `fresh` starts over with an empty database. update-sql steps compare the script.
void replay(const std::string& scenario, const RefusedOnRead& refused = {}) {
  const fs::path dir = kScenarios / scenario;
  TempDir work;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename() != "out") fs::copy(e.path(), work.path() / e.path().filename(), fs::copy_options::recursive);
  std::unique_ptr<TestDatabase> db = std::make_unique<TestDatabase>();
  std::ifstream steps(dir / "steps");
  int compared = 0;
  bool nothing_touched = false;  // the last basalt run was refused while reading
  for (std::string line; std::getline(steps, line);) {
    std::vector<std::string> w = words(line);
    if (w.empty() || w[0].starts_with("#")) continue;
    const std::string& kind = w[0];
    if (kind == "fresh") {
      db = std::make_unique<TestDatabase>();
      continue;
    }
    const std::string name = w.at(1);
    CAPTURE(scenario);
    CAPTURE(name);
    if (kind == "lb") {
      std::vector<std::string> args{"--url", db->url()};
      args.insert(args.end(), kAsLiquibase.begin(), kAsLiquibase.end());
      bool has_changelog = false;
      for (std::size_t i = 2; i < w.size(); ++i) {
        args.push_back(w[i]);
        has_changelog = has_changelog || w[i].starts_with("--changelog-file=");
      }
      if (!has_changelog) args.push_back("--changelog-file=changelog.yaml");
      Outcome o = run_basalt(args, work.path());
      const std::string expected = read_file(dir / "out" / (name + ".txt"));
      const bool liquibase_ok = expected.find("[exit code 0]") != std::string::npos;
      INFO(o.out, o.err);
      nothing_touched = refused.count(name) != 0;
      if (nothing_touched)
        CHECK(o.exit_code == 2);
      else
        CHECK((o.exit_code == 0) == liquibase_ok);
      const bool script = std::find(w.begin(), w.end(), "update-sql") != w.end();
      if (script && liquibase_ok && o.exit_code == 0)
        CHECK(script_of(o.out) == script_of(captured_stdout(expected)));
      ++compared;
    } else if (kind == "tracker") {
      // Liquibase's capture records psql's error when its run left no tracker table.
      const std::string expected = read_file(dir / "out" / (name + ".tsv"));
      const bool table = db->query("SELECT to_regclass('databasechangelog') IS NOT NULL") == "t";
      if (nothing_touched || expected.starts_with("ERROR:  relation \"databasechangelog\" does not exist"))
        CHECK_FALSE(table);
      else
        CHECK(rows_of(*db, "id\tauthor\tfilename\torderexecuted\texectype\tmd5sum\tdescription\tcomments\tcontexts\tlabels",
                      table ? kTracker : "SELECT '' WHERE false") == expected);
      ++compared;
    } else if (kind == "objects") {
      CHECK(objects_without_tracker(rows_of(*db, "schema\tname\tkind", kObjects)) ==
            objects_without_tracker(read_file(dir / "out" / (name + ".tsv"))));
      ++compared;
    } else if (kind == "sql") {
      std::string statement;
      for (std::size_t i = 2; i < w.size(); ++i) statement += (i > 2 ? " " : "") + w[i];
      db->query(statement);
    }
  }
  CHECK(compared > 0);
}

}  // namespace

TEST_CASE("preconditions on tables, columns and views pass and fail as Liquibase's do") {
  REQUIRE_SERVER();
  replay("01-tables-columns-views");
}

TEST_CASE("preconditions on indexes, keys and sequences pass and fail as Liquibase's do") {
  REQUIRE_SERVER();
  replay("02-indexes-keys-sequences");
}

TEST_CASE("sqlCheck, tableIsEmpty and rowCount pass, fail and err as Liquibase's do") {
  REQUIRE_SERVER();
  replay("03-data");
}

TEST_CASE("dbms, runningAs, changeSetExecuted, changeLogPropertyDefined and expectedQuotingStrategy as Liquibase's") {
  REQUIRE_SERVER();
  replay("04-environment");
}

TEST_CASE("and, or and not short-circuit and combine failures and errors as Liquibase's do") {
  REQUIRE_SERVER();
  replay("05-nesting");
}

TEST_CASE("onFail and onError HALT stop the update, earlier change-sets stay") {
  REQUIRE_SERVER();
  replay("06-halt");
}

TEST_CASE("onFail and onError CONTINUE skip the change-set, which is checked again on the next update") {
  REQUIRE_SERVER();
  replay("07-continue");
}

TEST_CASE("onFail and onError MARK_RAN write the row without running the changes") {
  REQUIRE_SERVER();
  replay("08-mark-ran");
}

TEST_CASE("onFail and onError WARN run the change-set anyway") {
  REQUIRE_SERVER();
  replay("09-warn");
}

TEST_CASE("changelog-level preconditions are checked before anything runs; only WARN goes on") {
  REQUIRE_SERVER();
  replay("10-changelog-level");
}

TEST_CASE("update-sql evaluates preconditions as onSqlOutput says: IGNORE, TEST against the database, FAIL") {
  REQUIRE_SERVER();
  replay("11-update-sql");
}

TEST_CASE("rolling back a MARK_RAN change-set runs its inverse, as Liquibase does") {
  REQUIRE_SERVER();
  replay("12-rollback-mark-ran");
}

TEST_CASE("bad preconditions are refused as Liquibase refuses them, or earlier") {
  REQUIRE_SERVER();
  // Attributes a check cannot do without: Liquibase runs into them (an error or a failure that onError
  // or onFail then handles, a NullPointerException, or a validation failure after creating the tracker
  // tables); basalt refuses them before connecting.
  replay("13-bad-preconditions",
         {"misspelled-attribute", "no-table-name", "column-no-column-name", "index-nothing", "unique-no-table-name",
          "sqlcheck-no-expected-result", "sqlcheck-no-sql", "rowcount-no-expected-rows", "changelog-level-index-nothing",
          "misspelled-attribute-info", "no-table-name-info", "column-no-column-name-info", "index-nothing-info",
          "rowcount-no-expected-rows-info"});
}

TEST_CASE("a change-set's preconditions see what the change-sets before it in the same update did") {
  REQUIRE_SERVER();
  replay("14-timing");
}
