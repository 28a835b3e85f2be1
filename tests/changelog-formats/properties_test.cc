// ${property} substitution and dbms selection of properties.
#include "changelog-formats/properties.h"

#include <doctest/doctest.h>

namespace basalt::formats {
namespace {

TEST_CASE("the command line wins, then the first definition visible from the file") {
  PropertyTable t(Properties{{"cli", "from-cli"}});
  t.define("cli", "from-changelog", true, "a.yaml");
  t.define("x", "first", true, "a.yaml");
  t.define("x", "second", true, "b.yaml");
  t.define("local", "only-a", false, "a.yaml");
  CHECK(t.expand("${cli}/${x}", "b.yaml") == "from-cli/first");
  CHECK(t.expand("${local}", "a.yaml") == "only-a");
  CHECK(t.expand("${local}", "b.yaml") == "${local}");
}

TEST_CASE("undefined, unterminated and empty references stay as written") {
  PropertyTable t(Properties{{"a", "1"}});
  CHECK(t.expand("${nope} ${a} ${a", "f") == "${nope} 1 ${a");
  CHECK(t.expand("$a {a} $${a}", "f") == "$a {a} $1");
  CHECK(t.expand("${}", "f") == "${}");
}

TEST_CASE("property values are themselves expanded, and a loop stays literal") {
  PropertyTable t(Properties{});
  t.define("schema", "${tenant}_data", true, "f");
  t.define("tenant", "acme", true, "f");
  t.define("a", "<${b}>", true, "f");
  t.define("b", "[${a}]", true, "f");
  CHECK(t.expand("${schema}.users", "f") == "acme_data.users");
  CHECK(t.expand("${a}", "f") == "<[${a}]>");
}

TEST_CASE("a substitution that grows beyond the limit is refused") {
  PropertyTable t(Properties{});
  t.define("p0", "xxxxxxxxxxxxxxxx", true, "f");
  for (int i = 1; i <= 20; ++i) {
    std::string prev = "${p" + std::to_string(i - 1) + "}";
    t.define("p" + std::to_string(i), prev + prev, true, "f");
  }
  CHECK(t.expand("${p10}", "f").has_value());
  CHECK_FALSE(t.expand("${p20}", "f").has_value());
}

TEST_CASE("a dbms list selects PostgreSQL as Liquibase's database lists do") {
  CHECK(dbms_includes_postgresql(""));
  CHECK(dbms_includes_postgresql("postgresql"));
  CHECK(dbms_includes_postgresql("mariadb, PostgreSQL"));
  CHECK(dbms_includes_postgresql("all"));
  CHECK(dbms_includes_postgresql("!mssql"));
  CHECK_FALSE(dbms_includes_postgresql("mssql"));
  CHECK_FALSE(dbms_includes_postgresql("postgres"));  // not Liquibase's name for it: gravitee relies on that
  CHECK_FALSE(dbms_includes_postgresql("!postgresql"));
  CHECK_FALSE(dbms_includes_postgresql("none"));
}

}  // namespace
}  // namespace basalt::formats
