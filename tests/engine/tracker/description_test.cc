// DESCRIPTION values as Liquibase 4.28 writes them (reference section 5.3 and real tracker rows).
#include "engine/tracker/description.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace basalt::tracker {
namespace {

model::ChangeSet change_set(std::vector<model::Change> changes) {
  model::ChangeSet cs;
  cs.changes = std::move(changes);
  return cs;
}

std::string description_of(model::Change change) {
  return description(change_set({std::move(change)}));
}

model::Column column(std::string name) {
  model::Column c;
  c.name = std::move(name);
  return c;
}

model::CreateTable create_table(std::string name) {
  model::CreateTable t;
  t.table_name = std::move(name);
  t.columns = {column("id")};
  return t;
}

model::CreateIndex create_index(std::string index, std::string table) {
  model::CreateIndex ix;
  ix.index_name = std::move(index);
  ix.table_name = std::move(table);
  ix.columns = {column("email")};
  return ix;
}

}  // namespace

TEST_CASE("a change is described by its name and its set *Name attributes in alphabetical order") {
  CHECK(description_of(create_table("users")) == "createTable tableName=users");

  model::AddUniqueConstraint unique;
  unique.table_name = "products";
  unique.column_names = "sku";
  unique.constraint_name = "uq_products_sku";
  CHECK(description_of(unique) == "addUniqueConstraint constraintName=uq_products_sku, tableName=products");

  model::AddNotNullConstraint not_null;
  not_null.table_name = "person";
  not_null.column_name = "city";
  not_null.constraint_name = "nn_city";
  not_null.column_data_type = "varchar(50)";
  CHECK(description_of(not_null) ==
        "addNotNullConstraint columnName=city, constraintName=nn_city, tableName=person");

  CHECK(description_of(create_index("idx_x", "person")) == "createIndex indexName=idx_x, tableName=person");
}

TEST_CASE("schema and catalog names are not part of a description, nor are *Names lists") {
  model::AddForeignKeyConstraint fk;
  fk.base_table_name = "fkd";
  fk.base_table_schema_name = "public";
  fk.base_table_catalog_name = "db";
  fk.base_column_names = "order_id";
  fk.referenced_table_name = "orders";
  fk.referenced_table_schema_name = "public";
  fk.referenced_column_names = "id";
  fk.constraint_name = "fk_x";
  CHECK(description_of(fk) ==
        "addForeignKeyConstraint baseTableName=fkd, constraintName=fk_x, referencedTableName=orders");
}

TEST_CASE("dropColumn names its column only in the columnName form") {
  model::DropColumn by_list;
  by_list.table_name = "person";
  by_list.columns = {column("age")};
  CHECK(description_of(by_list) == "dropColumn tableName=person");

  model::DropColumn by_name;
  by_name.table_name = "person";
  by_name.column_name = "age";
  CHECK(description_of(by_name) == "dropColumn columnName=age, tableName=person");
}

TEST_CASE("the changes of a change-set are described in order, joined by a semicolon") {
  model::CreateSequence seq;
  seq.sequence_name = "account_seq";
  CHECK(
      description(change_set({create_table("account"), seq, create_index("ix_account_email", "account")})) ==
      "createTable tableName=account; createSequence sequenceName=account_seq; "
      "createIndex indexName=ix_account_email, tableName=account");
}

TEST_CASE("a change without naming attributes is described by its name alone") {
  model::Sql sql;
  sql.sql = "select 1";
  CHECK(description_of(sql) == "sql");

  model::TagDatabase tag;
  tag.tag = "v1";
  CHECK(description_of(tag) == "tagDatabase");

  CHECK(description_of(model::Empty{}) == "empty");
}

TEST_CASE("a change-set without changes is described as empty") {
  CHECK(description(change_set({})) == "empty");
}

TEST_CASE("a description longer than 250 characters keeps its first 247 and ends in three dots") {
  model::AddColumn add;
  add.table_name = "b";
  add.columns = {column("c")};
  std::vector<model::Change> changes(8, add);
  changes.push_back(
      create_index("a_very_long_index_name_that_does_not_fit_in_the_description_column_at_all", "b"));
  const auto d = description(change_set(changes));
  CHECK(d.size() == 250);
  CHECK(d.starts_with("addColumn tableName=b; addColumn tableName=b; "));
  CHECK(d.ends_with("..."));
  CHECK(d.substr(0, 247) == ([&] {
          std::string full;
          for (std::size_t i = 0; i < 8; ++i) full += "addColumn tableName=b; ";
          full +=
              "createIndex "
              "indexName=a_very_long_index_name_that_does_not_fit_in_the_description_column_at_all, "
              "tableName=b";
          return full.substr(0, 247);
        }()));
}

TEST_CASE("a description of exactly 250 characters is kept whole") {
  model::CreateTable t = create_table(std::string(250 - std::string("createTable tableName=").size(), 'x'));
  CHECK(description_of(t).size() == 250);
  CHECK_FALSE(description_of(t).ends_with("..."));
}

TEST_CASE("the 250-character limit counts characters, not UTF-8 bytes") {
  // 2-byte characters: 300 of them, kept as 247 characters (494 bytes) plus the dots.
  std::string name;
  for (int i = 0; i < 300; ++i) name += "\xC3\xA9";  // é
  const auto d = description_of(create_table(name));
  const std::string prefix = "createTable tableName=";
  CHECK(d.size() == prefix.size() + 2 * (247 - prefix.size()) + 3);
  CHECK(d.ends_with("\xC3\xA9..."));
}

TEST_CASE(
    "real rows: renameColumn, modifyDataType, addPrimaryKey, dropDefaultValue are described as Liquibase "
    "did") {
  // gravitee-apim 1.16.0-plans
  model::RenameColumn rename;
  rename.table_name = "plans";
  rename.column_data_type = "nclob";
  rename.new_column_name = "security_definition";
  rename.old_column_name = "definition";
  CHECK(description_of(rename) ==
        "renameColumn newColumnName=security_definition, oldColumnName=definition, tableName=plans");

  // gravitee-apim 4.4.11_increase_length_integration_provider_column
  model::ModifyDataType modify;
  modify.table_name = "integrations";
  modify.column_name = "provider";
  modify.new_data_type = "nvarchar(64)";
  CHECK(description_of(modify) == "modifyDataType columnName=provider, tableName=integrations");

  // gravitee-apim 3.15.20-databasechangelog
  model::AddPrimaryKey pk;
  pk.constraint_name = "pk_databasechangelog";
  pk.column_names = "ID, AUTHOR, FILENAME";
  pk.table_name = "databasechangelog";
  CHECK(description_of(pk) ==
        "addPrimaryKey constraintName=pk_databasechangelog, tableName=databasechangelog");

  // jhipster-sample-app 20150805125054-1
  model::DropDefaultValue drop;
  drop.table_name = "operation";
  drop.column_name = "date";
  drop.column_data_type = "datetime";
  CHECK(description(change_set({create_table("operation"), drop})) ==
        "createTable tableName=operation; dropDefaultValue columnName=date, tableName=operation");

  // fineract 1009_refactor_loan_Installment_delinquency_tag.xml, id 1
  model::RenameTable rename_table;
  rename_table.old_table_name = "m_loan_installment_delinquency_tag_history";
  rename_table.new_table_name = "m_loan_installment_delinquency_tag";
  CHECK(description_of(rename_table) ==
        "renameTable newTableName=m_loan_installment_delinquency_tag, "
        "oldTableName=m_loan_installment_delinquency_tag_history");
}

TEST_CASE("changes restricted to other databases still appear in the description") {
  // gravitee-apim 4.4.0_add_missing_environment_id: the mysql-only sql changes are listed too.
  model::AddColumn add;
  add.table_name = "subscriptions";
  add.columns = {column("environment_id")};
  model::Sql mysql_only;
  mysql_only.dbms = "mysql,mariadb";
  mysql_only.sql = "UPDATE `subscriptions` SET x = 1";
  model::Sql postgres;
  postgres.dbms = "postgresql,mssql";
  postgres.sql = "UPDATE subscriptions SET x = 1";
  model::AddNotNullConstraint not_null;
  not_null.column_name = "environment_id";
  not_null.table_name = "subscriptions";
  CHECK(description(change_set({add, mysql_only, postgres, not_null})) ==
        "addColumn tableName=subscriptions; sql; sql; addNotNullConstraint columnName=environment_id, "
        "tableName=subscriptions");
}

}  // namespace basalt::tracker
