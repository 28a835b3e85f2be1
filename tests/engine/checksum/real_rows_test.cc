// Checksums of change-sets from real projects, against the MD5SUM Liquibase 4.28 wrote (shared/corpus).
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "engine/checksum/checksum.h"

namespace basalt::checksum {
namespace {

model::ChangeSet change_set(std::vector<model::Change> changes) {
  model::ChangeSet cs;
  cs.changes = std::move(changes);
  return cs;
}

model::Column column(std::string name, model::Text type = std::nullopt) {
  model::Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  return c;
}

model::Constraints nullable(bool value) {
  model::Constraints c;
  c.nullable = value;
  return c;
}

}  // namespace

TEST_CASE("a createTable with column constraints followed by dropDefaultValue matches jhipster's row") {
  // jhipster-sample-app 20150805125054_added_entity_Operation.xml, ${datetimeType} = datetime.
  model::CreateTable table;
  table.table_name = "operation";
  auto id = column("id", "bigint");
  id.constraints = nullable(false);
  id.constraints->primary_key = true;
  auto date = column("date", "datetime");
  date.constraints = nullable(false);
  auto description = column("description", "varchar(255)");
  description.constraints = nullable(true);
  auto amount = column("amount", "decimal(21,2)");
  amount.constraints = nullable(false);
  auto account = column("bank_account_id", "bigint");
  account.constraints = nullable(true);
  table.columns = {id, date, description, amount, account};

  model::DropDefaultValue drop;
  drop.table_name = "operation";
  drop.column_name = "date";
  drop.column_data_type = "datetime";

  CHECK(checksum(change_set({table, drop})) == "9:bc46d89eed832627c2a9b72e7775c362");
}

TEST_CASE("createTable then addPrimaryKey matches jhipster's row") {
  model::CreateTable table;
  table.table_name = "rel_operation__label";
  auto label = column("label_id", "bigint");
  label.constraints = nullable(false);
  auto operation = column("operation_id", "bigint");
  operation.constraints = nullable(false);
  table.columns = {label, operation};

  model::AddPrimaryKey pk;
  pk.column_names = "operation_id, label_id";
  pk.table_name = "rel_operation__label";

  CHECK(checksum(change_set({table, pk})) == "9:48e9514b7f090dc6241d013699aef0ad");
}

TEST_CASE("numeric attributes hash as written: jhipster's createSequence") {
  model::CreateSequence seq;
  seq.sequence_name = "sequence_generator";
  seq.start_value = "1050";
  seq.increment_by = "50";
  CHECK(checksum(change_set({seq})) == "9:b6b4a3e0d2a6d7f1e5139675af65d7b0");
}

TEST_CASE("renameColumn with columnDataType matches gravitee's row") {
  model::RenameColumn rename;
  rename.table_name = "plans";
  rename.column_data_type = "nclob";
  rename.new_column_name = "security_definition";
  rename.old_column_name = "definition";
  CHECK(checksum(change_set({rename})) == "9:bf9f3a677e5a48d65074ff84032f1077");
}

TEST_CASE("modifyDataType matches gravitee's row") {
  model::ModifyDataType modify;
  modify.table_name = "integrations";
  modify.column_name = "provider";
  modify.new_data_type = "nvarchar(64)";
  CHECK(checksum(change_set({modify})) == "9:172e8aa7bfb188ea3d80b5e4a8ffe2af");
}

TEST_CASE("dropNotNullConstraint matches gravitee's row") {
  model::DropNotNullConstraint drop;
  drop.column_data_type = "nvarchar(64)";
  drop.column_name = "environment_id";
  drop.table_name = "commands";
  CHECK(checksum(change_set({drop})) == "9:8043ae7ba94f3ae278fe370296ce9c16");
}

TEST_CASE("addPrimaryKey matches gravitee's row even under validCheckSum ANY") {
  model::AddPrimaryKey pk;
  pk.constraint_name = "pk_databasechangelog";
  pk.column_names = "ID, AUTHOR, FILENAME";
  pk.table_name = "databasechangelog";
  auto cs = change_set({pk});
  cs.valid_checksums = {"ANY"};
  CHECK(checksum(cs) == "9:b0733253cdcfa127aee44fd42274ecc6");
}

TEST_CASE("addColumn then addDefaultValue matches gravitee's row") {
  model::AddColumn add;
  add.table_name = "users";
  add.columns = {column("status", "nvarchar(64)")};
  model::AddDefaultValue def;
  def.table_name = "users";
  def.column_name = "status";
  def.default_value = "ACTIVE";
  CHECK(checksum(change_set({add, def})) == "9:89ca414f7a2b2611992195cbea275b09");
}

TEST_CASE("dropColumn hashes columnName alone or the columns list alone, as fineract's rows show") {
  model::DropColumn by_name;
  by_name.table_name = "m_loan_transaction_relation";
  by_name.column_name = "version";
  CHECK(checksum(change_set({by_name})) == "9:c1eee3071ab6510345d6bf1035ccb70c");

  model::DropColumn by_list;
  by_list.table_name = "m_loan_transaction";
  by_list.columns = {column("appuser_id")};
  CHECK(checksum(change_set({by_list})) == "9:f2e0ada50ec3d7561558ee6d6a9d8288");
}

TEST_CASE("createIndex column types do not count: keycloak's IDX_ADMIN_EVENT_TIME") {
  model::CreateIndex index;
  index.table_name = "ADMIN_EVENT_ENTITY";
  index.index_name = "IDX_ADMIN_EVENT_TIME";
  index.columns = {column("REALM_ID", "VARCHAR(255)"), column("ADMIN_EVENT_TIME", "BIGINT")};
  CHECK(checksum(change_set({index})) == "9:015479dbd691d9cc8669282f4828c41d");
}

TEST_CASE("createView matches the rows of Liquibase's own integration changelog") {
  model::CreateView first;
  first.view_name = "personView";
  first.select_query = "\n            select * from person\n        ";
  auto second = first;
  second.replace_if_exists = true;
  CHECK(checksum(change_set({first, second})) == "9:3ca6b5634643898f542a7be6a8bad7b1");

  model::CreateView narrow;
  narrow.view_name = "personView";
  narrow.select_query = "select id, fullname from person";
  CHECK(checksum(change_set({narrow})) == "9:63da7e00d0d439adaf76e268e033d534");
}

TEST_CASE("sql changes for other databases are left out: gravitee's 4.4.0_add_missing_environment_id") {
  const auto add_environment = [](std::string table) {
    model::AddColumn add;
    add.table_name = std::move(table);
    add.columns = {column("environment_id", "nvarchar(64)")};
    add.columns[0].constraints = nullable(true);
    return add;
  };
  const auto sql = [](std::string dbms, std::string text) {
    model::Sql s;
    s.dbms = std::move(dbms);
    s.sql = std::move(text);
    return s;
  };
  model::AddNotNullConstraint not_null;
  not_null.column_name = "environment_id";
  not_null.column_data_type = "VARCHAR(64)";
  not_null.table_name = "subscriptions";
  not_null.validate = true;

  const auto cs = change_set({
      add_environment("subscriptions"),
      sql("mysql,mariadb",
          "UPDATE `subscriptions` s LEFT OUTER JOIN `apis` a ON s.api = a.id SET s.environment_id = "
          "a.environment_id;"),
      sql("postgresql,mssql",
          "UPDATE subscriptions SET environment_id = a.environment_id FROM apis a WHERE api = a.id;"),
      not_null,
      add_environment("keys"),
      sql("mysql,mariadb",
          "UPDATE `keys` k JOIN `apis` a ON k.api = a.id SET k.environment_id = a.environment_id;"),
      sql("mysql,mariadb",
          "UPDATE `keys` k JOIN `key_subscriptions` ks ON k.id = ks.key_id JOIN `subscriptions` s ON "
          "ks.subscription_id = s.id SET k.environment_id = s.environment_id;"),
      sql("postgresql,mssql",
          "UPDATE keys SET environment_id = a.environment_id FROM keys k, apis a WHERE k.api = a.id;"),
      sql("postgresql,mssql",
          "UPDATE keys SET environment_id = s.environment_id FROM keys k, key_subscriptions ks, "
          "subscriptions s "
          "WHERE k.id = ks.key_id AND ks.subscription_id = s.id;"),
  });
  CHECK(checksum(cs) == "9:69901d37aa21d9bafb7e49e4cc98c682");
}

TEST_CASE("a non-numeric valueNumeric is hashed as the valueComputed Liquibase turns it into") {
  // fineract 0052_loan_transaction_chargeback.xml id 5 writes valueNumeric="true"; Liquibase's row
  // matches only when the model holds it as valueComputed, which is the reader's job.
  const auto payment_type = [](std::string label, std::string code, bool computed_flag) {
    model::Insert insert;
    insert.table_name = "m_payment_type";
    auto value = column("value");
    value.value = label;
    auto description = column("description");
    description.value = label;
    auto cash = column("is_cash_payment");
    cash.value_boolean = false;
    auto position = column("order_position");
    position.value_numeric = "1";
    auto code_name = column("code_name");
    code_name.value = std::move(code);
    auto system = column("is_system_defined");
    if (computed_flag) {
      system.value_computed = "true";
    } else {
      system.value_boolean = true;
    }
    insert.columns = {value, description, cash, position, code_name, system};
    return insert;
  };
  CHECK(checksum(change_set(
            {payment_type("Repayment Adjustment Chargeback", "REPAYMENT_ADJUSTMENT_CHARGEBACK", true),
             payment_type("Repayment Adjustment Refund", "REPAYMENT_ADJUSTMENT_REFUND", false)})) ==
        "9:44ae52df285aa642587d8dc3c19d26a8");
}

TEST_CASE("addForeignKeyConstraint's deleteCascade is never hashed, only the onDelete it stands for") {
  // Liquibase's integration changelog, root.changelog.xml id 25, writes deleteCascade="true"; the
  // reader is expected to set onDelete CASCADE from it, as Liquibase does.
  model::AddForeignKeyConstraint fk;
  fk.base_column_names = "employer_id";
  fk.base_table_name = "person";
  fk.constraint_name = "fk_person_employer";
  fk.referenced_column_names = "id";
  fk.referenced_table_name = "company";
  fk.delete_cascade = true;
  fk.on_delete = "CASCADE";
  fk.references_unique_column = false;
  CHECK(checksum(change_set({fk})) == "9:1e94215d8f968887b1bfa11569603059");
}

TEST_CASE("a customChange hashes its class and an empty param map: keycloak's 2.4.0") {
  model::CustomChange custom;
  custom.class_name = "org.keycloak.connections.jpa.updater.liquibase.custom.PortLdapUserFedToComponentModel";
  CHECK(change_text(custom) ==
        "customChange:[\n    class=\"org.keycloak.connections.jpa.updater.liquibase.custom."
        "PortLdapUserFedToComponentModel\"\n    param=[]\n]");
  CHECK(checksum(change_set({custom})) == "9:eac4ffb2a14795e5dc7b426063e54d88");
}

TEST_CASE("a customChange's params hash as a map sorted by name") {
  model::CustomChange custom;
  custom.class_name = "x.Y";
  custom.params = {{"tableName", "person"}, {"columnName", "employer_id"}};
  CHECK(change_text(custom) == "customChange:[\n    class=\"x.Y\"\n    param={\n        columnName=\"employer_id\",\n"
                               "        tableName=\"person\"\n    }\n]");
}

TEST_CASE("modifySql counts in the checksum: keycloak's 14.0.0-KEYCLOAK-18286-supported-dbs") {
  model::CreateIndex index;
  index.table_name = "CLIENT_ATTRIBUTES";
  index.index_name = "IDX_CLIENT_ATT_BY_NAME_VALUE";
  auto value = column("VALUE(255)");
  value.value_computed = "VALUE(255)";
  index.columns = {column("NAME", "VARCHAR(255)"), value};
  model::ChangeSet cs = change_set({index});
  model::SqlEdit postgresql, oracle;
  postgresql.kind = oracle.kind = model::SqlEdit::Kind::replace;
  postgresql.replace = oracle.replace = "VALUE(255)";
  postgresql.with = "(value::varchar(250))";
  postgresql.dbms = "postgresql";
  oracle.with = "SUBSTR(VALUE, 1, 250)";
  oracle.dbms = "oracle";
  // The reader keeps only the edits that apply: the oracle one is gone before the checksum.
  CHECK(oracle.dbms == "oracle");
  cs.sql_edits = {postgresql};
  CHECK(checksum(cs) == "9:60ca84a0f8c94ec8c3504a5a3bc88ee8");
  cs.sql_edits = {};
  CHECK(checksum(cs) == "9:bd2bd0fc7768cf0845ac96a8786fa735");  // its validCheckSum for the edit-less checksum
}

TEST_CASE("whereParams are not hashed: keycloak's authz-2.5.1") {
  model::Update update;
  update.table_name = "RESOURCE_SERVER_POLICY";
  update.where_clause = "TYPE = :value";
  auto type = column("TYPE");
  type.value = "rules";
  update.columns = {type};
  auto param = model::Column{};
  param.value = "drools";
  update.where_params = {param};
  CHECK(checksum(change_set({update})) == "9:44bae577f551b3738740281eceb4ea70");
}

}  // namespace basalt::checksum
