// XML changelogs: Liquibase's element and attribute mapping, its XML schema's refusals, positions.
#include <doctest/doctest.h>

#include <string>

#include "changelog-formats/file_system.h"
#include "changelog-formats/reader.h"
#include "tests/changelog-formats/test_helpers.h"

namespace basalt::formats {
namespace {

const char* const kOpen = R"(<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
)";

// A changelog of `body` under the usual root (its first line is line 5).
std::string changelog(const std::string& body) { return kOpen + body + "</databaseChangeLog>\n"; }

ReadResult read_xml(const std::string& text, const ReadOptions& options = {}) {
  MemoryFileSystem fs;
  return read_string(text, "db/changelog.xml", options, fs);
}

std::string problems(const std::string& text) { return testing::rendered(read_xml(text).diagnostics, text); }

model::ChangeSet only(const std::string& text) {
  ReadResult r = read_xml(text);
  const std::string found = testing::rendered(r.diagnostics, text);
  if (!found.empty() || r.changelog.change_sets.size() != 1) throw std::runtime_error("unexpected: " + found);
  return r.changelog.change_sets.front();
}

}  // namespace

TEST_CASE("a change-set's attributes, comment and child changes read as in YAML") {
  model::ChangeSet cs = only(changelog(R"(  <changeSet id="1.10" author="jane" context="dev and !test" labels="l1"
      runOnChange="true" runInTransaction="false" failOnError="false" dbms="postgresql" logicalFilePath="x/y.xml">
    <comment>  two
      tables  </comment>
    <createTable tableName="a"><column name="id" type="int"/></createTable>
    <createTable tableName="b"><column name="id" type="int"/><column name="a_id" type="int"/></createTable>
  </changeSet>
)"));
  CHECK(cs.id == "1.10");  // text as written: no YAML typing
  CHECK(cs.author == "jane");
  CHECK(cs.contexts == "dev and !test");
  CHECK(cs.labels == "l1");
  CHECK(cs.run_on_change);
  CHECK_FALSE(cs.run_in_transaction);
  CHECK_FALSE(cs.fail_on_error);
  CHECK(cs.dbms == "postgresql");
  CHECK(cs.file_path == "x/y.xml");
  CHECK(cs.comment == "two\n      tables");  // trimmed, as Liquibase trims element text
  CHECK(cs.where.line == 5);
  CHECK(cs.where.column == 3);
  REQUIRE(cs.changes.size() == 2);
  const auto& b = testing::change<model::CreateTable>(cs, 1);
  CHECK(b.table_name == "b");
  REQUIRE(b.columns.size() == 2);
  CHECK(b.columns[1].name == "a_id");
  CHECK(b.where.line == 10);
}

TEST_CASE("element text: CDATA, entities and comments, trimmed; the attribute wins over the text") {
  model::ChangeSet cs = only(changelog(R"(  <changeSet id="1" author="a">
    <sql splitStatements="false">
      <![CDATA[select 1 where 2 > 1;]]> <!-- a comment -->
      select &apos;&lt;&amp;&gt;&apos;;
    </sql>
    <createView viewName="v">select 1</createView>
    <insert tableName="t"><column name="a">  text value  </column><column name="b" value="attr">ignored</column></insert>
  </changeSet>
)"));
  REQUIRE(cs.changes.size() == 3);
  const auto& sql = testing::change<model::Sql>(cs, 0);
  CHECK(sql.sql == "select 1 where 2 > 1; \n      select '<&>';");
  CHECK(sql.split_statements == false);
  CHECK(testing::change<model::CreateView>(cs, 1).select_query == "select 1");
  const auto& insert = testing::change<model::Insert>(cs, 2);
  CHECK(insert.columns.at(0).value == "text value");
  CHECK(insert.columns.at(1).value == "attr");
}

TEST_CASE("an sql element's one-line text keeps its place in the file for server error positions") {
  model::ChangeSet cs = only(changelog("  <changeSet id=\"1\" author=\"a\">\n    <sql>select 1</sql>\n  </changeSet>\n"));
  const auto& sql = testing::change<model::Sql>(cs, 0);
  CHECK(sql.text_where.line == 6);
  CHECK(sql.text_where.column == 10);
}

TEST_CASE("rollback: text, changes, both, a reference, and empty") {
  ReadResult r = read_xml(changelog(R"(  <changeSet id="1" author="a">
    <createTable tableName="t"><column name="id" type="int"/></createTable>
    <rollback>drop table t</rollback>
  </changeSet>
  <changeSet id="2" author="a">
    <sql>select 1</sql>
    <rollback><dropTable tableName="t"/><sql>select 2</sql></rollback>
  </changeSet>
  <changeSet id="3" author="a">
    <sql>select 1</sql>
    <rollback>select 3<dropTable tableName="u"/></rollback>
  </changeSet>
  <changeSet id="4" author="a">
    <sql>select 1</sql>
    <rollback changeSetId="1" changeSetAuthor="a"/>
  </changeSet>
  <changeSet id="5" author="a">
    <sql>select 1</sql>
    <rollback/>
  </changeSet>
)"));
  REQUIRE(r.ok());
  const auto& cs = r.changelog.change_sets;
  REQUIRE(cs.size() == 5);
  REQUIRE(cs[0].rollback.changes.size() == 1);
  CHECK(std::get<model::Sql>(cs[0].rollback.changes[0]).sql == "drop table t");
  REQUIRE(cs[1].rollback.changes.size() == 2);
  CHECK(std::holds_alternative<model::DropTable>(cs[1].rollback.changes[0]));
  REQUIRE(cs[2].rollback.changes.size() == 2);
  CHECK(std::get<model::Sql>(cs[2].rollback.changes[0]).sql == "select 3");
  // The reference replays change-set 1's createTable inverse... its forward changes.
  REQUIRE(cs[3].rollback.changes.size() == 1);
  CHECK(std::holds_alternative<model::CreateTable>(cs[3].rollback.changes[0]));
  CHECK(cs[4].rollback.kind == model::Rollback::Kind::explicit_empty);
}

TEST_CASE("preConditions, validCheckSum and properties in XML") {
  ReadResult r = read_xml(changelog(R"(  <property name="table" value="people"/>
  <preConditions onFail="HALT"><dbms type="postgresql"/></preConditions>
  <changeSet id="1" author="a">
    <validCheckSum>9:aaaa</validCheckSum>
    <validCheckSum>ANY</validCheckSum>
    <preConditions onFail="MARK_RAN" onFailMessage="exists">
      <not><tableExists tableName="${table}"/></not>
      <sqlCheck expectedResult="0">select count(*) from pg_tables where tablename = '${table}'</sqlCheck>
    </preConditions>
    <createTable tableName="${table}"><column name="id" type="int"/></createTable>
  </changeSet>
)"));
  REQUIRE(testing::rendered(r.diagnostics, "") == "");
  const model::ChangeSet& cs = r.changelog.change_sets.at(0);
  CHECK(cs.valid_checksums == std::vector<std::string>{"9:aaaa", "ANY"});
  REQUIRE(cs.preconditions.has_value());
  CHECK(cs.preconditions->on_fail == "MARK_RAN");
  CHECK(cs.preconditions->on_fail_message == "exists");
  REQUIRE(cs.preconditions->conditions.size() == 2);
  CHECK(cs.preconditions->conditions[0].type == "not");
  CHECK(*cs.preconditions->conditions[0].nested.at(0).attribute("tableName") == "people");
  CHECK(cs.preconditions->conditions[1].text == "select count(*) from pg_tables where tablename = 'people'");
  CHECK(testing::change<model::CreateTable>(cs).table_name == "people");
  CHECK(r.changelog.preconditions.size() == 1);
}

TEST_CASE("what Liquibase's XML schema refuses is an error at its place") {
  CHECK(problems(changelog(R"(  <changeSet id="1" author="a">
    <createTable tableName="t" bogus="1" TableName="u"><column name="id" type="int"/><bogus/></createTable>
    <addColumn tableName="t"><column name="c" type="int"><constraints nullable="yes"/></column></addColumn>
  </changeSet>
)")) == R"(db/changelog.xml:6:32: error: unknown attribute 'bogus' of createTable
      <createTable tableName="t" bogus="1" TableName="u"><column name="id" type="int"/><bogus/></createTable>
                                 ^
  (Liquibase's XML schema does not allow it)
db/changelog.xml:6:42: error: unknown attribute 'TableName' of createTable
      <createTable tableName="t" bogus="1" TableName="u"><column name="id" type="int"/><bogus/></createTable>
                                           ^
  write it 'tableName': Liquibase matches this name's case (Liquibase's XML schema does not allow it)
db/changelog.xml:6:86: error: unknown element <bogus> in createTable
      <createTable tableName="t" bogus="1" TableName="u"><column name="id" type="int"/><bogus/></createTable>
                                                                                       ^
  (Liquibase's XML schema does not allow it)
db/changelog.xml:7:81: error: attribute 'nullable' of constraints must be true or false, not 'yes'
      <addColumn tableName="t"><column name="c" type="int"><constraints nullable="yes"/></column></addColumn>
                                                                                  ^
  Liquibase's XML schema refuses it too
)");
  CHECK(problems(changelog(R"(  <changeSet id="1" author="a">
    <createTable tableName="t">stray<column name="id" type="int"/></createTable>
    <frobnicate/>
  </changeSet>
  <bogus/>
)")) == R"(db/changelog.xml:6:32: error: <createTable> cannot hold text
      <createTable tableName="t">stray<column name="id" type="int"/></createTable>
                                 ^
  Liquibase's XML schema refuses it: its content is elements only
db/changelog.xml:7:5: error: unknown element <frobnicate> in changeSet
      <frobnicate/>
      ^
  (Liquibase's XML schema does not allow it)
db/changelog.xml:9:3: error: unknown entry 'bogus' in databaseChangeLog
    <bogus/>
    ^
  expected one of changeSet, include, includeAll, property, preConditions, logicalFilePath, changeLogId, objectQuotingStrategy, context, contextFilter, removeChangeSetProperty
)");
}

TEST_CASE("a boolean 1 or 0 is a schema boolean that Liquibase reads as false, with a warning") {
  ReadResult r = read_xml(changelog(
      "  <changeSet id=\"1\" author=\"a\" runOnChange=\"1\"><sql>select 1</sql></changeSet>\n"));
  CHECK(r.ok());
  CHECK_FALSE(r.changelog.change_sets.at(0).run_on_change);
  CHECK(r.diagnostics.warning_count() == 1);
}

TEST_CASE("the XML schema collapses blanks around booleans and numbers, not around text") {
  model::ChangeSet cs = only(changelog(R"(  <changeSet id="1" author="a" runOnChange=" true ">
    <createSequence sequenceName=" s " startValue=" 10 "/>
  </changeSet>
)"));
  CHECK(cs.run_on_change);
  const auto& seq = testing::change<model::CreateSequence>(cs);
  CHECK(seq.start_value == "10");
  CHECK(seq.sequence_name == " s ");
}

TEST_CASE("other namespaces: attributes by their local name, as Liquibase takes them") {
  const std::string open = R"(<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ext="http://www.liquibase.org/xml/ns/dbchangelog-ext"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.9.xsd">
)";
  // On a change it is ignored (a warning); on a column Liquibase stops at "Unexpected node".
  const std::string text = open + R"(  <changeSet id="1" author="a">
    <createTable tableName="t" ext:note="x"><column name="id" type="int" ext:hint="y"/></createTable>
  </changeSet>
</databaseChangeLog>
)";
  CHECK(problems(text) == R"(db/changelog.xml:5:32: warning: unknown attribute 'note' of createTable is ignored
      <createTable tableName="t" ext:note="x"><column name="id" type="int" ext:hint="y"/></createTable>
                                 ^
  Liquibase ignores it too; removing it does not change the checksum
db/changelog.xml:5:74: error: unknown attribute 'hint' of column
      <createTable tableName="t" ext:note="x"><column name="id" type="int" ext:hint="y"/></createTable>
                                                                           ^
  (Liquibase refuses it too)
)");
}

TEST_CASE("the root must be in Liquibase's namespace and name an XML schema Liquibase ships") {
  auto root = [](const std::string& attributes) {
    return "<databaseChangeLog " + attributes + ">\n  <changeSet id=\"1\" author=\"a\"><sql>select 1</sql></changeSet>\n</databaseChangeLog>\n";
  };
  const std::string xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
  const std::string ns = "xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\" ";
  auto location = [](const std::string& pair) { return "xsi:schemaLocation=\"" + pair + "\""; };
  const std::string current = "http://www.liquibase.org/xml/ns/dbchangelog ";
  for (const std::string& good :
       {ns + xsi + location(current + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd"),
        ns + xsi + location(current + "https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-3.1.xsd"),
        ns + xsi + location(current + "HTTP://WWW.LIQUIBASE.ORG/XML/NS/DBCHANGELOG/DBCHANGELOG-4.28.XSD"),
        "xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog/1.9\" " + xsi +
            location("http://www.liquibase.org/xml/ns/dbchangelog/1.9 http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-1.9.xsd")}) {
    CAPTURE(good);
    ReadResult r = read_xml(root(good));
    CHECK(testing::rendered(r.diagnostics, "") == "");
    CHECK(r.changelog.change_sets.size() == 1);
  }
  CHECK(testing::rendered(read_xml(root(ns)).diagnostics, "") ==
        "db/changelog.xml:1:1: error: the changelog does not name an XML schema for its namespace "
        "'http://www.liquibase.org/xml/ns/dbchangelog' in xsi:schemaLocation\n"
        "  Liquibase refuses it; declare xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\" "
        "xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog "
        "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\"\n");
  CHECK(testing::rendered(read_xml(root(xsi)).diagnostics, "").starts_with(
      "db/changelog.xml:1:1: error: <databaseChangeLog> is in no namespace"));
  CHECK(testing::rendered(read_xml(root(ns + xsi + location(current + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.29.xsd"))).diagnostics, "")
            .starts_with("db/changelog.xml:1:146: error: Liquibase 4.28 does not ship the XML schema "
                         "'http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.29.xsd'"));
  CHECK(testing::rendered(read_xml(root(ns + xsi + location(current + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-1.9.xsd"))).diagnostics, "")
            .find("is for namespace 'http://www.liquibase.org/xml/ns/dbchangelog/1.9'") != std::string::npos);
  CHECK(testing::rendered(read_xml(root(ns + xsi + location(current + "dbchangelog-latest.xsd"))).diagnostics, "")
            .find("does not ship the XML schema 'dbchangelog-latest.xsd'") != std::string::npos);
}

TEST_CASE("a prefixed changelog namespace reads the same") {
  model::ChangeSet cs = only(R"(<lb:databaseChangeLog xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.0.xsd">
  <lb:changeSet id="1" author="a"><lb:dropTable tableName="t"/></lb:changeSet>
</lb:databaseChangeLog>
)");
  CHECK(testing::change<model::DropTable>(cs).table_name == "t");
}

TEST_CASE("XML that is not well-formed is reported where the parser stopped") {
  const std::string text = changelog("  <changeSet id=\"1\" author=\"a\">\n    <sql>select 1</sqll>\n  </changeSet>\n");
  CHECK(problems(text) == R"(db/changelog.xml:6:20: error: the XML is not well-formed: Start-end tags mismatch
      <sql>select 1</sqll>
                     ^
  Liquibase cannot read it either
)");
  CHECK(problems("") == "db/changelog.xml:1:1: error: the XML changelog is empty\n"
                        "  an XML changelog is a <databaseChangeLog> element\n");
  CHECK(problems("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"t\">]>\n" + changelog("")).find(
            "DTD entity declarations are not supported by basalt") != std::string::npos);
}

TEST_CASE("an XML changelog includes files of every format, relative to itself") {
  MemoryFileSystem fs;
  fs.add("db/more/a.yaml", "databaseChangeLog:\n- changeSet: {id: y, author: a, changes: [{sql: select 1}]}\n");
  fs.add("db/more/b.sql", "--liquibase formatted sql\n--changeset a:s\nselect 2;\n");
  fs.add("db/c.xml", changelog("  <changeSet id=\"x\" author=\"a\"><sql>select 3</sql></changeSet>\n"));
  const std::string master = changelog(R"(  <include file="c.xml" relativeToChangelogFile="true"/>
  <includeAll path="db/more/"/>
)");
  ReadResult r = read_string(master, "db/changelog.xml", {}, fs);
  CHECK(testing::rendered(r.diagnostics, master) == "");
  REQUIRE(r.changelog.change_sets.size() == 3);
  CHECK(r.changelog.change_sets[0].identity() == "db/c.xml::x::a");
  CHECK(r.changelog.change_sets[1].identity() == "db/more/a.yaml::y::a");
  CHECK(r.changelog.change_sets[2].identity() == "db/more/b.sql::s::a");
}

TEST_CASE("customChange is refused where it stands unless --custom-change=skip, which reads its params") {
  const std::string text = changelog(R"(  <changeSet id="1" author="a">
    <customChange class="org.example.Move">
      <param name="table" value="person"/>
      <param name="batch">100</param>
    </customChange>
  </changeSet>
)");
  CHECK(problems(text) == R"(db/changelog.xml:6:5: error: customChange 'org.example.Move' runs Java code, which basalt cannot run
      <customChange class="org.example.Move">
      ^
  --custom-change=skip applies its change-set without it, recorded as Liquibase records a custom change that does nothing
)");
  ReadOptions skip;
  skip.skip_custom_changes = true;
  ReadResult r = read_xml(text, skip);
  REQUIRE(r.ok());
  const auto& custom = testing::change<model::CustomChange>(r.changelog.change_sets.at(0));
  CHECK(custom.class_name == "org.example.Move");
  CHECK(custom.params == model::Params{{"table", "person"}, {"batch", "100"}});
}

TEST_CASE("modifySql entries: their filters and edits, in order, in XML and YAML") {
  model::ChangeSet xml = only(changelog(R"(  <changeSet id="1" author="a">
    <sql>select 1</sql>
    <modifySql dbms="postgresql" context="dev" labels="l" applyToRollback="true">
      <replace replace="1" with="2"/>
      <append value=" -- x"/>
    </modifySql>
    <modifySql><regExpReplace replace="^select" with="SELECT"/><prepend value="/* p */ "/></modifySql>
  </changeSet>
)"));
  REQUIRE(xml.sql_edits.size() == 4);  // no --contexts or --labels: every context and label admits
  CHECK(xml.sql_edits[0].kind == model::SqlEdit::Kind::replace);
  CHECK(xml.sql_edits[0].replace == "1");
  CHECK(xml.sql_edits[0].with == "2");
  CHECK(xml.sql_edits[0].dbms == "postgresql");
  CHECK(xml.sql_edits[0].contexts == "dev");
  CHECK(xml.sql_edits[0].labels == "l");
  CHECK(xml.sql_edits[0].apply_to_rollback);
  CHECK(xml.sql_edits[1].value == " -- x");
  CHECK(xml.sql_edits[2].kind == model::SqlEdit::Kind::reg_exp_replace);
  CHECK_FALSE(xml.sql_edits[2].apply_to_rollback);
  CHECK_FALSE(xml.sql_edits[2].dbms.has_value());
  CHECK(xml.sql_edits[3].kind == model::SqlEdit::Kind::prepend);

  model::ChangeSet yaml = testing::only_change_set(R"(databaseChangeLog:
- changeSet:
    id: 1
    author: a
    changes: [{sql: select 1}]
    modifySql:
      dbms: postgresql
      append: {value: ' -- x'}
)");
  REQUIRE(yaml.sql_edits.size() == 1);
  CHECK(yaml.sql_edits[0].value == " -- x");
  CHECK(yaml.sql_edits[0].dbms == "postgresql");
  CHECK(problems(changelog(R"(  <changeSet id="1" author="a">
    <sql>select 1</sql>
    <modifySql><regExpReplace replace="(" with="x"/></modifySql>
  </changeSet>
)")).find("regExpReplace's expression '(' is not a valid regular expression") != std::string::npos);
}

TEST_CASE("only the modifySql entries whose dbms, context and labels admit the run are kept") {
  const std::string text = changelog(R"(  <changeSet id="1" author="a">
    <sql>select 1</sql>
    <modifySql dbms="oracle"><append value=" -- oracle"/></modifySql>
    <modifySql dbms="!oracle"><append value=" -- not oracle"/></modifySql>
    <modifySql context="dev"><append value=" -- dev"/></modifySql>
    <modifySql context="prod"><append value=" -- prod"/></modifySql>
    <modifySql labels="l1"><append value=" -- l1"/></modifySql>
  </changeSet>
)");
  auto kept = [&](const ReadOptions& options) {
    std::vector<std::string> out;
    ReadResult r = read_xml(text, options);
    for (const model::SqlEdit& e : r.changelog.change_sets.at(0).sql_edits) out.push_back(e.value);
    return out;
  };
  CHECK(kept({}) == std::vector<std::string>{" -- not oracle", " -- dev", " -- prod", " -- l1"});
  ReadOptions dev;
  dev.contexts = {"dev"};
  dev.labels = "l2";
  CHECK(kept(dev) == std::vector<std::string>{" -- not oracle", " -- dev"});
}

TEST_CASE("update and delete read whereParams' param elements") {
  model::ChangeSet cs = only(changelog(R"(  <changeSet id="1" author="a">
    <update tableName="t">
      <column name="a" value="off"/>
      <where>b = :value and :name = :value</where>
      <whereParams><param valueBoolean="false"/><param name="c" valueNumeric="3"/></whereParams>
    </update>
  </changeSet>
)"));
  const auto& update = testing::change<model::Update>(cs);
  REQUIRE(update.columns.size() == 1);
  REQUIRE(update.where_params.size() == 2);
  CHECK(update.where_params[0].value_boolean == false);
  CHECK(update.where_params[1].name == "c");
  CHECK(update.where_params[1].value_numeric == "3");
}

}  // namespace basalt::formats
