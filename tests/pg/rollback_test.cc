// rollback-count against a real PostgreSQL: every automatic inverse restores the exact catalog.
#include <doctest/doctest.h>

#include "tests/pg/support.h"

using namespace basalt::testing;

namespace {

// One change-set per invertible change type, after a setup change-set, each undone on its own.
const char* kEveryInvertible = R"yaml(databaseChangeLog:
  - changeSet:
      id: setup
      author: t
      changes:
        - createTable:
            tableName: person
            columns:
              - column: {name: id, type: int, constraints: {primaryKey: true}}
              - column: {name: name, type: varchar(50), constraints: {nullable: false}}
              - column: {name: city, type: varchar(50)}
              - column: {name: age, type: int}
        - createTable:
            tableName: orders
            columns:
              - column: {name: id, type: int}
              - column: {name: person_id, type: int}
        - createTable:
            tableName: nopk
            columns:
              - column: {name: a, type: int, constraints: {nullable: false}}
              - column: {name: b, type: int, constraints: {nullable: false}}
        - createSequence: {sequenceName: seq_a}
  - changeSet:
      id: create-table
      author: t
      changes:
        - createTable:
            tableName: ct
            remarks: a table
            columns:
              - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true, primaryKeyName: pk_ct}}
              - column: {name: code, type: varchar(20), constraints: {nullable: false, unique: true, uniqueConstraintName: uq_ct_code}}
              - column: {name: qty, type: int, defaultValueNumeric: 0, remarks: quantity}
              - column: {name: person_id, type: int, constraints: {foreignKeyName: fk_ct_person, references: person(id), deleteCascade: true}}
              - column: {name: User, type: text}
  - changeSet:
      id: rename-table
      author: t
      changes:
        - renameTable: {oldTableName: orders, newTableName: purchase}
  - changeSet:
      id: add-column
      author: t
      changes:
        - addColumn:
            tableName: person
            columns:
              - column: {name: email, type: varchar(100), defaultValue: x@y, constraints: {nullable: false}}
              - column: {name: score, type: "decimal(5,2)", defaultValueNumeric: 1.5}
  - changeSet:
      id: rename-column
      author: t
      changes:
        - renameColumn: {tableName: person, oldColumnName: city, newColumnName: town}
  - changeSet:
      id: add-not-null
      author: t
      changes:
        - addNotNullConstraint: {tableName: person, columnName: town, defaultNullValue: unknown}
  - changeSet:
      id: drop-not-null
      author: t
      changes:
        - dropNotNullConstraint: {tableName: person, columnName: name, columnDataType: varchar(50)}
  - changeSet:
      id: add-defaults
      author: t
      changes:
        - addDefaultValue: {tableName: person, columnName: age, defaultValueNumeric: 18}
        - addDefaultValue: {tableName: person, columnName: name, defaultValueComputed: "upper('x')"}
  - changeSet:
      id: create-indexes
      author: t
      changes:
        - createIndex:
            tableName: person
            indexName: idx_x
            unique: true
            columns:
              - column: {name: name}
              - column: {name: age, descending: true}
        - createIndex:
            tableName: person
            indexName: idx_lower
            columns:
              - column: {name: lower(name), computed: true}
  - changeSet:
      id: add-primary-key
      author: t
      changes:
        - addPrimaryKey: {tableName: nopk, columnNames: "a, b", constraintName: pk_x}
  - changeSet:
      id: add-unique
      author: t
      changes:
        - addUniqueConstraint: {tableName: person, columnNames: "town, age", constraintName: uq_x, deferrable: true}
  - changeSet:
      id: add-foreign-key
      author: t
      changes:
        - addForeignKeyConstraint:
            baseTableName: purchase
            baseColumnNames: person_id
            constraintName: fk_x
            referencedTableName: person
            referencedColumnNames: id
            onDelete: CASCADE
            onUpdate: SET NULL
            deferrable: true
            initiallyDeferred: true
  - changeSet:
      id: create-sequence
      author: t
      changes:
        - createSequence: {sequenceName: seq_x, dataType: bigint, startValue: 100, incrementBy: 5, minValue: 1, maxValue: 100000, cacheSize: 10}
  - changeSet:
      id: create-view
      author: t
      changes:
        - createView: {viewName: v_x, selectQuery: select id from person where id > 1}
  - changeSet:
      id: create-view-from-file
      author: t
      changes:
        - createView: {viewName: v_file, path: view.sql, relativeToChangelogFile: true}
  - changeSet:
      id: rename-view
      author: t
      changes:
        - renameView: {oldViewName: v_x, newViewName: v_y}
  - changeSet:
      id: rename-sequence
      author: t
      changes:
        - renameSequence: {oldSequenceName: seq_a, newSequenceName: seq_b}
  - changeSet:
      id: add-lookup-table
      author: t
      changes:
        - addLookupTable: {existingTableName: person, existingColumnName: town, newTableName: towns,
                           newColumnName: town, newColumnDataType: varchar(50), constraintName: fk_person_town}
  - changeSet:
      id: load-update-data
      author: t
      changes:
        - loadUpdateData: {tableName: nopk, file: nopk.csv, relativeToChangelogFile: true, primaryKey: a}
  - changeSet:
      id: output
      author: t
      changes:
        - output: {message: an output undoes to nothing}
  - changeSet:
      id: tag
      author: t
      changes:
        - tagDatabase: {tag: v1}
  - changeSet:
      id: nothing
      author: t
      changes:
        - empty: {}
  - changeSet:
      id: explicit
      author: t
      changes:
        - sql: {sql: "create table side (id int, note text); insert into side values (1, 'a;b')"}
      rollback:
        - dropTable: {tableName: side}
)yaml";

}  // namespace

TEST_CASE("rolling back each change-set restores the exact catalog it started from") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("all.yaml", kEveryInvertible);
  dir.write("view.sql", "SELECT name FROM person WHERE age > 30;\n");
  dir.write("nopk.csv", "a,b\n1,2\n3,4\n");
  std::vector<std::string> dumps{db.schema_dump()};
  const std::vector<std::string> base{"--url", db.url(), "--changelog-file", "all.yaml"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> a = base;
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  };
  for (;;) {
    Outcome o = run_basalt(with({"update-count", "1"}), dir.path());
    INFO(o.out, o.err);
    REQUIRE(o.exit_code == 0);
    if (o.out.find("Database is up to date") != std::string::npos) break;
    dumps.push_back(db.schema_dump());
  }
  REQUIRE(dumps.size() == 24);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "23");
  CHECK(db.query("SELECT count(*) FROM nopk") == "2");
  // Undo one at a time, newest first; a change-set with an explicit rollback block counts too.
  for (std::size_t n = dumps.size() - 1; n >= 2; --n) {
    Outcome o = run_basalt(with({"rollback-count", "1"}), dir.path());
    INFO("undoing change-set #", n, "\n", o.out, o.err);
    REQUIRE(o.exit_code == 0);
    CHECK(db.schema_dump() == dumps[n - 1]);
    CHECK(db.query("SELECT count(*) FROM databasechangelog") == std::to_string(n - 1));
  }
  CHECK(db.query("SELECT count(*) FROM nopk") == "0");  // loadUpdateData's inverse deleted its rows
}

TEST_CASE("rollback refuses up front when the range reaches a change without an inverse") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: keep, columns: [{column: {name: id, type: int}}, {column: {name: gone, type: int}}]}
  - changeSet:
      id: 2
      author: t
      changes:
        - dropColumn: {tableName: keep, columnName: gone}
  - changeSet:
      id: 3
      author: t
      changes:
        - createTable: {tableName: newest, columns: [{column: {name: id, type: int}}]}
)");
  const std::vector<std::string> base{"--url", db.url(), "--changelog-file", "c.yaml"};
  auto with = [&](std::string command, std::string count) {
    std::vector<std::string> a = base;
    a.push_back(command);
    a.push_back(count);
    return a;
  };
  REQUIRE(run_basalt(with("update-count", "3"), dir.path()).exit_code == 0);
  std::string before = db.schema_dump();
  Outcome o = run_basalt(with("rollback-count", "2"), dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(o.err.find("change-set c.yaml::2::t") != std::string::npos);
  CHECK(o.err.find("dropColumn") != std::string::npos);
  CHECK(o.err.find("nothing was rolled back") != std::string::npos);
  CHECK(db.schema_dump() == before);  // the newest change-set was not undone either
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "3");
  CHECK(db.query("SELECT locked FROM databasechangeloglock") == "f");

  o = run_basalt(with("rollback-count", "1"), dir.path());
  CHECK(o.exit_code == 0);
  CHECK(db.query("SELECT to_regclass('newest') IS NULL") == "t");
}

TEST_CASE("rollback-count-sql prints the inverse statements and the tracker deletes, changing nothing") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  dir.write("all.yaml", kEveryInvertible);
  dir.write("view.sql", "SELECT name FROM person WHERE age > 30;\n");
  dir.write("nopk.csv", "a,b\n1,2\n3,4\n");
  REQUIRE(run_basalt({"--url", db.url(), "--changelog-file", "all.yaml", "update"}, dir.path()).exit_code == 0);
  Outcome o = run_basalt({"--url", db.url(), "--changelog-file", "all.yaml", "rollback-count-sql", "3"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  // With its timeouts, and annotated, as update-sql is: the lock, and the hazard of dropping a table.
  CHECK(o.out.find("-- Rolling Back ChangeSet: all.yaml::explicit::t\n"
                   "SET LOCAL lock_timeout = '1s';\n\nSET LOCAL statement_timeout = '1h';\n\n"
                   "-- lock: ACCESS EXCLUSIVE on public.side (blocks reads and writes)\n"
                   "-- hazard: drops the table and its rows, and running code that uses it fails\n"
                   "DROP TABLE public.side;\n\n"
                   "DELETE FROM public.databasechangelog WHERE ID = 'explicit' AND AUTHOR = 't' AND FILENAME = 'all.yaml';") !=
        std::string::npos);
  CHECK(o.out.find("-- Rolling Back ChangeSet: all.yaml::tag::t\nDELETE FROM public.databasechangelog") != std::string::npos);
  CHECK(db.query("SELECT count(*) FROM databasechangelog") == "23");  // every change-set still recorded
}

TEST_CASE("rollback names each change-set in its range that was only marked as ran, before undoing anything") {
  REQUIRE_SERVER();
  TestDatabase db;
  TempDir dir;
  db.query("CREATE TABLE existing (id int)");
  dir.write("c.yaml", R"(databaseChangeLog:
  - changeSet:
      id: maybe
      author: t
      preConditions:
        - onFail: MARK_RAN
        - not: [{tableExists: {tableName: existing}}]
      changes:
        - createTable: {tableName: existing, columns: [{column: {name: id, type: int}}]}
)");
  std::vector<std::string> base{"--url", db.url(), "--changelog-file", "c.yaml"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> a = base;
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  };
  REQUIRE(run_basalt(with({"update"}), dir.path()).exit_code == 0);
  REQUIRE(db.query("SELECT exectype FROM databasechangelog") == "MARK_RAN");
  Outcome script = run_basalt(with({"rollback-count-sql", "1"}), dir.path());
  INFO(script.out, script.err);
  CHECK(script.exit_code == 0);
  CHECK(script.out.find("-- Rolling Back ChangeSet: c.yaml::maybe::t\n-- It was only marked as ran (MARK_RAN): its "
                        "changes never ran, yet its inverse runs, as in Liquibase\nSET LOCAL lock_timeout = '1s';\n\n"
                        "SET LOCAL statement_timeout = '1h';\n\n-- lock: ACCESS EXCLUSIVE on "
                        "public.existing (blocks reads and writes)\n-- hazard: drops the table and its rows, and "
                        "running code that uses it fails\nDROP TABLE public.existing;") !=
        std::string::npos);
  CHECK(script.err.find("change-set c.yaml::maybe::t was only marked as ran (MARK_RAN)") != std::string::npos);
  // And it does run, as Liquibase's does: the table it never created is dropped.
  Outcome o = run_basalt(with({"rollback-count", "1"}), dir.path());
  CHECK(o.exit_code == 0);
  CHECK(db.query("SELECT to_regclass('existing') IS NULL") == "t");
}
