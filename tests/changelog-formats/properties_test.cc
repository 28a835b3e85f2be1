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

TEST_CASE("names compare without case; a global wins over a local, and the last local of a file wins") {
  PropertyTable t(Properties{{"Cli", "from-cli"}});
  t.define("local", "a1", false, "a.yaml");
  t.define("LOCAL", "a2", false, "a.yaml");
  t.define("shared", "local", false, "a.yaml");
  t.define("Shared", "global", true, "b.yaml");
  CHECK(t.expand("${cli}|${Local}|${shared}", "a.yaml") == "from-cli|a2|global");
}

TEST_CASE("a property scoped to a context, labels or dbms exists only when the run admits it") {
  PropertyTable dev(Properties{}, {"dev"}, std::string("core"));
  dev.define("p", "prod-only", true, "f", {std::string("prod"), std::nullopt, std::nullopt});
  dev.define("p", "dev", true, "f", {std::string("dev, test"), std::nullopt, std::nullopt});
  dev.define("q", "mysql", true, "f", {std::nullopt, std::nullopt, std::string("mysql")});
  dev.define("q", "pg", true, "f", {std::nullopt, std::nullopt, std::string("postgresql")});
  dev.define("r", "slow", true, "f", {std::nullopt, std::string("slow"), std::nullopt});
  dev.define("r", "core", true, "f", {std::nullopt, std::string("core"), std::nullopt});
  CHECK(dev.expand("${p} ${q} ${r}", "f") == "dev pg core");

  // No --contexts: a context-scoped property exists, as every context matches then.
  PropertyTable none(Properties{});
  none.define("p", "prod-only", true, "f", {std::string("prod"), std::nullopt, std::nullopt});
  CHECK(none.expand("${p}", "f") == "prod-only");
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


}  // namespace
}  // namespace basalt::formats
