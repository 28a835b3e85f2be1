// The generator's tags say what PostgreSQL's parser reads in the text they are on: the same form,
// the same relation, the same referenced tables. Every change type, and the variants whose tags
// differ (defaults, schemas, quoted names, references).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/safety/safety.h"
#include "engine/sql/generate.h"
#include "tests/changelog-formats/test_helpers.h"
#include "tests/engine/every_change.h"
#include "tests/engine/yaml_changes.h"

namespace basalt::safety {
namespace {

// Change types whose statements are the changelog's own SQL: the parser reads them, untagged.
bool raw(const std::string& type) { return type == "sql" || type == "sqlFile" || type == "createProcedure"; }

struct Checked {
  int tagged = 0, untagged = 0;
};

// Checks every statement of `changes`; `raw_ok`: untagged statements whose form the parser knows
// are allowed.
Checked check_changes(const std::vector<model::Change>& changes, bool raw_ok) {
  Checked out;
  sql::Target target;
  for (const model::Change& change : changes) {
    for (const sql::Statement& s : sql::generate(change, target)) {
      if (s.is_command || s.text.empty()) continue;
      CAPTURE(s.text);
      const auto classified = classify_sql(s.text);
      REQUIRE(classified);
      if (!s.tag) {
        ++out.untagged;
        if (raw_ok) continue;  // the changelog's SQL: several statements, maybe
        REQUIRE(classified->size() == 1);
        CHECK(classified->front().forms.empty());  // a form the parser knows, the generator should have tagged
        continue;
      }
      REQUIRE(classified->size() == 1);
      const Classified& c = classified->front();
      ++out.tagged;
      CHECK(c.forms == std::vector<Form>{s.tag->form});
      CHECK(c.relations == std::vector<std::string>{s.tag->relation});
      CHECK(c.referenced == s.tag->referenced);
      // The facts follow from the tag, not from parsing the text.
      const Facts facts = facts_of(s);
      CHECK(facts.known);
      CHECK(facts.forms == std::vector<Form>{s.tag->form});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("each change type's statements carry tags that PostgreSQL's parser confirms") {
  int tagged = 0;
  for (const testing::Written& w : testing::kChanges) {
    const std::string type = w.type;
    CAPTURE(type);
    const std::string text = testing::yaml_changelog(w);
    const formats::ReadResult r = testing::read_as(text, "changelog.yaml");
    REQUIRE_MESSAGE(r.ok(), formats::testing::rendered(r.diagnostics, text));
    tagged += check_changes(r.changelog.change_sets.at(0).changes, raw(w.type)).tagged;
  }
  CHECK(tagged >= 40);
}

TEST_CASE("tags of the variants: defaults, schemas, quoted names, references, NOT VALID") {
  const Checked c = check_changes(testing::changes_of(R"(- createTable:
    tableName: Person
    schemaName: app
    columns:
    - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}
    - column: {name: team_id, type: int, constraints: {references: team(id), foreignKeyName: fk_team}}
    - column: {name: boss, type: int, constraints: {referencedTableName: Boss, referencedTableSchemaName: other, referencedColumnNames: id, foreignKeyName: fk_boss}}
    - column: {name: org, type: int, constraints: {references: '"Org".units(id)', foreignKeyName: fk_org}}
- createTable: {tableName: scratch, tableType: TEMPORARY, columns: [{column: {name: a, type: int}}]}
- addColumn:
    tableName: person
    columns:
    - column: {name: plain, type: int}
    - column: {name: fixed, type: int, defaultValueNumeric: 5}
    - column: {name: flag, type: boolean, defaultValueBoolean: true}
    - column: {name: seq, type: bigint, autoIncrement: true}
    - column: {name: s, type: serial}
    - column: {name: nxt, type: bigint, defaultValueSequenceNext: person_seq}
    - column: {name: filled, type: int, value: 3, constraints: {nullable: false, unique: true}}
    - column: {name: owner, type: int, constraints: {referencedTableName: person, referencedColumnNames: id, foreignKeyName: fk_owner}}
- addForeignKeyConstraint: {baseTableName: a, baseColumnNames: x, referencedTableName: B, referencedColumnNames: id, constraintName: fk_ab, validate: false}
- addDefaultValue: {tableName: person, columnName: c, defaultValueSequenceNext: person_seq}
- renameView: {oldViewName: v, newViewName: w}
- mergeColumns: {tableName: person, column1Name: a, column2Name: b, finalColumnName: ab, finalColumnType: text, joinString: ' '}
- addLookupTable: {existingTableName: person, existingColumnName: state, newTableName: state, newColumnName: code, constraintName: fk_state}
- createView: {viewName: v2, selectQuery: SELECT 1 AS one, remarks: a view}
)"),
                                  false);
  CHECK(c.tagged >= 20);
  CHECK(c.untagged == 1);  // CREATE TABLE AS, a form basalt does not know
}

TEST_CASE("a computed default is the parser's to read: the generator leaves it untagged") {
  const std::vector<model::Change> changes = testing::changes_of(R"(- addColumn:
    tableName: person
    columns:
    - column: {name: at, type: timestamptz, defaultValueComputed: now()}
    - column: {name: token, type: uuid, defaultValueComputed: gen_random_uuid()}
)");
  const sql::Statements s = sql::generate(changes.at(0), sql::Target{});
  REQUIRE(s.size() == 2);
  CHECK(!s[0].tag);
  CHECK(!s[1].tag);
  CHECK(facts_of(s[0]).forms == std::vector<Form>{Form::add_column_constant_default});
  CHECK(facts_of(s[1]).forms == std::vector<Form>{Form::add_column_volatile_default});
  CHECK(facts_of(s[1]).rewrites);
}

}  // namespace basalt::safety
