// Problems in changelogs, each asserted as the exact text a user reads: location, excerpt, caret, hint.
#include <doctest/doctest.h>

#include "changelog-formats/file_system.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

using testing::only_change_set;
using testing::problems;

TEST_CASE("an unknown change type is reported with the closest Liquibase name") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - createTabel:\n"
                 "        tableName: t\n") ==
        "changelog.yaml:6:7: error: unknown change type 'createTabel'\n"
        "      - createTabel:\n"
        "        ^\n"
        "  did you mean 'createTable'?\n");
}

TEST_CASE("addColumn's afterColumn, beforeColumn and position are refused as Liquibase does on PostgreSQL") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - addColumn:\n"
                 "        tableName: t\n"
                 "        columns:\n"
                 "        - column: {name: x, type: int, afterColumn: id}\n"
                 "        - column:\n"
                 "            name: y\n"
                 "            position: 1\n") ==
        "changelog.yaml:9:40: error: addColumn: afterColumn is not supported on PostgreSQL\n"
        "          - column: {name: x, type: int, afterColumn: id}\n"
        "                                         ^\n"
        "  PostgreSQL always adds a column last; remove 'afterColumn' (Liquibase refuses it too)\n"
        "changelog.yaml:12:13: error: addColumn: position is not supported on PostgreSQL\n"
        "              position: 1\n"
        "              ^\n"
        "  PostgreSQL always adds a column last; remove 'position' (Liquibase refuses it too)\n");
}

TEST_CASE("a Liquibase change type basalt lacks is reported as not supported yet") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - createTrigger:\n"
                 "        triggerName: t\n"
                 "        tableName: t\n") ==
        "changelog.yaml:6:7: error: change type 'createTrigger' is not supported by basalt yet\n"
        "      - createTrigger:\n"
        "        ^\n"
        "  a 'sql' change can do the same, but it has another checksum: on a database where this change-set "
        "is already applied, also give it validCheckSum: with the MD5SUM stored for it in databasechangelog (or "
        "ANY)\n");
}

TEST_CASE("an unknown attribute is a warning with the closest known name, as Liquibase ignores it") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - createTable:\n"
                 "        tabelName: t\n"
                 "        columns:\n"
                 "        - column: {name: id, type: int}\n") ==
        "changelog.yaml:6:7: error: createTable is missing required attribute 'tableName'\n"
        "      - createTable:\n"
        "        ^\n"
        "changelog.yaml:7:9: warning: unknown attribute 'tabelName' of createTable is ignored\n"
        "          tabelName: t\n"
        "          ^\n"
        "  did you mean 'tableName'?\n");
}

TEST_CASE("missing required attributes are reported at the change and at the column") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - addColumn:\n"
                 "        columns:\n"
                 "        - column: {type: int}\n") ==
        "changelog.yaml:6:7: error: addColumn is missing required attribute 'tableName'\n"
        "      - addColumn:\n"
        "        ^\n"
        "changelog.yaml:8:11: error: column is missing required attribute 'name'\n"
        "          - column: {type: int}\n"
        "            ^\n");
}

TEST_CASE("values of the wrong kind are reported at the value") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - dropTable:\n"
                 "        tableName: {name: t}\n"
                 "    - createIndex: {tableName: t, unique: maybe, columns: [{column: {name: c}}]}\n"
                 "    - createSequence: {sequenceName: s, startValue: ten}\n") ==
        "changelog.yaml:7:20: error: attribute 'tableName' of dropTable must be text, not a map\n"
        "          tableName: {name: t}\n"
        "                     ^\n"
        "changelog.yaml:8:43: warning: attribute 'unique' of createIndex is 'maybe', which Liquibase reads as false\n"
        "      - createIndex: {tableName: t, unique: maybe, columns: [{column: {name: c}}]}\n"
        "                                            ^\n"
        "  write true or false (unquoted yes/no and on/off are booleans too)\n"
        "changelog.yaml:9:53: error: attribute 'startValue' of createSequence must be a whole number, not 'ten'\n"
        "      - createSequence: {sequenceName: s, startValue: ten}\n"
        "                                                      ^\n"
        "  Liquibase refuses it too\n");
}

TEST_CASE("a duplicate change-set identity points at the second and names the first") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n") ==
        "changelog.yaml:5:3: error: duplicate change-set 'changelog.yaml::1::a' (first defined at "
        "changelog.yaml:2:3)\n"
        "  - changeSet:\n"
        "    ^\n"
        "  give each change-set its own id\n");
}

TEST_CASE("two change-sets with one identity clash only when the run admits both, as in Liquibase") {
  const std::string text = "databaseChangeLog:\n"
                           "- changeSet: {id: 1, author: a, context: mysql}\n"
                           "- changeSet: {id: 1, author: a, context: postgresql}\n"
                           "- changeSet: {id: 2, author: a, dbms: mysql}\n"
                           "- changeSet: {id: 2, author: a, dbms: postgresql}\n";
  ReadOptions postgresql;
  postgresql.contexts = {"postgresql"};
  CHECK(problems(text, postgresql) == "");
  // Without --contexts every change-set runs, so both of id 1 do; the dbms still keeps id 2 apart.
  CHECK(problems(text) ==
        "changelog.yaml:3:3: error: duplicate change-set 'changelog.yaml::1::a' (first defined at "
        "changelog.yaml:2:3)\n"
        "  - changeSet: {id: 1, author: a, context: postgresql}\n"
        "    ^\n"
        "  give each change-set its own id\n");
}

TEST_CASE("a change-set without id and author is reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    comment: no identity\n") ==
        "changelog.yaml:2:3: error: changeSet is missing required attribute 'author'\n"
        "  - changeSet:\n"
        "    ^\n"
        "changelog.yaml:2:3: error: changeSet is missing required attribute 'id'\n"
        "  - changeSet:\n"
        "    ^\n");
}

TEST_CASE("every quoting strategy is read on change-sets and changelogs; an unknown one is an error") {
  CHECK(only_change_set("databaseChangeLog:\n"
                        "- changeSet:\n"
                        "    id: q\n"
                        "    author: a\n"
                        "    objectQuotingStrategy: QUOTE_ALL_OBJECTS\n"
                        "    changes: [{dropTable: {tableName: t}}]\n")
            .quoting_strategy == "QUOTE_ALL_OBJECTS");
  CHECK(only_change_set("databaseChangeLog:\n"
                        "- objectQuotingStrategy: QUOTE_ONLY_RESERVED_WORDS\n"
                        "- changeSet:\n"
                        "    id: q\n"
                        "    author: a\n"
                        "    changes: [{dropTable: {tableName: t}}]\n")
            .quoting_strategy == "QUOTE_ONLY_RESERVED_WORDS");
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: q\n"
                 "    author: a\n"
                 "    objectQuotingStrategy: QUOTE_SOME\n"
                 "    changes: [{dropTable: {tableName: t}}]\n") ==
        "changelog.yaml:5:28: error: unknown objectQuotingStrategy 'QUOTE_SOME'\n"
        "      objectQuotingStrategy: QUOTE_SOME\n"
        "                             ^\n"
        "  expected one of QUOTE_ALL_OBJECTS, QUOTE_ONLY_RESERVED_WORDS, LEGACY\n");
}

TEST_CASE("attributes written beside their change instead of under it are explained") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: i\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - createTable:\n"
                 "      tableName: t\n") ==
        "changelog.yaml:7:7: error: 'tableName' is an attribute of createTable but is not indented under it\n"
        "        tableName: t\n"
        "        ^\n"
        "  indent it further than 'createTable:'\n");
}

TEST_CASE("unknown precondition words are reported with suggestions") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: p\n"
                 "    author: a\n"
                 "    preConditions:\n"
                 "    - onFail: MARK_RUN\n"
                 "    - tableExist: {tableName: t}\n") ==
        "changelog.yaml:6:15: error: unknown onFail 'MARK_RUN'\n"
        "      - onFail: MARK_RUN\n"
        "                ^\n"
        "  did you mean 'MARK_RAN'?\n"
        "changelog.yaml:7:7: error: unknown precondition 'tableExist'\n"
        "      - tableExist: {tableName: t}\n"
        "        ^\n"
        "  did you mean 'tableExists'?\n");
}

TEST_CASE("an empty file is reported") {
  CHECK(problems("") ==
        "changelog.yaml:1:1: error: a changelog must start with 'databaseChangeLog:', and this file is "
        "empty\n");
}

TEST_CASE("a file without databaseChangeLog is reported") {
  CHECK(problems("changeSet:\n"
                 "  id: 1\n") ==
        "changelog.yaml:1:1: error: unknown key 'changeSet' at the top of a changelog, and no 'databaseChangeLog:'\n"
        "  changeSet:\n"
        "  ^\n"
        "  everything goes under 'databaseChangeLog:'\n");
}

TEST_CASE("an unknown entry of databaseChangeLog is reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSt:\n"
                 "    id: 1\n") ==
        "changelog.yaml:2:3: error: unknown entry 'changeSt' in databaseChangeLog\n"
        "  - changeSt:\n"
        "    ^\n"
        "  did you mean 'changeSet'?\n");
}

TEST_CASE("every problem of a file is reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: m\n"
                 "    author: a\n"
                 "    runOnChnage: true\n"
                 "    runAlways: sometimes\n"
                 "    changes:\n"
                 "    - sql:\n"
                 "        splitStatements: false\n"
                 "    - dropTable: {tableName: t, cascadeConstraint: true}\n") ==
        "changelog.yaml:5:5: warning: unknown attribute 'runOnChnage' of changeSet is ignored\n"
        "      runOnChnage: true\n"
        "      ^\n"
        "  did you mean 'runOnChange'?\n"
        "changelog.yaml:6:16: warning: attribute 'runAlways' of changeSet is 'sometimes', which Liquibase reads "
        "as false\n"
        "      runAlways: sometimes\n"
        "                 ^\n"
        "  write true or false (unquoted yes/no and on/off are booleans too)\n"
        "changelog.yaml:8:7: error: sql is missing required attribute 'sql'\n"
        "      - sql:\n"
        "        ^\n"
        "changelog.yaml:10:33: warning: unknown attribute 'cascadeConstraint' of dropTable is ignored\n"
        "      - dropTable: {tableName: t, cascadeConstraint: true}\n"
        "                                  ^\n"
        "  did you mean 'cascadeConstraints'?\n");
}

TEST_CASE("a non-column item in columns is a warning, as Liquibase ignores it") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: c\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - addColumn:\n"
                 "        tableName: t\n"
                 "        columns:\n"
                 "        - column: {name: a, type: int}\n"
                 "        - dropNotNullConstraint: {columnName: b}\n") ==
        "changelog.yaml:10:11: warning: 'dropNotNullConstraint' in 'columns' of addColumn is not a column "
        "and is ignored, as Liquibase ignores it\n"
        "          - dropNotNullConstraint: {columnName: b}\n"
        "            ^\n"
        "  each item of 'columns' is '- column: {name: ..., type: ...}'\n");
}

TEST_CASE("a value that is not a list of changes is reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: c\n"
                 "    author: a\n"
                 "    changes: drop table t\n"
                 "- changeSet:\n"
                 "    id: d\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - drop table t\n") ==
        "changelog.yaml:5:14: error: 'changes' must be a list of changes, not 'drop table t'\n"
        "      changes: drop table t\n"
        "               ^\n"
        "changelog.yaml:10:7: error: each item of 'changes' must be a change such as '- createTable:', not "
        "'drop table t'\n"
        "      - drop table t\n"
        "        ^\n");
}

TEST_CASE("a change that needs attributes but is given text is reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: t\n"
                 "    author: x\n"
                 "    changes:\n"
                 "    - createTable: users\n") ==
        "changelog.yaml:6:20: error: createTable needs attributes ('name: value' lines), not 'users'\n"
        "      - createTable: users\n"
        "                     ^\n");
}

TEST_CASE("a property without a value and a missing property file are reported") {
  CHECK(problems("databaseChangeLog:\n"
                 "- property: {name: a}\n"
                 "- property: {file: no-such.properties}\n"
                 "- property: {file: no-such.properties, errorIfMissing: false}\n") ==
        "changelog.yaml:2:3: error: property 'a' has no value\n"
        "  - property: {name: a}\n"
        "    ^\n"
        "changelog.yaml:3:20: error: property file 'no-such.properties' does not exist\n"
        "  - property: {file: no-such.properties}\n"
        "                     ^\n"
        "  errorIfMissing: false lets the changelog go on without it\n");
}

TEST_CASE("a property file's entries are properties, read as Java reads a properties file") {
  MemoryFileSystem fs;
  fs.add("db/app.properties",
         "# a comment\n! another\ntable.name = people\ncolumn:name\nspaced value with spaces\n"
         "long = one \\\n    two\nescaped = tab\\there \\u00e9\n");
  const std::string text =
      "databaseChangeLog:\n"
      "- property: {file: app.properties, relativeToChangelogFile: true}\n"
      "- changeSet:\n"
      "    id: '1'\n"
      "    author: a\n"
      "    changes:\n"
      "    - sql: \"${table.name}|${column}|${spaced}|${long}|${escaped}\"\n";
  ReadResult r = read_yaml_string(text, "db/changelog.yaml", {}, fs);
  REQUIRE(testing::rendered(r.diagnostics, text) == "");
  CHECK(std::get<model::Sql>(r.changelog.change_sets.at(0).changes.at(0)).sql == "people|name|value with spaces|one two|tab\there \xC3\xA9");
}

TEST_CASE("removeChangeSetProperty erases addColumn's position attributes from the change-sets after it") {
  const std::string body = "    changes:\n"
                           "    - addColumn:\n"
                           "        tableName: t\n"
                           "        columns:\n"
                           "        - column: {name: a, type: int, afterColumn: id}\n";
  CHECK(problems("databaseChangeLog:\n"
                 "- removeChangeSetProperty: {change: addColumn, dbms: 'h2, postgresql', remove: afterColumn}\n"
                 "- changeSet:\n"
                 "    id: '1'\n"
                 "    author: a\n" +
                 body) == "");
  // For another database, or without a dbms, it does nothing.
  for (const char* entry : {"{change: addColumn, dbms: mysql, remove: afterColumn}", "{change: addColumn, remove: afterColumn}"}) {
    CAPTURE(entry);
    CHECK(problems("databaseChangeLog:\n- removeChangeSetProperty: " + std::string(entry) +
                   "\n- changeSet:\n    id: '1'\n    author: a\n" + body)
              .find("afterColumn is not supported on PostgreSQL") != std::string::npos);
  }
}

TEST_CASE("a context given twice: contextFilter wins over context, which wins over contexts, and the rest is ignored with a warning") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet: {id: c, author: a, context: dev, contexts: test}\n") ==
        "changelog.yaml:2:47: warning: changeSet's 'contexts' is ignored: its context is the one that counts\n"
        "  - changeSet: {id: c, author: a, context: dev, contexts: test}\n"
        "                                                ^\n"
        "  Liquibase ignores it too; keep one of them\n");
  ReadResult r = read_yaml_string("databaseChangeLog:\n- changeSet: {id: c, author: a, context: dev, contextFilter: prod}\n",
                                  "changelog.yaml");
  CHECK(r.diagnostics.warning_count() == 1);
  CHECK(r.changelog.change_sets.at(0).contexts == "prod");  // as Liquibase recorded it (tests/golden/liquibase/xml/changelog-features)
}

TEST_CASE("a flow map with a comma inside a type is refused instead of read as two attributes") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: f\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - addColumn:\n"
                 "        tableName: t\n"
                 "        columns:\n"
                 "        - column: {name: price, type: decimal(5,2)}\n") ==
        "changelog.yaml:9:49: error: '2)' has no value: in a {...} map a comma ends the value before it\n"
        "          - column: {name: price, type: decimal(5,2)}\n"
        "                                                  ^\n"
        "  quote a value that holds commas: 'decimal(5,2)'\n");
}

TEST_CASE("malformed YAML in a changelog is reported at the line where parsing stopped") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "   author: a\n") ==
        "changelog.yaml:4:4: error: invalid YAML: end of map not found\n"
        "     author: a\n"
        "     ^\n");
}

TEST_CASE("a quoted value never closed is an error, not text running to the end of the file") {
  const std::string expected_tail =
      "  add the closing quote\n";
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: q\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - sql: \"select 1\n"
                 "- changeSet:\n"
                 "    id: r\n"
                 "    author: a\n") ==
        "changelog.yaml:6:12: error: this quoted value is never closed: it runs to the end of the file\n"
        "      - sql: \"select 1\n"
        "             ^\n" +
            expected_tail);
  // Single quotes too, where yaml-cpp keeps the text to the end of the file.
  CHECK(problems("databaseChangeLog:\n- changeSet:\n    id: q\n    author: a\n    comment: 'it''s\n") ==
        "changelog.yaml:5:14: error: this quoted value is never closed: it runs to the end of the file\n"
        "      comment: 'it''s\n"
        "               ^\n" +
            expected_tail);
  // Escaped quotes do not close a value, and do not leave it open either.
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 'it''s'\n"
                 "    author: \"a\\\"b\"\n") == "");
}

TEST_CASE("an unknown top-level entry holding text is ignored with a warning, one holding a map is refused") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet: {id: a, author: b}\n"
                 "- comment: written by hand\n"
                 "- chageSet: {id: c, author: b}\n") ==
        "changelog.yaml:3:3: warning: unknown entry 'comment' in databaseChangeLog is ignored\n"
        "  - comment: written by hand\n"
        "    ^\n"
        "  expected one of changeSet, include, includeAll, property, preConditions, logicalFilePath, changeLogId, "
        "objectQuotingStrategy, context, contextFilter, removeChangeSetProperty\n"
        "changelog.yaml:4:3: error: unknown entry 'chageSet' in databaseChangeLog\n"
        "  - chageSet: {id: c, author: b}\n"
        "    ^\n"
        "  did you mean 'changeSet'?\n");
}

TEST_CASE("another database's attribute is a warning; one basalt does not do yet is an error") {
  CHECK(problems("databaseChangeLog:\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    changes:\n"
                 "    - dropPrimaryKey:\n"
                 "        tableName: t\n"
                 "        catalogName: c\n"
                 "        dropIndex: true\n"
                 "    - addForeignKeyConstraint:\n"
                 "        baseTableName: a\n"
                 "        baseColumnNames: b_id\n"
                 "        referencedTableName: b\n"
                 "        referencedColumnNames: id\n"
                 "        constraintName: fk\n"
                 "        validate: true\n"
                 "    - createTable:\n"
                 "        tableName: u\n"
                 "        columns:\n"
                 "        - column:\n"
                 "            name: id\n"
                 "            type: int\n"
                 "            constraints: {primaryKey: true, validatePrimaryKey: false}\n") ==
        "changelog.yaml:8:9: warning: attribute 'catalogName' of dropPrimaryKey is ignored on PostgreSQL\n"
        "          catalogName: c\n"
        "          ^\n"
        "  Liquibase ignores it there too: it belongs to other databases\n"
        "changelog.yaml:9:9: warning: attribute 'dropIndex' of dropPrimaryKey is ignored on PostgreSQL\n"
        "          dropIndex: true\n"
        "          ^\n"
        "  Liquibase ignores it there too: it belongs to other databases\n"
        "changelog.yaml:23:45: error: attribute 'validatePrimaryKey' of constraints is not supported by basalt yet\n"
        "              constraints: {primaryKey: true, validatePrimaryKey: false}\n"
        "                                              ^\n"
        "  remove it, or write the change as a 'sql' change (which has another checksum: an applied change-set "
        "then needs validCheckSum)\n");
}

TEST_CASE("names are matched in the case Liquibase matches them: any case, exact, or the first letter") {
  CHECK(problems("databaseChangeLog:\n"
                 "- ChangeSet: {id: 0, author: a, changes: [sql: select 0]}\n"
                 "- changeSet:\n"
                 "    id: 1\n"
                 "    author: a\n"
                 "    Comment: any case is the comment\n"
                 "    Rollback: drop table t\n"
                 "    preconditions:\n"
                 "    - tableExists: {tableName: t}\n"
                 "    changes:\n"
                 "    - createTable:\n"
                 "        TABLENAME: t\n"
                 "        Columns:\n"
                 "        - column: {name: x, type: int}\n"
                 "        columns:\n"
                 "        - column: {Name: id, TYPE: int}\n"
                 "    - sql:\n"
                 "        SQL: select 1\n"
                 "- changeSet:\n"
                 "    id: 2\n"
                 "    author: a\n"
                 "    preConditions:\n"
                 "    - ONFAIL: MARK_RAN\n"
                 "    - TableExists: {tableName: t}\n"
                 "    - tableExists: {TABLENAME: t}\n"
                 "    changes:\n"
                 "    - sql: select 2\n") ==
        "changelog.yaml:2:3: error: unknown entry 'ChangeSet' in databaseChangeLog\n"
        "  - ChangeSet: {id: 0, author: a, changes: [sql: select 0]}\n"
        "    ^\n"
        "  did you mean 'changeSet'?\n"
        "changelog.yaml:7:5: warning: unknown attribute 'Rollback' of changeSet is ignored\n"
        "      Rollback: drop table t\n"
        "      ^\n"
        "  write it 'rollback': Liquibase matches this name's case\n"
        "changelog.yaml:8:5: error: unknown attribute 'preconditions' of changeSet holds a list\n"
        "      preconditions:\n"
        "      ^\n"
        "  write it 'preConditions': Liquibase matches this name's case (Liquibase takes it for a change type and "
        "refuses it)\n"
        "changelog.yaml:13:9: warning: unknown attribute 'Columns' of createTable is ignored\n"
        "          Columns:\n"
        "          ^\n"
        "  write it 'columns': Liquibase matches this name's case\n"
        "changelog.yaml:16:30: error: unknown attribute 'TYPE' of column\n"
        "          - column: {Name: id, TYPE: int}\n"
        "                               ^\n"
        "  write it 'type': Liquibase matches this name's case (Liquibase refuses it too)\n"
        "changelog.yaml:24:7: error: unknown precondition 'TableExists'\n"
        "      - TableExists: {tableName: t}\n"
        "        ^\n"
        "  write it 'tableExists': Liquibase matches this name's case\n"
        "changelog.yaml:25:7: error: tableExists is missing required attribute 'tableName'\n"
        "      - tableExists: {TABLENAME: t}\n"
        "        ^\n"
        "  Liquibase fails on it only when it runs the check\n"
        "changelog.yaml:25:21: warning: unknown attribute 'TABLENAME' of tableExists is ignored\n"
        "      - tableExists: {TABLENAME: t}\n"
        "                      ^\n"
        "  write it 'tableName': Liquibase matches this name's case\n");
}

}  // namespace
}  // namespace basalt::formats
