// Identifier quoting (Liquibase's LEGACY strategy) and literals.
#include "engine/sql/quote.h"

#include <doctest/doctest.h>

namespace basalt::sql {

TEST_CASE("lower-case names that are not reserved stay bare") {
  CHECK(quote_name("person") == "person");
  CHECK(quote_name("order_line_2") == "order_line_2");
  CHECK(quote_name("_hidden") == "_hidden");
}

TEST_CASE("reserved words, upper case, embedded quotes, unicode and odd characters are quoted") {
  CHECK(quote_name("user") == "\"user\"");
  CHECK(quote_name("order") == "\"order\"");
  CHECK(quote_name("full") == "\"full\"");
  CHECK(quote_name("MixedCaseTable") == "\"MixedCaseTable\"");
  CHECK(quote_name("USER") == "\"USER\"");
  CHECK(quote_name("ORDER") == "\"ORDER\"");
  CHECK(quote_name("say\"hi") == "\"say\"\"hi\"");
  CHECK(quote_name("café") == "\"café\"");
  CHECK(quote_name("with space") == "\"with space\"");
  CHECK(quote_name("a-b") == "\"a-b\"");
  CHECK(quote_name("1st") == "\"1st\"");
  CHECK(quote_name("") == "\"\"");
}

TEST_CASE("all-upper-case names stay bare, as Liquibase writes its own tracker columns") {
  CHECK(quote_name("ID") == "ID");
  CHECK(quote_name("FILENAME") == "FILENAME");
  CHECK(quote_name("DEPLOYMENT_ID") == "DEPLOYMENT_ID");
}

TEST_CASE("non-reserved key words stay bare, as in Liquibase's output") {
  CHECK(quote_name("name") == "name");
  CHECK(quote_name("value") == "value");
  CHECK(quote_name("type") == "type");
  CHECK_FALSE(is_reserved_word("name"));
  CHECK(is_reserved_word("select"));
}

TEST_CASE("qualify quotes each part") {
  CHECK(qualify("public", "t") == "public.t");
  CHECK(qualify("Billing", "user") == "\"Billing\".\"user\"");
  CHECK(qualify("", "t") == "t");
}

TEST_CASE("literals double their quotes") {
  CHECK(quote_literal("it's") == "'it''s'");
  CHECK(quote_literal("") == "''");
  CHECK(quote_literal("''") == "''''''");
}

}  // namespace basalt::sql
