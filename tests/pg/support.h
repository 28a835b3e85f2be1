// Helpers for tests against the real PostgreSQL that scripts/test.sh starts (BASALT_TEST_URL).
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace basalt::testing {

/// The server's connection string, or nullopt when no test server was started.
std::optional<std::string> server_url();

/// A fresh database on the test server, dropped when the test ends.
class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;
  const std::string& url() const { return url_; }
  const std::string& name() const { return name_; }
  /// Runs SQL and returns the first column of each row ("" for NULL), rows joined by '\n'.
  std::string query(const std::string& sql) const;
  /// pg_dump --schema-only of the database, without the tracker tables and volatile lines.
  std::string schema_dump() const;

 private:
  std::string name_, url_;
};

/// A temporary folder with files written into it, removed at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  /// Writes `text` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

/// What a basalt process did.
struct Outcome {
  int exit_code = -1;
  std::string out, err;
};

/// The flags that make basalt's scripts Liquibase's, statement for statement: no review comments and
/// no timeouts of its own (SET LOCAL lock_timeout, statement_timeout). The golden tests replay
/// Liquibase's commands with them.
inline const std::vector<std::string> kAsLiquibase = {"--annotate=false", "--lock-timeout=none",
                                                      "--statement-timeout=none"};

/// Runs the basalt binary with `args` in folder `cwd` and waits for it.
Outcome run_basalt(const std::vector<std::string>& args, const std::filesystem::path& cwd);

/// Starts the basalt binary without waiting; returns its pid (output goes to files in `cwd`).
int basalt_spawn(const std::vector<std::string>& args, const std::filesystem::path& cwd, const std::string& tag);
/// Waits for a spawned process and returns its outcome.
Outcome basalt_wait(int pid, const std::filesystem::path& cwd, const std::string& tag);

/// The text of a file, without its final line breaks.
std::string read_golden(const std::filesystem::path& p);

/// A topic of goldens captured from Liquibase (a folder of changelogs and its out/): its changelogs
/// copied into a folder of their own, where basalt runs as Liquibase ran there.
class GoldenTopic {
 public:
  explicit GoldenTopic(std::filesystem::path golden);
  /// Runs basalt on `db` with `args` (after --url and kAsLiquibase) in the topic's folder.
  Outcome run(const TestDatabase& db, std::vector<std::string> args) const;
  /// A file of out/, as read_golden reads it.
  std::string expected(const std::string& file) const { return read_golden(golden_ / "out" / file); }
  const std::filesystem::path& golden() const { return golden_; }
  /// The folder basalt runs in, holding the copied changelogs (a test may edit them there).
  const std::filesystem::path& folder() const { return dir_.path(); }

 private:
  std::filesystem::path golden_;
  TempDir dir_;
};

/// databasechangelog as the capture scripts dump it (NAME.tracker.tsv): id, author, filename,
/// orderexecuted, exectype, md5sum, description, comments, contexts, labels, tab-separated.
std::string golden_tracker(const TestDatabase& db);

/// The statements of a script, one per line: comments, blank lines, the SET SEARCH_PATH Liquibase
/// prints before each change-set and the lines that differ from run to run (DEPLOYMENT_ID,
/// LOCKEDBY) left out.
std::string script_statements(const std::string& script);

/// A script's lines as the golden tests compare basalt's with Liquibase's: no blank lines, none of
/// Liquibase's SET SEARCH_PATH lines, none of the lines that name the run (Ran at, Against, Liquibase
/// version), and the run's LOCKEDBY and DEPLOYMENT_ID masked as the capture scripts mask them.
std::string masked_script(const std::string& script);

/// The tracker columns basalt and Liquibase write the same way, from golden_tracker's text: id,
/// exectype, md5sum, description (ORDEREXECUTED shifts where change-sets are left out), one line per
/// row in the order they ran, without the change-sets `left_out`.
std::string tracker_columns(const std::string& tsv, const std::set<std::string>& left_out);


}  // namespace basalt::testing

/// Fails the calling test case when there is no test server: a server test that cannot reach one
/// has proven nothing, so it must not pass (scripts/test.sh starts one and sets BASALT_TEST_URL).
#define REQUIRE_SERVER()                                                                          \
  do {                                                                                            \
    if (!basalt::testing::server_url())                                                           \
      FAIL("no test server (BASALT_TEST_URL is not set): run the suite with scripts/test.sh");   \
  } while (0)
