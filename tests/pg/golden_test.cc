// What real Liquibase 4.28 printed and recorded (tests/golden/liquibase, captured by the capture.sh
// scripts there) against what basalt prints and records for the same changelogs: update-sql,
// tracker rows and rollback-count-sql, compared without Java.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/pg/support.h"

namespace fs = std::filesystem;
using namespace basalt::testing;

namespace {

const fs::path kGoldens = fs::path(BASALT_SOURCE_DIR) / "tests" / "golden" / "liquibase";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Liquibase's command line for `changelog` (kAsLiquibase).
std::vector<std::string> args(const TestDatabase& db, const std::string& changelog, std::vector<std::string> command) {
  std::vector<std::string> a{"--url", db.url(), "--changelog-file", changelog};
  a.insert(a.end(), kAsLiquibase.begin(), kAsLiquibase.end());
  a.insert(a.end(), command.begin(), command.end());
  return a;
}

// The tracker rows as the capture scripts dump them: tab-separated, NULL as `null_text`.
std::string tracker_rows(const TestDatabase& db, const std::string& null_text) {
  std::string n = "'" + null_text + "'";
  return db.query(
      "SELECT concat_ws(E'\\t', id, author, filename, orderexecuted, exectype, coalesce(md5sum, " + n +
      "), coalesce(description, " + n + "), coalesce(comments, " + n + "), coalesce(tag, " + n + "), liquibase, "
      "coalesce(contexts, " + n + "), coalesce(labels, " + n + ")) FROM databasechangelog ORDER BY orderexecuted");
}

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("bookshop: update-sql, the tracker rows and rollback-count-sql are Liquibase's") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  fs::copy(fs::path(BASALT_SOURCE_DIR) / "examples" / "bookshop", dir.path() / "bookshop", fs::copy_options::recursive);
  const fs::path golden = kGoldens / "bookshop";

  Outcome preview = run_basalt(args(db, "bookshop/changelog.yaml", {"update-sql"}), dir.path());
  REQUIRE(preview.exit_code == 0);
  CHECK(masked_script(preview.out) == masked_script(read_file(golden / "update.sql")));

  REQUIRE(run_basalt(args(db, "bookshop/changelog.yaml", {"update"}), dir.path()).exit_code == 0);
  CHECK(tracker_rows(db, "") == without_final_newline(read_file(golden / "tracker.tsv")));

  Outcome rollback = run_basalt(args(db, "bookshop/changelog.yaml", {"rollback-count-sql", "3"}), dir.path());
  REQUIRE(rollback.exit_code == 0);
  CHECK(masked_script(rollback.out) == masked_script(read_file(golden / "rollback-3.sql")));
}

TEST_CASE("unquoted YAML 1.1 scalars: update-sql and tracker rows are Liquibase's, byte for byte") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  const fs::path golden = kGoldens / "scalars";
  fs::copy(golden / "roundtrip.yaml", dir.path() / "roundtrip.yaml");
  setenv("TZ", "UTC", 1);  // the goldens were captured in UTC; dates print in the zone of the run
  Outcome preview = run_basalt(args(db, "roundtrip.yaml", {"update-sql"}), dir.path());
  REQUIRE(preview.exit_code == 0);
  CHECK(masked_script(preview.out) == masked_script(read_file(golden / "roundtrip.update.sql")));
  Outcome o = run_basalt(args(db, "roundtrip.yaml", {"update"}), dir.path());
  unsetenv("TZ");
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(tracker_rows(db, "\\N") == without_final_newline(read_file(golden / "roundtrip.tracker.tsv")));
}

TEST_CASE("YAML 1.1 scalars as attributes of typed changes: update-sql is Liquibase's, checksums included") {
  // Dates (a YAML date is a java.util.Date to Liquibase: valueDate 2024-01-01 is '2024-01-01 00:00:00'
  // and its checksum reads 2024-01-01T00:00:00), numbers (1e3 is 1000.0, which an integer column's
  // default writes as 1000) and booleans, in defaults, inserted values, sequences and change-sets.
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  const fs::path golden = kGoldens / "scalars";
  fs::copy(golden / "attributes.yaml", dir.path() / "attributes.yaml");
  setenv("TZ", "UTC", 1);
  Outcome preview = run_basalt(args(db, "attributes.yaml", {"update-sql"}), dir.path());
  unsetenv("TZ");
  INFO(preview.err);
  REQUIRE(preview.exit_code == 0);
  CHECK(masked_script(preview.out) == masked_script(read_file(golden / "attributes.update.sql")));
}
