// Splitting sql change text into statements.
#include "engine/sql/split.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace basalt::sql {
namespace {
using Lines = std::vector<std::string>;
Lines split(std::string_view s, SplitOptions o = {}) { return split_sql(s, o); }
}  // namespace

TEST_CASE("semicolons split; quotes and comments are respected") {
  CHECK(split("a; b;") == Lines{"a", "b"});
  CHECK(split("insert into t values ('semi;colon'); select 2") ==
        Lines{"insert into t values ('semi;colon')", "select 2"});
  CHECK(split("select 1 -- no; split here\n; select \"x;y\" from t") ==
        Lines{"select 1 -- no; split here", "select \"x;y\" from t"});
  CHECK(split("select /* ; */ 1;") == Lines{"select /* ; */ 1"});
  CHECK(split("select 'it''s; fine';") == Lines{"select 'it''s; fine'"});
}

TEST_CASE("dollar-quoted bodies are never cut (Liquibase cuts them)") {
  const std::string fn =
      "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN IF x THEN RAISE 'a;b'; END IF; RETURN NEW; END $body$ "
      "LANGUAGE plpgsql";
  CHECK(split(fn + ";\nselect 1;") == Lines{fn, "select 1"});
  CHECK(split("DO $$ BEGIN PERFORM 1; END $$; select $1") == Lines{"DO $$ BEGIN PERFORM 1; END $$", "select $1"});
}

TEST_CASE("E'' strings take backslash escapes; plain strings do not") {
  CHECK(split("select E'it\\'s; one'; select 2") == Lines{"select E'it\\'s; one'", "select 2"});
  CHECK(split("select e'a\\\\'; select 2") == Lines{"select e'a\\\\'", "select 2"});
  // In a standard string a backslash is a plain character, so the quote after it closes it.
  CHECK(split("select 'a\\'; select 2") == Lines{"select 'a\\'", "select 2"});
  // "name'..." is not an E string: the E must start a word.
  CHECK(split("select typE'x;y'") == Lines{"select typE'x;y'"});
}

TEST_CASE("a BEGIN ATOMIC body is one statement with its inner semicolons and CASE ... END") {
  const std::string fn =
      "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN x > 0 THEN 1 "
      "ELSE 2 END; END";
  CHECK(split(fn + ";\nselect 3;") == Lines{fn, "select 3"});
  CHECK(split("begin; select 1; commit;") == Lines{"begin", "select 1", "commit"});
}

TEST_CASE("GO on its own line and custom end delimiters") {
  CHECK(split("create table a (id int)\nGO\ncreate table b (id int)\ngo\n") ==
        Lines{"create table a (id int)", "create table b (id int)"});
  SplitOptions slash;
  slash.end_delimiter = "/";
  CHECK(split("select 1; select 2\n/\nselect 3\n/", slash) == Lines{"select 1; select 2", "select 3"});
  SplitOptions bangs;
  bangs.end_delimiter = "!!";
  CHECK(split("select 1!!select '!!' !!", bangs) == Lines{"select 1", "select '!!'"});
}

TEST_CASE("a regular-expression endDelimiter cuts where it matches code, the match removed") {
  SplitOptions lines;
  lines.end_delimiter = "\\n/\\s*\\n|\\n/\\s*$";  // Liquibase's documented one, as written in a changelog
  CHECK(split("create table s (n int)\n/\ninsert into s values (10\n/ 5)\n/\n", lines) ==
        Lines{"create table s (n int)", "insert into s values (10\n/ 5)"});
  SplitOptions either;
  either.end_delimiter = "@@|!!";
  CHECK(split("create table s (n int) @@ insert into s values (1)!!select '@@' -- @@\n", either) ==
        Lines{"create table s (n int)", "insert into s values (1)", "select '@@' -- @@"});
  SplitOptions klass;
  klass.end_delimiter = "[@!]";
  CHECK(split("select 1@ select $$a!b$$ ! select 3", klass) == Lines{"select 1", "select $$a!b$$", "select 3"});
  // One that matches nothing but empty text, or does not compile, is refused by validation.
  CHECK(end_delimiter_problem("||"));
  CHECK(end_delimiter_problem("(@@"));
  CHECK(!end_delimiter_problem("@@|!!"));
  CHECK(!end_delimiter_problem("$$"));
  CHECK(!end_delimiter_problem("GO"));
}

TEST_CASE("comment-only pieces are dropped; stripping comments and not splitting") {
  CHECK(split("select 1; -- trailing comment\n") == Lines{"select 1"});
  SplitOptions strip;
  strip.strip_comments = true;
  CHECK(split("-- lead\nselect 1; /* x */ select 2;", strip) == Lines{"select 1", "select 2"});
  SplitOptions whole;
  whole.split_statements = false;
  CHECK(split("  select 1; select 2;  ", whole) == Lines{"select 1; select 2;"});
  CHECK(split("").empty());
}

TEST_CASE("unterminated quotes and comments do not hang or crash") {
  CHECK(split("select 'oops; more") == Lines{"select 'oops; more"});
  CHECK(split("select 1 /* never closed; ") == Lines{"select 1 /* never closed;"});
  CHECK(split("select $a$ never closed;") == Lines{"select $a$ never closed;"});
}

TEST_CASE("an endDelimiter word cuts wherever it stands as a word, in any case; a dollar one where it stands") {
  // tests/golden/liquibase/formatted-sql/splitting: end-delimiter-go-mid-line, end-delimiter-dollars.
  SplitOptions go;
  go.end_delimiter = "GO";
  CHECK(split_sql("CREATE TABLE s (n int, v text) GO INSERT INTO s VALUES (1, 'a; b') go\n"
                  "INSERT INTO s VALUES (2, 'goal')\nGO\n",
                  go) == std::vector<std::string>{"CREATE TABLE s (n int, v text)", "INSERT INTO s VALUES (1, 'a; b')",
                                                  "INSERT INTO s VALUES (2, 'goal')"});
  SplitOptions dollars;
  dollars.end_delimiter = "$$";
  CHECK(split_sql("CREATE TABLE s (n int, v text)$$\nINSERT INTO s VALUES (1, 'a; b')$$\nINSERT INTO s VALUES (2, 'c')\n",
                  dollars) == std::vector<std::string>{"CREATE TABLE s (n int, v text)", "INSERT INTO s VALUES (1, 'a; b')",
                                                       "INSERT INTO s VALUES (2, 'c')"});
}

TEST_CASE("GO and / cut where a line starts with them and nothing follows, as Liquibase cuts there") {
  // tests/golden/liquibase/formatted-sql/splitting: slash-default, go-default, go-indented,
  // go-mid-line, go-at-line-start, division-at-line-start.
  CHECK(split("CREATE TABLE s (n int)\n/\nINSERT INTO s VALUES (1); INSERT INTO s VALUES (2)\n/\nSELECT 3;") ==
        Lines{"CREATE TABLE s (n int)", "INSERT INTO s VALUES (1)", "INSERT INTO s VALUES (2)", "SELECT 3"});
  CHECK(split("SELECT 1\ngo  \nSELECT 2\nGO;\nSELECT 3") == Lines{"SELECT 1", "SELECT 2", "SELECT 3"});
  // Indented, they are not delimiters (Liquibase sends them, and the server refuses them).
  CHECK(split("SELECT 1\n  GO\nSELECT 2\n  /\nSELECT 3") == Lines{"SELECT 1\n  GO\nSELECT 2\n  /\nSELECT 3"});
  // With more on the line they are PostgreSQL's (Liquibase cuts there and the statement fails).
  CHECK(split("CREATE TABLE s (n int,\ngo int);\nSELECT (10\n/ 2)") == Lines{"CREATE TABLE s (n int,\ngo int)", "SELECT (10\n/ 2)"});
  SplitOptions slash;
  slash.end_delimiter = "/";
  CHECK(split_sql("SELECT 1;\n/\nSELECT 2 / 1\n  /\nGO\n/", slash) == std::vector<std::string>{"SELECT 1;", "SELECT 2 / 1\n  /\nGO"});
}

TEST_CASE("the last change-set ending in a '/' line keeps its ';' inside and loses the one before the '/'") {
  // tests/golden/liquibase/formatted-sql/splitting: slash-last-change-set, slash-end-variants.
  SplitOptions last;
  last.end_delimiter = "\n/$";
  CHECK(split_sql("CREATE TABLE s (n int);\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\n/",
                  last) == std::vector<std::string>{"CREATE TABLE s (n int);\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS "
                                                    "$$\nBEGIN\n  RETURN 1;\nEND;\n$$"});
  CHECK(split_sql("INSERT INTO s VALUES (1)\n/\n", last) == std::vector<std::string>{"INSERT INTO s VALUES (1)"});
}

TEST_CASE("a text not split loses its endDelimiter at the end, and keeps its final ';'") {
  // tests/golden/liquibase/formatted-sql/splitting: split-false-end-delimiter, split-false-plain.
  SplitOptions whole;
  whole.split_statements = false;
  whole.end_delimiter = "#";
  CHECK(split_sql("SELECT 1;\nSELECT 2#\n", whole) == std::vector<std::string>{"SELECT 1;\nSELECT 2"});
  whole.end_delimiter = "";
  CHECK(split_sql("SELECT 1;\nGO\nSELECT 2;\n", whole) == std::vector<std::string>{"SELECT 1;\nGO\nSELECT 2;"});
}

TEST_CASE("a script ends each statement with the endDelimiter when Liquibase would print it, else with ';'") {
  // tests/golden/liquibase/formatted-sql: splitting (end-delimiter-*, slash-last-change-set) and
  // attributes (endDelimiter:#, and rollbackEndDelimiter:#, which Liquibase's endDelimiter pattern
  // reads as the change-set's endDelimiter too).
  CHECK(script_terminator("") == ";");
  CHECK(script_terminator(";") == ";");
  CHECK(script_terminator("/") == "/");
  CHECK(script_terminator("GO") == "GO");
  CHECK(script_terminator(";;") == ";;");
  CHECK(script_terminator("@@") == "@@");
  CHECK(script_terminator("xx") == "xx");
  CHECK(script_terminator("--") == "--");
  CHECK(script_terminator("\n/$") == "\n/");  // the last change-set ending in a '/' line
  CHECK(script_terminator("#") == ";");
  CHECK(script_terminator("$$") == ";");
  CHECK(script_terminator("!!") == ";");
  CHECK(script_terminator("@@|!!") == ";");
  CHECK(script_terminator("\\n/\\s*\\n|\\n/\\s*$") == ";");  // a regex written out
  CHECK(script_terminator("\\r") == "\r");
}

}  // namespace basalt::sql
