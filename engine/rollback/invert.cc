// The automatic inverse of each change type, as Liquibase 4.28 derives it (reference section 1).
#include "engine/rollback/invert.h"

#include <type_traits>
#include <utility>

namespace basalt::rollback {
namespace {

using Changes = std::vector<model::Change>;
using Result = std::variant<Changes, NotInvertible>;

bool has_default(const model::Column& c) {
  return c.default_value || c.default_value_numeric || c.default_value_boolean || c.default_value_computed ||
         c.default_value_date || c.default_value_sequence_next;
}

NotInvertible none(std::string_view change, std::string reason) {
  return {std::string(change), std::string(change) + " has no automatic inverse: " + std::move(reason)};
}

struct Inverter {
  Result operator()(const model::CreateTable& c) const {
    model::DropTable d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::RenameTable& c) const {
    model::RenameTable r = c;
    r.old_table_name = c.new_table_name;
    r.new_table_name = c.old_table_name;
    return Changes{r};
  }

  Result operator()(const model::RenameColumn& c) const {
    model::RenameColumn r = c;
    r.old_column_name = c.new_column_name;
    r.new_column_name = c.old_column_name;
    return Changes{r};
  }

  // Defaults first, then the columns, both in the order the columns were added (as Liquibase does).
  Result operator()(const model::AddColumn& c) const {
    Changes out;
    for (const model::Column& col : c.columns) {
      if (!has_default(col)) continue;
      model::DropDefaultValue d;
      d.catalog_name = c.catalog_name;
      d.schema_name = c.schema_name;
      d.table_name = c.table_name;
      d.column_name = col.name;
      d.column_data_type = col.type;
      d.where = c.where;
      out.emplace_back(std::move(d));
    }
    for (const model::Column& col : c.columns) {
      model::DropColumn d;
      d.catalog_name = c.catalog_name;
      d.schema_name = c.schema_name;
      d.table_name = c.table_name;
      d.column_name = col.name;
      d.where = c.where;
      out.emplace_back(std::move(d));
    }
    return out;
  }

  Result operator()(const model::AddNotNullConstraint& c) const {
    model::DropNotNullConstraint d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.column_name = c.column_name;
    d.column_data_type = c.column_data_type;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::DropNotNullConstraint& c) const {
    model::AddNotNullConstraint a;
    a.catalog_name = c.catalog_name;
    a.schema_name = c.schema_name;
    a.table_name = c.table_name;
    a.column_name = c.column_name;
    a.column_data_type = c.column_data_type;
    a.where = c.where;
    return Changes{a};
  }

  Result operator()(const model::AddDefaultValue& c) const {
    model::DropDefaultValue d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.column_name = c.column_name;
    d.column_data_type = c.column_data_type;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::CreateIndex& c) const {
    if (!c.index_name) return none("createIndex", "the index has no indexName to drop it by");
    model::DropIndex d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.index_name = c.index_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::AddPrimaryKey& c) const {
    model::DropPrimaryKey d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.constraint_name = c.constraint_name;  // absent: the generator looks the key up by table
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::AddUniqueConstraint& c) const {
    if (!c.constraint_name) {
      return none("addUniqueConstraint", "the constraint has no constraintName to drop it by");
    }
    model::DropUniqueConstraint d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.table_name = c.table_name;
    d.constraint_name = c.constraint_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::AddForeignKeyConstraint& c) const {
    model::DropForeignKeyConstraint d;
    d.base_table_catalog_name = c.base_table_catalog_name;
    d.base_table_schema_name = c.base_table_schema_name;
    d.base_table_name = c.base_table_name;
    d.constraint_name = c.constraint_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::CreateSequence& c) const {
    model::DropSequence d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.sequence_name = c.sequence_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::CreateView& c) const {
    model::DropView d;
    d.catalog_name = c.catalog_name;
    d.schema_name = c.schema_name;
    d.view_name = c.view_name;
    d.where = c.where;
    return Changes{d};
  }

  Result operator()(const model::RenameSequence& c) const {
    model::RenameSequence r = c;  // the schema kept
    r.old_sequence_name = c.new_sequence_name;
    r.new_sequence_name = c.old_sequence_name;
    return Changes{r};
  }

  // The schema kept: Liquibase's inverse loses it and renames public's view (README).
  Result operator()(const model::RenameView& c) const {
    model::RenameView r = c;
    r.old_view_name = c.new_view_name;
    r.new_view_name = c.old_view_name;
    return Changes{r};
  }

  Result operator()(const model::AddLookupTable& c) const {
    model::DropForeignKeyConstraint key;
    key.base_table_catalog_name = c.existing_table_catalog_name;
    key.base_table_schema_name = c.existing_table_schema_name;
    key.base_table_name = c.existing_table_name;
    key.constraint_name = c.foreign_key_name();
    key.where = c.where;
    model::DropTable table;
    table.catalog_name = c.new_table_catalog_name;
    table.schema_name = c.new_table_schema_name;
    table.table_name = c.new_table_name;
    table.where = c.where;
    return Changes{key, table};
  }

  Result operator()(const model::Output&) const { return Changes{}; }
  Result operator()(const model::Stop&) const { return Changes{}; }

  Result operator()(const model::SetTableRemarks&) const {
    return none("setTableRemarks", "the previous remarks are not recorded in the change");
  }
  Result operator()(const model::SetColumnRemarks&) const {
    return none("setColumnRemarks", "the previous remarks are not recorded in the change");
  }
  Result operator()(const model::AlterSequence&) const {
    return none("alterSequence", "the sequence's previous settings are not recorded in the change");
  }
  Result operator()(const model::MergeColumns&) const {
    return none("mergeColumns", "the two dropped columns and their values are gone");
  }
  Result operator()(const model::DropAllForeignKeyConstraints&) const {
    return none("dropAllForeignKeyConstraints", "the dropped keys' definitions are not recorded in the change");
  }
  Result operator()(const model::CreateProcedure&) const {
    return none("createProcedure", "Liquibase has no inverse for it (the procedure's signature is in its text)");
  }
  Result operator()(const model::DropProcedure&) const {
    return none("dropProcedure", "the procedure's definition is not recorded in the change");
  }

  Result operator()(const model::TagDatabase&) const { return Changes{}; }
  Result operator()(const model::Empty&) const { return Changes{}; }

  Result operator()(const model::DropTable&) const { return none("dropTable", "the table and its rows are gone"); }
  Result operator()(const model::AddAutoIncrement&) const {
    return none("addAutoIncrement", "Liquibase has no inverse for it: the column's previous default is not recorded");
  }
  Result operator()(const model::CustomChange&) const {
    return none("customChange", "its Java code, which alone knows how to undo it, is not run by basalt");
  }
  Result operator()(const model::DropColumn&) const {
    return none("dropColumn", "the dropped column and its data are gone");
  }
  Result operator()(const model::ModifyDataType&) const {
    return none("modifyDataType", "the previous type is not recorded in the change");
  }
  Result operator()(const model::DropDefaultValue&) const {
    return none("dropDefaultValue", "the previous default is not recorded in the change");
  }
  Result operator()(const model::DropIndex&) const {
    return none("dropIndex", "the index definition is not recorded in the change");
  }
  Result operator()(const model::DropForeignKeyConstraint&) const {
    return none("dropForeignKeyConstraint", "the constraint definition is not recorded in the change");
  }
  Result operator()(const model::DropPrimaryKey&) const {
    return none("dropPrimaryKey", "the key's columns are not recorded in the change");
  }
  Result operator()(const model::DropUniqueConstraint&) const {
    return none("dropUniqueConstraint", "the constraint's columns are not recorded in the change");
  }
  Result operator()(const model::DropSequence&) const {
    return none("dropSequence", "the sequence definition and its position are gone");
  }
  Result operator()(const model::DropView&) const {
    return none("dropView", "the view definition is not recorded in the change");
  }
  Result operator()(const model::Sql&) const { return none("sql", "raw SQL cannot be inverted automatically"); }
  Result operator()(const model::ExecuteCommand&) const {
    return none("executeCommand", "what a program did cannot be undone automatically (Liquibase has no inverse either)");
  }
  Result operator()(const model::SqlFile&) const { return none("sqlFile", "raw SQL cannot be inverted automatically"); }
  Result operator()(const model::LoadData&) const {
    return none("loadData", "which loaded rows to delete is not known (Liquibase has no inverse for it either)");
  }
  // Liquibase deletes every row of the file by its key, also the rows the load only updated.
  Result operator()(const model::LoadUpdateData& c) const {
    model::LoadUpdateData inverse = c;
    inverse.delete_rows = true;
    return Changes{std::move(inverse)};
  }
  Result operator()(const model::Insert&) const {
    return none("insert", "which inserted rows to delete is not known");
  }
  Result operator()(const model::Update&) const { return none("update", "the previous values are gone"); }
  Result operator()(const model::Delete&) const { return none("delete", "the deleted rows are gone"); }
};

}  // namespace

std::variant<std::vector<model::Change>, NotInvertible> invert(const model::Change& change) {
  return std::visit(Inverter{}, change);
}

std::variant<std::vector<model::Change>, NotInvertible> rollback_changes(const model::ChangeSet& cs) {
  switch (cs.rollback.kind) {
    case model::Rollback::Kind::explicit_empty:
      return Changes{};
    case model::Rollback::Kind::explicit_changes:
      return cs.rollback.changes;
    case model::Rollback::Kind::automatic:
      break;
  }
  Changes out;
  for (auto it = cs.changes.rbegin(); it != cs.changes.rend(); ++it) {
    Result r = invert(*it);
    if (auto* failed = std::get_if<NotInvertible>(&r)) return std::move(*failed);
    Changes& inverse = std::get<Changes>(r);
    out.insert(out.end(), std::make_move_iterator(inverse.begin()), std::make_move_iterator(inverse.end()));
  }
  return out;
}

}  // namespace basalt::rollback
