// Checksums against the vectors observed from Liquibase 4.28 (reference section 4.4) and real tracker rows.
#include "engine/checksum/checksum.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace basalt::checksum {
namespace {

model::ChangeSet change_set(std::vector<model::Change> changes) {
  model::ChangeSet cs;
  cs.id = "1";
  cs.author = "dev";
  cs.changes = std::move(changes);
  return cs;
}

model::Column column(std::string name, model::Text type = std::nullopt) {
  model::Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  return c;
}

model::CreateTable create_table(std::string table, std::string type = "int") {
  model::CreateTable t;
  t.table_name = std::move(table);
  t.columns = {column("id", std::move(type))};
  return t;
}

model::Sql sql(std::string text) {
  model::Sql s;
  s.sql = std::move(text);
  return s;
}

std::string checksum_of(model::Change change) {
  return checksum(change_set({std::move(change)}));
}

}  // namespace

TEST_CASE("md5_hex is the lower-case hex MD5 of the bytes") {
  CHECK(md5_hex("") == "d41d8cd98f00b204e9800998ecf8427e");
  CHECK(md5_hex("abc") == "900150983cd24fb0d6963f7d28e17f72");
}

TEST_CASE(
    "the change text of a change is its name and the sorted set fields, exactly as Liquibase writes it") {
  CHECK(change_text(create_table("t")) ==
        "createTable:[\n"
        "    columns=[\n"
        "        [\n"
        "            name=\"id\"\n"
        "            type=\"int\"\n"
        "        ]\n"
        "    ]\n"
        "    tableName=\"t\"\n"
        "]");
}

TEST_CASE("V1: createTable t (id int) has Liquibase's checksum") {
  CHECK(checksum_of(create_table("t")) == "9:4540d4f5693b57b1bf9dc442f82d52fc");
}

TEST_CASE("V2: the case of a type counts") {
  CHECK(checksum_of(create_table("t", "INT")) == "9:d54e28c07350ff9eb6013ab49a16f3f3");
}

TEST_CASE("V3: the case of a table name counts") {
  CHECK(checksum_of(create_table("T")) == "9:c189364ac9be2ae6b7e8771a2a40e97c");
}

TEST_CASE("V4: a column attribute that was set counts") {
  auto t = create_table("t");
  t.columns[0].remarks = "hi";
  CHECK(checksum_of(t) == "9:cf7f0957fa5af9fe192c2ffdea60c00b");
}

TEST_CASE("V5: an attribute set to its default value still counts") {
  auto t = create_table("t");
  t.schema_name = "public";
  CHECK(checksum_of(t) == "9:c33fd9c8eabdd02804d04868699382e7");
}

TEST_CASE("V6 and V7: the order of changes in a change-set counts") {
  CHECK(checksum(change_set({create_table("t"), create_table("u")})) == "9:245fd9ea025b005f71f2046c4fbf2bdb");
  CHECK(checksum(change_set({create_table("u"), create_table("t")})) == "9:10f7f31717f74c3f44326bec287d4daa");
}

TEST_CASE("V8: a change-set without changes hashes the empty string") {
  CHECK(checksum(change_set({})) == "9:d41d8cd98f00b204e9800998ecf8427e");
}

TEST_CASE("V9: a change without fields is its name and empty brackets") {
  CHECK(change_text(model::Empty{}) == "empty:[]");
  CHECK(checksum_of(model::Empty{}) == "9:7a37a4e4638085400ecf49cb0bebb7de");
}

TEST_CASE("V10: tagDatabase hashes its tag") {
  model::TagDatabase tag;
  tag.tag = "v1";
  CHECK(checksum_of(tag) == "9:635ff1e577e13420abaf0552fb77ab20");
}

TEST_CASE("V11 and V12: insert's valueNumeric and value differ") {
  model::Insert insert;
  insert.table_name = "t";
  insert.columns = {column("id")};
  insert.columns[0].value_numeric = "1";
  CHECK(checksum_of(insert) == "9:e5bbfba9a86dba44ca3872271296b1b8");

  insert.columns[0].value_numeric.reset();
  insert.columns[0].value = "1";
  CHECK(checksum_of(insert) == "9:4bf280e0df3267de4c106057194ebf0b");
}

TEST_CASE("V13: addColumn hashes its columns") {
  model::AddColumn add;
  add.table_name = "t";
  add.columns = {column("x", "varchar(10)")};
  CHECK(checksum_of(add) == "9:caebe18822fa0fb14e83a1fbea9d4cb5");
}

TEST_CASE("V14: createIndex hashes its columns, index and table") {
  model::CreateIndex index;
  index.table_name = "t";
  index.index_name = "ix";
  index.columns = {column("id")};
  CHECK(checksum_of(index) == "9:f175e5faa3194076f2c1c865b1569ad5");
}

TEST_CASE("V15: addForeignKeyConstraint hashes its scalar attributes") {
  model::AddForeignKeyConstraint fk;
  fk.base_table_name = "a";
  fk.base_column_names = "b_id";
  fk.referenced_table_name = "b";
  fk.referenced_column_names = "id";
  fk.constraint_name = "fk_a_b";
  CHECK(checksum_of(fk) == "9:262d563fcacd7a524c0773292767f1b2");
}

TEST_CASE("V16: a column's constraints are a nested object without a field name") {
  model::CreateTable users;
  users.table_name = "users";
  auto id = column("id", "bigint");
  id.auto_increment = true;
  id.constraints = model::Constraints{};
  id.constraints->primary_key = true;
  auto email = column("email", "varchar(255)");
  email.constraints = model::Constraints{};
  email.constraints->nullable = false;
  email.constraints->unique = true;
  users.columns = {id, email};
  CHECK(checksum_of(users) == "9:c72b6a829766692496a8763332693fff");
}

TEST_CASE("V17: whitespace anywhere in sql does not count") {
  for (const char* text :
       {"select 1", "select    1", "\n  select\n 1  \n", "select\t1", "\r\nselect\r\n1\r\n"}) {
    CAPTURE(text);
    CHECK(checksum_of(sql(text)) == "9:3b78b9910981c62ca27148640fad7bc2");
  }
}

TEST_CASE("V17: attributes of a sql change other than its text do not count") {
  auto s = sql("select 1");
  s.split_statements = false;
  s.strip_comments = true;
  s.end_delimiter = "GO";
  s.dbms = "postgresql";
  s.comment = "note";
  CHECK(checksum_of(s) == "9:3b78b9910981c62ca27148640fad7bc2");
}

TEST_CASE("V18-V26: sql text counts byte for byte apart from whitespace") {
  CHECK(checksum_of(sql("select 1;")) == "9:a7ca957848b7a2d82c733ec390529b49");
  CHECK(checksum_of(sql("SELECT 1")) == "9:6a68455a2c7f71d76609a01bf5a61983");
  CHECK(checksum_of(sql("select 1 -- note")) == "9:dacdebc3e179a92a0713d58d519d9171");
  CHECK(checksum_of(sql("/* note */ select 1")) == "9:4854de251dc37e2b1a8954506aed6988");
  CHECK(checksum_of(sql("create table t (id int);")) == "9:d942c30956ae3702c895788c09023fdc");
  CHECK(checksum_of(sql("-- a comment inside\ncreate table t (id int);")) ==
        "9:7787faef1713a824ae9bfea84c23ebc8");
  CHECK(checksum_of(sql("create table t (id int)")) == "9:f6c4a4fc710966dcac97670fcf6b204b");
  CHECK(checksum_of(sql("CREATE TABLE t (id int);")) == "9:6d4549ab668f0fa3a148fb9da6d22712");
  CHECK(checksum_of(sql("/* block */ create table t (id int);")) == "9:6613d9b277ecd73e94ae703040b32488");
}

TEST_CASE("V27: sql is hashed after property substitution") {
  CHECK(checksum_of(sql("select 2")) == "9:544e616a927aa802443672ed60087670");
}

TEST_CASE("a nested constraints line sorts by its bracket: before lower-case keys, after upper-case ones") {
  model::AddColumn add;
  add.table_name = "t";
  add.columns = {column("c", "int")};
  add.columns[0].constraints = model::Constraints{};
  add.columns[0].constraints->nullable = false;
  CHECK(change_text(add) ==
        "addColumn:[\n"
        "    columns=[\n"
        "        [\n"
        "            [\n"
        "                nullable=\"false\"\n"
        "            ]\n"
        "            name=\"c\"\n"
        "            type=\"int\"\n"
        "        ]\n"
        "    ]\n"
        "    tableName=\"t\"\n"
        "]");
}

TEST_CASE("an empty list is left out like an unset field") {
  model::DropColumn drop;
  drop.table_name = "t";
  drop.column_name = "c";
  CHECK(change_text(drop) == "dropColumn:[\n    columnName=\"c\"\n    tableName=\"t\"\n]");
}

TEST_CASE("CRLF and CR line breaks in attribute values hash like LF") {
  model::Delete del;
  del.table_name = "t";
  del.where_clause = "a = 1\nand b = 2";
  const auto lf = checksum_of(del);
  del.where_clause = "a = 1\r\nand b = 2";
  CHECK(checksum_of(del) == lf);
  del.where_clause = "a = 1\rand b = 2";
  CHECK(checksum_of(del) == lf);
}

TEST_CASE("createTable's ifNotExists does not count, as in Liquibase 4.28") {
  auto t = create_table("t");
  t.if_not_exists = true;
  CHECK(checksum_of(t) == "9:4540d4f5693b57b1bf9dc442f82d52fc");
}

TEST_CASE("createIndex ignores associatedWith and the table-column attributes of its columns") {
  model::CreateIndex plain;
  plain.table_name = "t";
  plain.index_name = "ix";
  plain.columns = {column("id")};

  auto decorated = plain;
  decorated.associated_with = "primaryKey";
  decorated.columns[0].type = "int";
  decorated.columns[0].remarks = "r";
  decorated.columns[0].constraints = model::Constraints{};
  decorated.columns[0].constraints->nullable = false;
  CHECK(change_text(decorated) == change_text(plain));
  CHECK(checksum_of(decorated) == "9:f175e5faa3194076f2c1c865b1569ad5");

  auto descending = plain;
  descending.columns[0].descending = true;
  CHECK(change_text(descending) != change_text(plain));
}

TEST_CASE("createView hashes its attributes and its whitespace-stripped query separately") {
  model::CreateView view;
  view.view_name = "v";
  view.select_query = "select 1";
  CHECK(change_text(view) ==
        "9:" + md5_hex("createView:[\n    viewName=\"v\"\n]") + ":9:" + md5_hex("select1"));

  auto reflowed = view;
  reflowed.select_query = "select\n    1";
  CHECK(checksum_of(reflowed) == checksum_of(view));
}

TEST_CASE("a change whose dbms excludes PostgreSQL does not count in the change-set checksum") {
  const auto only_v1 = checksum(change_set({create_table("t")}));
  for (const char* dbms :
       {"mysql", "mysql, mariadb", "!postgresql", "postgresql, none", "postgres", "PostgreSQL"}) {
    CAPTURE(dbms);
    auto s = sql("select 1");
    s.dbms = dbms;
    CHECK(checksum(change_set({create_table("t"), s})) == only_v1);
  }
  for (const char* dbms :
       {"postgresql", " postgresql ", "mysql,postgresql", "!mysql", "all", "!postgresql, all", ""}) {
    CAPTURE(dbms);
    auto s = sql("select 1");
    s.dbms = dbms;
    CHECK(checksum(change_set({create_table("t"), s})) != only_v1);
  }
}

TEST_CASE("an insert's dbms counts in its text when it includes PostgreSQL") {
  model::Insert insert;
  insert.table_name = "t";
  insert.columns = {column("id")};
  insert.columns[0].value_numeric = "1";
  insert.dbms = "!h2";
  CHECK(change_text(insert).find("dbms=\"!h2\"") != std::string::npos);
}

TEST_CASE("the replacement character U+FFFD is deleted before hashing a serialized change") {
  auto t = create_table("t");
  t.remarks =
      "a\xEF\xBF\xBD"
      "b";
  auto clean = create_table("t");
  clean.remarks = "ab";
  CHECK(change_text(t) == change_text(clean));
}

}  // namespace basalt::checksum
