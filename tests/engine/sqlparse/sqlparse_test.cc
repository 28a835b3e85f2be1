// PostgreSQL's parser as basalt uses it, and basalt's statement splitter checked against it: on every
// SQL text of the corpus, the examples and the formatted-SQL splitting goldens that PostgreSQL 15's
// grammar accepts and that has no delimiter of Liquibase's own (GO, '/', endDelimiter), basalt's
// statements are PostgreSQL's.
#include "engine/sqlparse/sqlparse.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "changelog-formats/reader.h"
#include "engine/core/text.h"
#include "engine/sql/split.h"

namespace fs = std::filesystem;
using namespace basalt;

namespace {

std::vector<std::string> texts(std::string_view sql, const sqlparse::Result& r) {
  std::vector<std::string> out;
  for (const sqlparse::Span& s : r.statements) out.emplace_back(sql.substr(s.offset, s.length));
  return out;
}

// A statement as both sides may write it: comments dropped, blanks trimmed; empty ones left out.
std::vector<std::string> comparable(const std::vector<std::string>& statements) {
  std::vector<std::string> out;
  for (const std::string& s : statements) {
    std::string bare(text::trim(sql::strip_sql_comments(s)));
    while (!bare.empty() && bare.back() == ';') bare = std::string(text::trim(bare.substr(0, bare.size() - 1)));
    if (!bare.empty()) out.push_back(bare);
  }
  return out;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Liquibase's own delimiters besides ';' (a line holding only GO or '/'), where basalt follows
// Liquibase rather than PostgreSQL.
bool has_liquibase_delimiter_line(std::string_view sql) {
  std::istringstream lines{std::string(sql)};
  for (std::string line; std::getline(lines, line);) {
    const std::string_view t = text::trim(line);
    if (t == "/" || text::iequals(t, "go")) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("PostgreSQL's scanner bounds statements at ';' outside quotes, dollar quotes and comments") {
  const std::string sql = "-- lead\nCREATE TABLE a (id int); INSERT INTO a VALUES ('x;y');\n"
                          "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql;; select 2";
  const sqlparse::Result r = sqlparse::split(sql);
  REQUIRE(!r.failed);
  CHECK(comparable(texts(sql, r)) ==
        std::vector<std::string>{"CREATE TABLE a (id int)", "INSERT INTO a VALUES ('x;y')",
                                 "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql",
                                 "select 2"});
  CHECK(sqlparse::split("select 'open").failed);
}

TEST_CASE("PostgreSQL's grammar refuses what the server would, at the byte it stopped") {
  const sqlparse::Result ok = sqlparse::parse("select 1; create table t (id int)");
  REQUIRE(!ok.failed);
  CHECK(texts("select 1; create table t (id int)", ok).back() == " create table t (id int)");
  const sqlparse::Result bad = sqlparse::parse("select 1; select 1 frm x");
  REQUIRE(bad.failed);
  CHECK(bad.error.message == "syntax error at or near \"x\"");
  CHECK(bad.error.offset == 23);
}

TEST_CASE("basalt splits every corpus and golden SQL text as PostgreSQL does, where Liquibase agrees") {
  const fs::path root(BASALT_SOURCE_DIR);
  int compared = 0, statements = 0, skipped = 0;
  for (const fs::path& base : {root / "tests" / "corpus", root / "tests" / "golden" / "liquibase" / "formatted-sql" / "splitting",
                               root / "examples"}) {
    for (const auto& entry : fs::recursive_directory_iterator(base)) {
      // out/ and expected/ hold what Liquibase printed and pg_dump's schemas, not changelogs.
      const std::string folder = entry.path().parent_path().filename().string();
      if (!entry.is_regular_file() || entry.path().extension() != ".sql" || folder == "out" || folder.starts_with("expected"))
        continue;
      const std::string content = read_file(entry.path());
      // (text, split options) of each SQL body the file holds: a formatted-SQL changelog's
      // change-sets, or a plain file's whole text as sqlFile reads it.
      std::vector<std::pair<std::string, sql::SplitOptions>> bodies;
      if (text::starts_with_icase(text::trim(content), "--liquibase formatted sql")) {
        formats::ReadResult r = formats::read_changelog(entry.path().string());
        if (!r.ok()) continue;  // the goldens' refused files
        for (const model::ChangeSet& cs : r.changelog.change_sets)
          for (const model::Change& c : cs.changes)
            if (const auto* s = std::get_if<model::Sql>(&c))
              bodies.push_back({s->sql.value_or(""), {s->split_statements.value_or(true), false, s->end_delimiter.value_or("")}});
      } else {
        bodies.push_back({content, {}});
      }
      for (const auto& [body, options] : bodies) {
        if (!options.split_statements || !options.end_delimiter.empty() || has_liquibase_delimiter_line(body)) {
          ++skipped;
          continue;
        }
        // The grammar's statements: the scanner alone cuts a BEGIN ATOMIC body at its inner ';'.
        const sqlparse::Result pg = sqlparse::parse(body);
        if (pg.failed) {  // not SQL PostgreSQL 15 parses (a golden's deliberate error)
          ++skipped;
          continue;
        }
        const std::vector<std::string> theirs = comparable(texts(body, pg));
        const std::string where = entry.path().lexically_relative(root).string();
        CAPTURE(where);
        const std::vector<std::string> ours = comparable(sql::split_sql(body, options));
        INFO("basalt:\n", text::join(ours, "\n---\n"), "\nPostgreSQL:\n", text::join(theirs, "\n---\n"));
        CHECK(ours == theirs);
        ++compared;
        statements += static_cast<int>(theirs.size());
      }
    }
  }
  MESSAGE("compared ", compared, " SQL texts (", statements, " statements), skipped ", skipped);
  CHECK(compared > 100);
}
