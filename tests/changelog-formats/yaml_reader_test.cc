// The YAML reader: the neutral tree it builds, SnakeYAML's scalar meanings, and malformed input.
#include "changelog-formats/yaml/yaml_reader.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

Node parse(const std::string& text) {
  Diagnostics diags;
  std::optional<Node> n = parse_yaml(text, "t.yaml", diags);
  REQUIRE(diags.empty());
  REQUIRE(n.has_value());
  return *n;
}

std::string problems_of(const std::string& text) {
  Diagnostics diags;
  parse_yaml(text, "t.yaml", diags);
  return testing::rendered(diags, text);
}

TEST_CASE("a map keeps its keys in written order with 1-based lines and columns") {
  Node n = parse("b: 1\na:\n  - x\n  - {y: z}\n");
  REQUIRE(n.is_map());
  REQUIRE(n.entries.size() == 2);
  CHECK(n.entries[0].key == "b");
  CHECK(n.entries[1].key == "a");
  CHECK(n.entries[1].key_where.line == 2);
  CHECK(n.entries[1].key_where.column == 1);
  CHECK(n.entries[1].key_where.file == "t.yaml");
  const Node& list = n.entries[1].value;
  REQUIRE(list.is_list());
  CHECK(list.items[0].text == "x");
  CHECK(list.items[0].where.line == 3);
  CHECK(list.items[0].where.column == 5);
  CHECK(list.items[1].entries[0].value.where.column == 9);
}

TEST_CASE("plain YAML 1.1 booleans become true and false as SnakeYAML reads them") {
  Node n = parse("a: NO\nb: yes\nc: On\nd: off\ne: TRUE\nf: False\ng: 'no'\nh: y\ni: n\n");
  CHECK(n.entries[0].value.text == "false");
  CHECK(n.entries[1].value.text == "true");
  CHECK(n.entries[2].value.text == "true");
  CHECK(n.entries[3].value.text == "false");
  CHECK(n.entries[4].value.text == "true");
  CHECK(n.entries[5].value.text == "false");
  CHECK(n.entries[6].value.text == "no");  // quoted: text
  CHECK(n.entries[6].value.quoted);
  CHECK(n.entries[7].value.text == "y");  // not a boolean in SnakeYAML's YAML 1.1
  CHECK(n.entries[8].value.text == "n");
}

TEST_CASE("keys are never read as booleans") {
  Node n = parse("on: 1\nno: 2\n");
  CHECK(n.entries[0].key == "on");
  CHECK(n.entries[1].key == "no");
}

TEST_CASE("plain numbers are read as Liquibase reads them, quoted ones keep their text") {
  Node n = parse("a: 1000\nb: 9.99\nc: 010\nd: 1.10\ne: '010'\nf: \"1.10\"\n");
  CHECK(n.entries[0].value.text == "1000");
  CHECK(n.entries[1].value.text == "9.99");
  CHECK(n.entries[2].value.text == "8");  // YAML 1.1 octal
  CHECK(n.entries[3].value.text == "1.1");  // a Double, printed by Java
  CHECK(n.entries[4].value.text == "010");
  CHECK(n.entries[5].value.text == "1.10");
  CHECK_FALSE(n.entries[0].value.quoted);
  CHECK(n.entries[4].value.quoted);
}

TEST_CASE("null, tilde and empty values are null nodes placed at their key, quoted null is text") {
  Node n = parse("a: null\nb: ~\nc:\nd: 'null'\ne: NULL\n");
  CHECK(n.entries[0].value.is_null());
  CHECK(n.entries[1].value.is_null());
  CHECK(n.entries[2].value.is_null());
  CHECK(n.entries[2].value.where.line == 3);
  CHECK(n.entries[3].value.is_scalar());
  CHECK(n.entries[3].value.text == "null");
  CHECK(n.entries[4].value.is_null());
}

TEST_CASE("block scalars are text that is not plain") {
  Node n = parse("sql: |\n  select 1;\n  select 2;\n");
  CHECK(n.entries[0].value.text == "select 1;\nselect 2;\n");
  CHECK(n.entries[0].value.quoted);
}

TEST_CASE("Windows line endings and a byte order mark change nothing") {
  Node n = parse(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: |\r\n  x\r\n  y\r\nc: z\r\n");
  CHECK(n.entries[0].key == "a");
  CHECK(n.entries[0].value.text == "1");
  CHECK(n.entries[1].value.text == "x\ny\n");
  CHECK(n.entries[2].value.text == "z");
  CHECK(n.entries[2].key_where.line == 5);
}

TEST_CASE("an alias repeats the anchored value") {
  Node n = parse("a: &col {name: id, type: int}\nb: *col\n");
  REQUIRE(n.entries[1].value.is_map());
  CHECK(n.entries[1].value.entries[1].value.text == "int");
}

TEST_CASE("an empty document is a null root") {
  CHECK(parse("").is_null());
  CHECK(parse("# nothing here\n").is_null());
}

TEST_CASE("malformed YAML is reported where yaml-cpp stopped") {
  CHECK(problems_of("databaseChangeLog:\n  - changeSet:\n      id: 1\n     author: x\n") ==
        "t.yaml:4:6: error: invalid YAML: end of map not found\n"
        "       author: x\n"
        "       ^\n");
  CHECK(problems_of("a:\n\tb: 1\n") ==
        "t.yaml:2:3: error: invalid YAML: illegal map value\n"
        "  \tb: 1\n"
        "  \t ^\n");
  CHECK(problems_of("columns:\n  - column: {name: id, type: int[]}\n") ==
        "t.yaml:2:33: error: invalid YAML: end of map flow not found\n"
        "    - column: {name: id, type: int[]}\n"
        "                                  ^\n");
}

TEST_CASE("a repeated key is reported and the first one is kept") {
  Diagnostics diags;
  std::optional<Node> n = parse_yaml("id: 1\nauthor: a\nid: 2\n", "t.yaml", diags);
  REQUIRE(n.has_value());
  REQUIRE(n->entries.size() == 2);
  CHECK(n->entries[0].value.text == "1");
  CHECK(testing::rendered(diags, "id: 1\nauthor: a\nid: 2\n") ==
        "t.yaml:3:1: error: key 'id' appears twice in the same map (first at line 1)\n"
        "  id: 2\n"
        "  ^\n"
        "  remove one of them\n");
}

TEST_CASE("a comma inside a plain value of a flow map is refused as SnakeYAML does") {
  CHECK(problems_of("- column: {name: price, type: decimal(5,2)}\n") ==
        "t.yaml:1:41: error: '2)' has no value: in a {...} map a comma ends the value before it\n"
        "  - column: {name: price, type: decimal(5,2)}\n"
        "                                          ^\n"
        "  quote a value that holds commas: 'decimal(5,2)'\n");
  CHECK(problems_of("- column: {name: price, type: 'decimal(5,2)', remarks: }\n").empty());
}

TEST_CASE("a map key that is not text is reported") {
  CHECK(problems_of("? [a]\n: b\n") ==
        "t.yaml:1:3: error: a map key must be text, not a list\n  ? [a]\n    ^\n");
}

TEST_CASE("nesting deeper than the limit is reported once and not read") {
  std::string deep(300, '[');
  deep += std::string(300, ']');
  Diagnostics diags;
  std::optional<Node> n = parse_yaml(deep, "t.yaml", diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].message == "values nest deeper than 200 levels");
  CHECK(diags.items()[0].where.column == 201);
}

TEST_CASE("aliases that multiply values beyond the limit are refused") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'h'; ++c, ++prev) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  Diagnostics diags;
  CHECK_FALSE(parse_yaml(bomb, "t.yaml", diags).has_value());
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].message == "more than 1000000 values in one file");
}

TEST_CASE("a second YAML document is reported") {
  CHECK(problems_of("a: 1\n---\nb: 2\n") ==
        "t.yaml:2:1: error: a changelog holds one YAML document; a second one starts here\n"
        "  ---\n"
        "  ^\n"
        "  remove the '---' line or move the rest to a file of its own\n");
}

TEST_CASE("JSON is read as the YAML it is") {
  Node n = parse("{\"databaseChangeLog\": [{\"changeSet\": {\"id\": \"1\", \"runAlways\": true}}]}");
  const Node& cs = n.entries[0].value.items[0].entries[0].value;
  CHECK(cs.entries[0].value.text == "1");
  CHECK(cs.entries[0].value.quoted);
  CHECK(cs.entries[1].value.text == "true");
}

TEST_CASE("a scalar knows where its text stands in the file when it stands there as it is") {
  Node n = parse("a: select 1\n"
                 "b: 'select 2'\n"
                 "c: 'it''s'\n"
                 "d: |\n"
                 "\n"
                 "    select 3;\n"
                 "    select 4\n"
                 "e: >\n"
                 "    folded\n"
                 "    lines\n");
  CHECK(n.entries[0].value.exact);
  CHECK(n.entries[0].value.where.column == 4);
  CHECK(n.entries[1].value.exact);
  CHECK(n.entries[1].value.where.column == 5);  // after the quote
  CHECK_FALSE(n.entries[2].value.exact);        // an escaped quote: the text is not the file's
  const Node& block = n.entries[3].value;
  CHECK(block.exact);
  CHECK(block.text == "\nselect 3;\nselect 4\n");
  CHECK(block.where.line == 5);    // the line after '|', blank as it is
  CHECK(block.where.column == 5);  // the block's indentation
  CHECK_FALSE(n.entries[4].value.exact);
}

}  // namespace
}  // namespace basalt::formats
