// Forward SQL per change type. Each function mirrors one row of the reference table of what
// Liquibase 4.28 printed on PostgreSQL, down to its spacing, so update-sql previews read the same.
#include "engine/sql/generate.h"

#include <sys/utsname.h>

#include <algorithm>
#include <cctype>
#include <type_traits>

#include "engine/core/error.h"
#include "engine/core/text.h"
#include "engine/model/expression.h"
#include "engine/sql/load.h"
#include "engine/sql/quote.h"
#include "engine/sql/split.h"
#include "engine/sql/types.h"
#include "engine/sql/values.h"
#include "engine/sqlparse/sqlparse.h"

namespace basalt::sql {
namespace {

using model::Text;

bool on(const model::Flag& f) { return f.value_or(false); }

[[noreturn]] void invalid(const SourceLocation& where, std::string_view change, const std::string& message,
                          std::string hint = {}) {
  throw InvalidChange(where, std::string(change) + ": " + message, std::move(hint));
}

// What addNotNullConstraint writes for NULLs, as Liquibase 4.28 does: text, whatever the column's type
// (`'0'`); `now()` as written; for a boolean columnDataType, 'TRUE' or 'FALSE' from true/t/1 and
// false/f/0. ("null" writes no UPDATE at all.)
std::string null_replacement(const model::AddNotNullConstraint& c) {
  const std::string& value = *c.default_null_value;
  if (text::iequals(value, "now()")) return value;
  if (c.column_data_type && column_type(*c.column_data_type).family == ColumnType::Family::boolean) {
    std::string lower = text::lower(value);
    if (lower == "true" || lower == "t" || lower == "1") return "'TRUE'";
    if (lower == "false" || lower == "f" || lower == "0") return "'FALSE'";
    invalid(c.where, "addNotNullConstraint",
            "defaultNullValue '" + value + "' is not a boolean, and the column is (columnDataType " +
                *c.column_data_type + ")",
            "write true or false (Liquibase refuses it too)");
  }
  return quote_literal(value);
}

class Generator {
 public:
  explicit Generator(const Target& target) : target_(target) {}

  Statements operator()(const model::CreateTable& c) const {
    const std::string type = c.table_type ? text::upper(text::trim(*c.table_type)) : std::string();
    // A temporary table lives in a schema of its session: its name is not qualified.
    const bool temporary = text::lower(type).find("temp") != std::string::npos;
    const std::string table = temporary ? quote_name(c.table_name.value_or("")) : name(c.schema_name, c.table_name);
    const std::string table_read =
        temporary ? name_as_read(c.table_name.value_or("")) : relation(c.schema_name, c.table_name);
    std::vector<std::string> defs, primary_key;
    std::string pk_name;
    bool pk_deferrable = false, pk_initially_deferred = false;
    std::vector<std::string> foreign_keys, uniques, referenced;
    for (const model::Column& col : c.columns) {
      defs.push_back(column_definition(col, "createTable"));
      if (!col.constraints) continue;
      const model::Constraints& k = *col.constraints;
      const std::string column = quote_name(col.name.value_or(""));
      if (on(k.primary_key)) {
        primary_key.push_back(column);
        if (pk_name.empty() && k.primary_key_name) pk_name = *k.primary_key_name;
        pk_deferrable = pk_deferrable || on(k.deferrable);
        pk_initially_deferred = pk_initially_deferred || on(k.initially_deferred);
      }
      if (k.references || k.referenced_table_name) {
        foreign_keys.push_back(constraint_prefix(k.foreign_key_name) + "FOREIGN KEY (" + column + ") REFERENCES " +
                               inline_reference(k, c.schema_name) + foreign_key_options(k));
        referenced.push_back(referenced_relation(k, c.schema_name));
      }
      if (on(k.unique)) uniques.push_back(constraint_prefix(k.unique_constraint_name) + "UNIQUE (" + column + ")");
    }
    if (!primary_key.empty()) {
      if (pk_name.empty()) pk_name = c.table_name.value_or("") + "_pkey";
      defs.push_back("CONSTRAINT " + quote_name(pk_name) + " PRIMARY KEY (" + text::join(primary_key, ", ") + ")" +
                     (pk_initially_deferred ? " INITIALLY DEFERRED" : "") + (pk_deferrable ? " DEFERRABLE" : ""));
    }
    defs.insert(defs.end(), foreign_keys.begin(), foreign_keys.end());
    defs.insert(defs.end(), uniques.begin(), uniques.end());

    std::string create = "CREATE " + (type.empty() ? "" : type + " ") + "TABLE ";
    if (on(c.if_not_exists)) create += "IF NOT EXISTS ";
    create += table + " (" + text::join(defs, ", ") + ")";
    if (c.tablespace) create += " TABLESPACE " + quote_name(*c.tablespace);
    const bool referencing = !referenced.empty();
    Statements out{tagged(create, referencing ? Form::create_table_referencing : Form::create_table, table_read,
                          std::move(referenced))};
    if (c.remarks)
      out.push_back(tagged("COMMENT ON TABLE " + table + " IS " + quote_literal(*c.remarks), Form::comment, table_read));
    for (const model::Column& col : c.columns) {
      if (col.remarks) {
        out.push_back(tagged("COMMENT ON COLUMN " + table + "." + quote_name(col.name.value_or("")) + " IS " +
                                 quote_literal(*col.remarks),
                             Form::comment, table_read));
      }
    }
    return out;
  }

  Statements operator()(const model::DropTable& c) const {
    return {tagged("DROP TABLE " + name(c.schema_name, c.table_name) + (on(c.cascade_constraints) ? " CASCADE" : ""),
                   Form::drop_table, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::RenameTable& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.old_table_name) + " RENAME TO " +
                       quote_name(c.new_table_name.value_or("")),
                   Form::rename_table, relation(c.schema_name, c.old_table_name))};
  }

  Statements operator()(const model::AddColumn& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    const std::string read = relation(c.schema_name, c.table_name);
    Statements out, updates, not_null;
    for (const model::Column& given : c.columns) {
      const std::string column = quote_name(given.name.value_or(""));
      const bool primary_key = given.constraints && on(given.constraints->primary_key);
      // A new column with a value is filled by an UPDATE after the columns are added; when it must
      // not be null, it becomes NOT NULL only after that, as Liquibase does it.
      const bool filled = given.value || given.value_numeric || given.value_boolean || given.value_date ||
                          given.value_computed || given.value_sequence_next || given.value_sequence_current;
      model::Column col = given;
      if (filled) {
        updates.push_back(tagged("UPDATE " + table + " SET " + column + " = " + column_value(given, target_.default_schema),
                                 Form::update, read));
        if (col.constraints && col.constraints->nullable == false) {
          col.constraints->nullable.reset();
          not_null.push_back(tagged("ALTER TABLE " + table + " ALTER COLUMN  " + column + " SET NOT NULL",
                                    Form::set_not_null, read));
        }
      }
      Statement add{"ALTER TABLE " + table + " ADD " + column_definition(col, "addColumn") + (primary_key ? " PRIMARY KEY" : "")};
      // A computed default is an expression: whether it is volatile is the parser's to say.
      if (const std::optional<Form> form = added_column_form(col)) add.tag = Tag{*form, read};
      out.push_back(std::move(add));
      if (!col.constraints) continue;
      const model::Constraints& k = *col.constraints;
      if (on(k.unique)) {
        out.push_back(tagged("ALTER TABLE " + table + " ADD " + constraint_prefix(k.unique_constraint_name) + "UNIQUE (" +
                                 column + ")",
                             Form::add_unique_constraint, read));
      }
      if (k.references || k.referenced_table_name) {
        out.push_back(tagged("ALTER TABLE " + table + " ADD " + constraint_prefix(k.foreign_key_name) + "FOREIGN KEY (" +
                                 column + ") REFERENCES " + inline_reference(k, c.schema_name) + foreign_key_options(k),
                             Form::add_foreign_key, read, {referenced_relation(k, c.schema_name)}));
      }
    }
    out.insert(out.end(), updates.begin(), updates.end());
    out.insert(out.end(), not_null.begin(), not_null.end());
    for (const model::Column& col : c.columns) {
      // Liquibase leaves out blank remarks, and trims the others.
      if (col.remarks && !text::trim(*col.remarks).empty()) {
        out.push_back(tagged("COMMENT ON COLUMN " + table + "." + quote_name(col.name.value_or("")) + " IS " +
                                 quote_literal(text::trim(*col.remarks)),
                             Form::comment, read));
      }
    }
    return out;
  }

  Statements operator()(const model::DropColumn& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    Statements out;
    const std::string read = relation(c.schema_name, c.table_name);
    if (c.column_name)
      out.push_back(tagged("ALTER TABLE " + table + " DROP COLUMN " + quote_name(*c.column_name), Form::drop_column, read));
    for (const model::Column& col : c.columns) {
      out.push_back(
          tagged("ALTER TABLE " + table + " DROP COLUMN " + quote_name(col.name.value_or("")), Form::drop_column, read));
    }
    return out;
  }

  Statements operator()(const model::RenameColumn& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.table_name) + " RENAME COLUMN " +
                       quote_name(c.old_column_name.value_or("")) + " TO " + quote_name(c.new_column_name.value_or("")),
                   Form::rename_column, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::ModifyDataType& c) const {
    const std::string column = quote_name(c.column_name.value_or(""));
    const std::string type = column_type(c.new_data_type.value_or("")).sql;
    return {tagged("ALTER TABLE " + name(c.schema_name, c.table_name) + " ALTER COLUMN " + column + " TYPE " + type +
                       " USING (" + column + "::" + type + ")",
                   Form::alter_column_type, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::AddNotNullConstraint& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    const std::string column = quote_name(c.column_name.value_or(""));
    const std::string read = relation(c.schema_name, c.table_name);
    Statements out;
    if (c.default_null_value && !text::iequals(*c.default_null_value, "null")) {
      out.push_back(tagged("UPDATE " + table + " SET " + column + " = " + null_replacement(c) + " WHERE " + column +
                               " IS NULL",
                           Form::update, read));
    }
    out.push_back(tagged("ALTER TABLE " + table + " ALTER COLUMN  " + column + " SET NOT NULL", Form::set_not_null, read));
    return out;
  }

  Statements operator()(const model::DropNotNullConstraint& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.table_name) + " ALTER COLUMN  " +
                       quote_name(c.column_name.value_or("")) + " DROP NOT NULL",
                   Form::drop_not_null, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::AddDefaultValue& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    const std::string column = quote_name(c.column_name.value_or(""));
    const ColumnType type = column_type(c.column_data_type.value_or(""));
    const auto expression = default_expression(DefaultValue::of(c), type, target_.default_schema);
    if (!expression)
      invalid(c.where, "addDefaultValue", "no default value given",
              "give one of defaultValue, defaultValueNumeric, defaultValueBoolean, defaultValueDate, "
              "defaultValueComputed or defaultValueSequenceNext");
    Statements out{tagged("ALTER TABLE " + table + " ALTER COLUMN  " + column + " SET DEFAULT " + *expression,
                          Form::set_default, relation(c.schema_name, c.table_name))};
    if (c.default_value_sequence_next && !c.default_value_computed) {
      out.push_back(tagged("ALTER SEQUENCE " + qualify(target_.default_schema, *c.default_value_sequence_next) +
                               " OWNED BY " + table + "." + column,
                           Form::alter_sequence, relation_as_read(target_.default_schema, *c.default_value_sequence_next)));
    }
    return out;
  }

  Statements operator()(const model::DropDefaultValue& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.table_name) + " ALTER COLUMN " +
                       quote_name(c.column_name.value_or("")) + " DROP DEFAULT",
                   Form::drop_default, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::CreateIndex& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    std::vector<std::string> columns;
    for (const model::Column& col : c.columns) {
      // Liquibase writes a computed column, and a name that looks like a function call
      // ("lower(email)"), as it stands.
      const std::string written = col.name.value_or("");
      std::string column =
          on(col.computed) || written.find('(') != std::string::npos ? written : quote_name(written);
      if (on(col.descending)) column += " DESC";
      columns.push_back(std::move(column));
    }
    std::string create = on(c.unique) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
    if (c.index_name) create += quote_name(*c.index_name) + " ";
    create += "ON " + table + "(" + text::join(columns, ", ") + ")";
    if (c.tablespace) create += " TABLESPACE " + quote_name(*c.tablespace);
    Statements out{tagged(create, Form::create_index, relation(c.schema_name, c.table_name))};
    if (on(c.clustered) && c.index_name) {
      out.push_back({"CLUSTER " + table + " USING " + quote_name(*c.index_name)});
    }
    return out;
  }

  Statements operator()(const model::DropIndex& c) const {
    return {tagged("DROP INDEX " + name(c.schema_name, c.index_name), Form::drop_index, relation(c.schema_name, c.index_name))};
  }

  Statements operator()(const model::AddPrimaryKey& c) const {
    std::string add = "ALTER TABLE " + name(c.schema_name, c.table_name) + " ADD " +
                      constraint_prefix(c.constraint_name) + "PRIMARY KEY (" + name_list(c.column_names) + ")";
    if (c.tablespace) add += " USING INDEX TABLESPACE " + quote_name(*c.tablespace);
    Statements out{tagged(add, Form::add_primary_key, relation(c.schema_name, c.table_name))};
    if (on(c.clustered) && c.constraint_name)
      out.push_back({"CLUSTER " + name(c.schema_name, c.table_name) + " USING " + quote_name(*c.constraint_name)});
    return out;
  }

  Statements operator()(const model::AddUniqueConstraint& c) const {
    std::string add = "ALTER TABLE " + name(c.schema_name, c.table_name) + " ADD " +
                      constraint_prefix(c.constraint_name) + "UNIQUE (" + name_list(c.column_names) + ")";
    if (c.tablespace) add += " USING INDEX TABLESPACE " + quote_name(*c.tablespace);
    if (on(c.deferrable)) add += " DEFERRABLE";
    if (on(c.initially_deferred)) add += " INITIALLY DEFERRED";
    return {tagged(add, Form::add_unique_constraint, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::AddForeignKeyConstraint& c) const {
    std::string add = "ALTER TABLE " + name(c.base_table_schema_name, c.base_table_name) + " ADD CONSTRAINT " +
                      quote_name(c.constraint_name.value_or("")) + " FOREIGN KEY (" +
                      name_list(c.base_column_names) + ") REFERENCES " +
                      name(c.referenced_table_schema_name, c.referenced_table_name) + " (" +
                      name_list(c.referenced_column_names) + ")";
    if (c.on_update) add += " ON UPDATE " + referential_action(*c.on_update);
    if (c.on_delete) {
      add += " ON DELETE " + referential_action(*c.on_delete);
    } else if (on(c.delete_cascade)) {
      add += " ON DELETE CASCADE";
    }
    if (on(c.deferrable)) add += " DEFERRABLE";
    if (on(c.initially_deferred)) add += " INITIALLY DEFERRED";
    const bool not_valid = c.validate && !*c.validate;
    if (not_valid) add += " NOT VALID";
    return {tagged(add, not_valid ? Form::add_foreign_key_not_valid : Form::add_foreign_key,
                   relation(c.base_table_schema_name, c.base_table_name),
                   {relation(c.referenced_table_schema_name, c.referenced_table_name)})};
  }

  Statements operator()(const model::DropForeignKeyConstraint& c) const {
    return {tagged("ALTER TABLE " + name(c.base_table_schema_name, c.base_table_name) + " DROP CONSTRAINT " +
                       quote_name(c.constraint_name.value_or("")),
                   Form::drop_constraint, relation(c.base_table_schema_name, c.base_table_name))};
  }

  Statements operator()(const model::DropPrimaryKey& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    if (c.constraint_name)
      return {tagged("ALTER TABLE " + table + " DROP CONSTRAINT " + quote_name(*c.constraint_name), Form::drop_constraint,
                     relation(c.schema_name, c.table_name))};
    // Without a name, look the constraint up when the statement runs.
    return {{"DO $$\nDECLARE pk_name text;\nBEGIN\n  SELECT conname INTO STRICT pk_name FROM pg_constraint\n"
             "  WHERE contype = 'p' AND conrelid = " +
             quote_literal(table) + "::regclass;\n  EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', " +
             quote_literal(table) + ", pk_name);\nEND $$"}};
  }

  Statements operator()(const model::DropUniqueConstraint& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.table_name) + " DROP CONSTRAINT " +
                       quote_name(c.constraint_name.value_or("")),
                   Form::drop_constraint, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::CreateSequence& c) const {
    std::string create = "CREATE SEQUENCE  IF NOT EXISTS " + name(c.schema_name, c.sequence_name);
    if (c.data_type) create += " AS " + *c.data_type;
    if (c.start_value) create += " START WITH " + *c.start_value;
    if (c.increment_by) create += " INCREMENT BY " + *c.increment_by;
    if (c.min_value) create += " MINVALUE " + *c.min_value;
    if (c.max_value) create += " MAXVALUE " + *c.max_value;
    if (c.cache_size && *c.cache_size != "0") create += " CACHE " + *c.cache_size;  // 0: nothing, as in Liquibase
    if (on(c.cycle)) create += " CYCLE";
    return {tagged(create, Form::create_sequence, relation(c.schema_name, c.sequence_name))};
  }

  Statements operator()(const model::DropSequence& c) const {
    return {{"DROP SEQUENCE " + name(c.schema_name, c.sequence_name) + " CASCADE"}};
  }

  Statements operator()(const model::CreateView& c) const {
    const std::string view = name(c.schema_name, c.view_name);
    const std::string query(text::trim(c.path ? c.expanded : c.select_query.value_or("")));
    std::string create;
    if (on(c.full_definition)) {
      create = query;
    } else {
      create = std::string(on(c.replace_if_exists) ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ") + view + " AS " + query;
    }
    while (!create.empty() && create.back() == ';') create.pop_back();
    // A full definition is the changelog's own SQL: the parser reads it.
    Statements out{on(c.full_definition) ? Statement{create}
                                         : tagged(create, Form::create_view, relation(c.schema_name, c.view_name))};
    if (c.remarks)
      out.push_back(tagged("COMMENT ON VIEW " + view + " IS " + quote_literal(*c.remarks), Form::comment,
                           relation(c.schema_name, c.view_name)));
    return out;
  }

  Statements operator()(const model::DropView& c) const {
    return {tagged(std::string(on(c.if_exists) ? "DROP VIEW IF EXISTS " : "DROP VIEW ") + name(c.schema_name, c.view_name),
                   Form::drop_view, relation(c.schema_name, c.view_name))};
  }

  Statements operator()(const model::SetTableRemarks& c) const {
    return {tagged("COMMENT ON TABLE " + name(c.schema_name, c.table_name) + " IS " + quote_literal(c.remarks.value_or("")),
                   Form::comment, relation(c.schema_name, c.table_name))};
  }

  // columnParentType (TABLE or VIEW) and columnDataType change nothing on PostgreSQL.
  Statements operator()(const model::SetColumnRemarks& c) const {
    return {tagged("COMMENT ON COLUMN " + name(c.schema_name, c.table_name) + "." + quote_name(c.column_name.value_or("")) +
                       " IS " + quote_literal(c.remarks.value_or("")),
                   Form::comment, relation(c.schema_name, c.table_name))};
  }

  // startValue is not read (Liquibase has no such property); ordered is another database's. A cache
  // of 0 writes NOCACHE, which PostgreSQL refuses, as Liquibase writes it.
  Statements operator()(const model::AlterSequence& c) const {
    std::string alter = "ALTER SEQUENCE " + name(c.schema_name, c.sequence_name);
    if (c.data_type) alter += " AS " + *c.data_type;
    if (c.increment_by) alter += " INCREMENT BY " + *c.increment_by;
    if (c.min_value) alter += " MINVALUE " + *c.min_value;
    if (c.max_value) alter += " MAXVALUE " + *c.max_value;
    if (c.cache_size) alter += *c.cache_size == "0" ? " NOCACHE" : " CACHE " + *c.cache_size;
    if (c.cycle) alter += *c.cycle ? " CYCLE" : " NO CYCLE";
    return {tagged(alter, Form::alter_sequence, relation(c.schema_name, c.sequence_name))};
  }

  Statements operator()(const model::RenameSequence& c) const {
    return {{"ALTER SEQUENCE " + name(c.schema_name, c.old_sequence_name) + " RENAME TO " +
             quote_name(c.new_sequence_name.value_or(""))}};
  }

  // ALTER TABLE, as Liquibase writes it; PostgreSQL renames a view so too (and reads it as a table's rename).
  Statements operator()(const model::RenameView& c) const {
    return {tagged("ALTER TABLE " + name(c.schema_name, c.old_view_name) + " RENAME TO " +
                       quote_name(c.new_view_name.value_or("")),
                   Form::rename_table, relation(c.schema_name, c.old_view_name))};
  }

  // The join string is a literal with its quotes doubled (Liquibase writes it as it stands, and a
  // quote in it breaks the statement).
  Statements operator()(const model::MergeColumns& c) const {
    const std::string table = name(c.schema_name, c.table_name);
    const std::string final_column = quote_name(c.final_column_name.value_or(""));
    const std::string first = quote_name(c.column1_name.value_or("")), second = quote_name(c.column2_name.value_or(""));
    const std::string read = relation(c.schema_name, c.table_name);
    return {tagged("ALTER TABLE " + table + " ADD " + final_column + " " + column_type(c.final_column_type.value_or("")).sql,
                   Form::add_column, read),
            tagged("UPDATE " + table + " SET " + final_column + " = " + first + " || " +
                       quote_literal(c.join_string.value_or("")) + " || " + second,
                   Form::update, read),
            tagged("ALTER TABLE " + table + " DROP COLUMN " + first, Form::drop_column, read),
            tagged("ALTER TABLE " + table + " DROP COLUMN " + second, Form::drop_column, read)};
  }

  // newColumnDataType is not used: the new column has the existing column's type.
  Statements operator()(const model::AddLookupTable& c) const {
    const std::string existing = name(c.existing_table_schema_name, c.existing_table_name);
    const std::string lookup = name(c.new_table_schema_name, c.new_table_name);
    const std::string column = quote_name(c.existing_column_name.value_or(""));
    const std::string new_column = quote_name(c.new_column_name.value_or(""));
    const std::string lookup_read = relation(c.new_table_schema_name, c.new_table_name);
    // CREATE TABLE AS has no form of its own: the parser is asked (and knows none).
    return {{"CREATE TABLE " + lookup + " AS SELECT DISTINCT " + column + " AS " + new_column + " FROM " + existing +
             " WHERE " + column + " IS NOT NULL"},
            tagged("ALTER TABLE " + lookup + " ALTER COLUMN  " + new_column + " SET NOT NULL", Form::set_not_null,
                   lookup_read),
            tagged("ALTER TABLE " + lookup + " ADD PRIMARY KEY (" + new_column + ")", Form::add_primary_key, lookup_read),
            tagged("ALTER TABLE " + existing + " ADD CONSTRAINT " + quote_name(c.foreign_key_name()) + " FOREIGN KEY (" +
                       column + ") REFERENCES " + lookup + " (" + new_column + ")",
                   Form::add_foreign_key, relation(c.existing_table_schema_name, c.existing_table_name), {lookup_read})};
  }

  // The runner tells the message (it has no SQL); stop stops the run before its change-set.
  Statements operator()(const model::Output&) const { return {}; }
  Statements operator()(const model::Stop&) const { return {}; }

  // One DROP CONSTRAINT per key the table has when the change-set runs; a script says that it may
  // change, also when there are none.
  Statements operator()(const model::DropAllForeignKeyConstraints& c) const {
    const std::string schema = c.base_table_schema_name.value_or(target_.default_schema);
    const std::string table = name(c.base_table_schema_name, c.base_table_name);
    Statements out;
    if (target_.foreign_keys) {
      for (const std::string& key : target_.foreign_keys(schema, c.base_table_name.value_or("")))
        out.push_back(tagged("ALTER TABLE " + table + " DROP CONSTRAINT " + quote_name(key), Form::drop_constraint,
                             relation(c.base_table_schema_name, c.base_table_name)));
    }
    if (out.empty()) out.push_back({""});  // no statement, only the note
    out.front().note = std::string(kMayChangeNote);
    return out;
  }

  Statements operator()(const model::CreateProcedure& c) const {
    if (c.dbms && !model::dbms_admits_postgresql(*c.dbms, model::DbmsCase::as_written)) return {};
    if (c.replace_if_exists)
      invalid(c.where, "createProcedure", "replaceIfExists is not allowed on postgresql",
              "remove it and write CREATE OR REPLACE PROCEDURE in the text (Liquibase refuses it too)");
    std::string text(text::trim(c.path ? c.expanded : c.procedure_text.value_or("")));
    if (c.schema_name) text = with_schema(text, *c.schema_name);
    // Its own trailing ';' is the statement's end; the text is one statement, never split.
    if (text.ends_with(';')) text = std::string(text::trim(std::string_view(text).substr(0, text.size() - 1)));
    if (text.empty()) return {};
    return {{text}};
  }

  Statements operator()(const model::DropProcedure& c) const {
    return {{"DROP PROCEDURE " + name(c.schema_name, c.procedure_name)}};
  }

  Statements operator()(const model::Sql& c) const {
    if (c.dbms && !model::dbms_admits_postgresql(*c.dbms, model::DbmsCase::as_written)) return {};
    check_end_delimiter(c.end_delimiter, c.where, "sql");
    return sql_statements(c.sql.value_or(""), c.split_statements, c.strip_comments, c.end_delimiter, c.text_where);
  }

  Statements operator()(const model::SqlFile& c) const {
    if (c.dbms && !model::dbms_admits_postgresql(*c.dbms, model::DbmsCase::as_written)) return {};
    check_end_delimiter(c.end_delimiter, c.where, "sqlFile");
    return sql_statements(c.expanded, c.split_statements, c.strip_comments, c.end_delimiter, {});
  }

  Statements operator()(const model::LoadData& c) const { return load_data(c, target_); }

  // The program runs where basalt runs; a script shows it as a comment, as Liquibase's does.
  Statements operator()(const model::ExecuteCommand& c) const {
    Statement s;
    s.is_command = true;
    s.note = std::string(kMayChangeNote);
    std::vector<std::string> argv{c.executable.value_or("")};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    s.text = "-- " + text::join(argv, " ");
    if (c.timeout) {
      const std::string& t = *c.timeout;
      std::size_t digits = 0;
      while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits])) != 0) ++digits;
      const std::string unit = t.substr(digits);
      if (digits == 0 || digits > 9 || (unit != "" && unit != "s" && unit != "m" && unit != "h"))
        invalid(c.where, "executeCommand", "invalid timeout '" + t + "'", "a number of seconds, or one followed by s, m or h");
      const int n = std::stoi(t.substr(0, digits));
      s.command_timeout_seconds = unit == "h" ? n * 3600 : unit == "m" ? n * 60 : n;
    }
    // `os` lists the systems it runs on, by Java's os.name ("Linux", "Mac OS X", "Windows 10").
    bool here = !c.os;
    if (c.os) {
      struct utsname system {};
      const std::string name = uname(&system) == 0 ? std::string(system.sysname) : std::string("Linux");
      const std::string java_name = name == "Darwin" ? "Mac OS X" : name;
      for (const std::string& os : text::split_list(*c.os)) here = here || os == java_name;
    }
    if (here) s.command = std::move(argv);
    return {std::move(s)};
  }
  Statements operator()(const model::LoadUpdateData& c) const { return load_update_data(c, target_); }

  static void check_end_delimiter(const model::Text& delimiter, const SourceLocation& where, std::string_view change) {
    if (!delimiter) return;
    if (std::optional<std::string> problem = end_delimiter_problem(*delimiter))
      invalid(where, change, "endDelimiter '" + *delimiter + "' is a regular expression, but " + *problem,
              "write the delimiter as text (such as / on a line of its own), or a regular expression that "
              "matches it");
  }

  // A sql change's or sqlFile's text cut into statements. `text_where`: where the text's first
  // character stands in the changelog, when its lines are the file's (line 0: unknown).
  static Statements sql_statements(const std::string& text, const model::Flag& split, const model::Flag& strip,
                                   const model::Text& delimiter, const SourceLocation& text_where) {
    SplitOptions options;
    options.split_statements = split.value_or(true);
    options.strip_comments = strip.value_or(false);
    options.end_delimiter = delimiter.value_or("");
    Statements out;
    std::size_t from = 0;
    for (std::string& s : split_sql(text, options)) {
      const bool transactional = runs_in_transaction(s);
      Statement statement{std::move(s), transactional, script_terminator(options.end_delimiter)};
      // Where the piece stands in the changelog, when the text stands there as it is.
      const std::size_t at = text_where.line > 0 ? text.find(statement.text, from) : std::string::npos;
      if (at != std::string::npos) {
        from = at + statement.text.size();
        const int lines = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
        const int column = static_cast<int>(at - (line_start == std::string::npos || lines == 0 ? 0 : line_start + 1));
        statement.origin = text_where;
        statement.origin.line += lines;
        statement.origin.column = text_where.column + column;
        statement.continuation_column = text_where.column;
      }
      out.push_back(std::move(statement));
    }
    return out;
  }

  Statements operator()(const model::Insert& c) const {
    if (c.dbms && !model::dbms_admits_postgresql(*c.dbms, model::DbmsCase::as_written)) return {};
    std::vector<std::string> names, values;
    for (const model::Column& col : c.columns) {
      names.push_back(quote_name(col.name.value_or("")));
      values.push_back(column_value(col, target_.default_schema));
    }
    return {tagged("INSERT INTO " + name(c.schema_name, c.table_name) + " (" + text::join(names, ", ") + ") VALUES (" +
                       text::join(values, ", ") + ")",
                   Form::insert, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::Update& c) const {
    std::vector<std::string> sets;
    for (const model::Column& col : c.columns) {
      sets.push_back(quote_name(col.name.value_or("")) + " = " + column_value(col, target_.default_schema));
    }
    std::string update = "UPDATE " + name(c.schema_name, c.table_name) + " SET " + text::join(sets, ", ");
    if (c.where_clause) update += " WHERE " + with_params(*c.where_clause, c.where_params);
    return {tagged(update, Form::update, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::Delete& c) const {
    std::string del = "DELETE FROM " + name(c.schema_name, c.table_name);
    if (c.where_clause) del += " WHERE " + with_params(*c.where_clause, c.where_params);
    return {tagged(del, Form::delete_rows, relation(c.schema_name, c.table_name))};
  }

  Statements operator()(const model::TagDatabase&) const { return {}; }
  Statements operator()(const model::Empty&) const { return {}; }
  Statements operator()(const model::AddAutoIncrement& c) const {
    // The sequence is named table_column_seq, in lower case unless a name needs quotes.
    const std::string table = c.table_name.value_or(""), column = c.column_name.value_or("");
    std::string sequence = table + "_" + column + "_seq";
    if (quote_name(table) == table && quote_name(column) == column) sequence = text::lower(sequence);
    model::CreateSequence create;
    create.schema_name = c.schema_name;
    create.sequence_name = sequence;
    create.start_value = c.start_with;
    create.increment_by = c.increment_by;
    model::AddNotNullConstraint not_null;
    not_null.schema_name = c.schema_name;
    not_null.table_name = c.table_name;
    not_null.column_name = c.column_name;
    // The default is generated with the change's schema as the default one, so that nextval and
    // OWNED BY name the sequence there too.
    model::AddDefaultValue next;
    next.table_name = c.table_name;
    next.column_name = c.column_name;
    next.column_data_type = c.column_data_type;
    next.default_value_sequence_next = sequence;
    Target in_schema = target_;
    if (c.schema_name) in_schema.default_schema = *c.schema_name;
    Statements out = (*this)(create);
    for (const Statements& part : {(*this)(not_null), Generator(in_schema)(next)})
      out.insert(out.end(), part.begin(), part.end());
    return out;
  }

  // Only read under --custom-change=skip: its Java code is not run, so it does nothing.
  Statements operator()(const model::CustomChange&) const { return {}; }

 private:
  // A where clause with its placeholders filled in order, as Liquibase fills them: each `:name` with
  // the next parameter that has a name (quoted as a column), each `:value` or `?` with the next
  // parameter's value as SQL. A placeholder with no parameter left stays as written.
  std::string with_params(std::string_view where, const model::Columns& params) const {
    where = text::trim(where);
    std::string out;
    std::size_t next_name = 0, next_value = 0;
    for (std::size_t i = 0; i < where.size();) {
      const std::string_view rest = where.substr(i);
      if (rest.starts_with(":name")) {
        while (next_name < params.size() && !params[next_name].name) ++next_name;
        out += next_name < params.size() ? quote_name(*params[next_name++].name) : std::string(":name");
        i += 5;
      } else if (rest.starts_with(":value") || rest.front() == '?') {
        const std::size_t width = rest.front() == '?' ? 1 : 6;
        out += next_value < params.size() ? column_value(params[next_value++], target_.default_schema)
                                          : std::string(rest.substr(0, width));
        i += width;
      } else {
        out += where[i++];
      }
    }
    return out;
  }

  // A statement the generator tags with its form, the relation it acts on and what it references.
  static Statement tagged(std::string text, Form form, std::string relation, std::vector<std::string> referenced = {}) {
    Statement s{std::move(text)};
    s.tag = Tag{form, std::move(relation), std::move(referenced)};
    return s;
  }

  // The relation PostgreSQL reads from name(schema, object).
  std::string relation(const Text& schema, const Text& object) const {
    return relation_as_read(schema_or_default(schema), object.value_or(""));
  }

  // The relation PostgreSQL reads from a name written as it stands ("app.person", "\"Person\""): each
  // part bare and folded, or quoted and kept.
  static std::string relation_as_written(std::string_view written) {
    std::string out, part;
    bool quoted = false, was_quoted = false;
    auto end_part = [&] {
      out += (out.empty() ? "" : ".") + (was_quoted ? part : text::lower(part));
      part.clear();
      was_quoted = false;
    };
    for (std::size_t i = 0; i < written.size(); ++i) {
      const char ch = written[i];
      if (ch == '"') {
        if (quoted && i + 1 < written.size() && written[i + 1] == '"') {
          part += '"';
          ++i;
        } else {
          quoted = !quoted;
          was_quoted = true;
        }
      } else if (ch == '.' && !quoted) {
        end_part();
      } else if (quoted || std::isspace(static_cast<unsigned char>(ch)) == 0) {
        part += ch;
      }
    }
    end_part();
    return out;
  }

  // The change's schema, or the target's default one when it names none. An empty schemaName is the
  // default schema, as in Liquibase (its IT changelog's dataTypeTest).
  const std::string& schema_or_default(const Text& schema) const {
    return schema && !text::trim(*schema).empty() ? *schema : target_.default_schema;
  }

  // schema.name with the target's default schema when the change names none.
  std::string name(const Text& schema, const Text& object) const {
    return qualify(schema_or_default(schema), object.value_or(""));
  }

  // The procedure's name in its text qualified with the schema, as Liquibase does it: the word after
  // PROCEDURE, up to a blank or '(', gets the schema in front (in place of one it has).
  static std::string with_schema(const std::string& text, const std::string& schema) {
    const std::string lower = text::lower(text);
    std::size_t at = 0;
    for (;; ++at) {
      at = lower.find("procedure", at);
      if (at == std::string::npos) return text;
      const bool starts = at == 0 || std::isspace(static_cast<unsigned char>(lower[at - 1])) != 0;
      const bool ends = at + 9 < lower.size() && std::isspace(static_cast<unsigned char>(lower[at + 9])) != 0;
      if (starts && ends) break;
    }
    std::size_t from = at + 9;
    while (from < text.size() && std::isspace(static_cast<unsigned char>(text[from])) != 0) ++from;
    std::size_t to = from;
    while (to < text.size() && std::isspace(static_cast<unsigned char>(text[to])) == 0 && text[to] != '(') ++to;
    if (to == from) return text;
    std::vector<std::string> parts;
    const std::string written = text.substr(from, to - from);
    for (std::size_t start = 0;;) {
      const std::size_t dot = written.find('.', start);
      parts.push_back(written.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    std::string qualified;
    if (parts.size() == 1 || parts.size() == 2) {
      qualified = quote_name(schema) + "." + parts.back();
    } else if (parts.size() == 3) {
      qualified = parts[0] + "." + quote_name(schema) + "." + parts[2];
    } else {
      return text;
    }
    return text.substr(0, from) + qualified + text.substr(to);
  }

  static std::string constraint_prefix(const Text& constraint_name) {
    return constraint_name ? "CONSTRAINT " + quote_name(*constraint_name) + " " : "";
  }

  // "a, b" → a, b with each name quoted as needed.
  static std::string name_list(const Text& names) {
    std::vector<std::string> out;
    for (const std::string& n : text::split_list(names.value_or(""), ',')) out.push_back(quote_name(n));
    return text::join(out, ", ");
  }

  static std::string referential_action(std::string_view action) {
    std::string out(text::trim(action));
    for (char& ch : out) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    }
    return out;
  }

  // `id BIGINT GENERATED BY DEFAULT AS IDENTITY DEFAULT 0 NOT NULL`, without PK/FK/UNIQUE.
  std::string column_definition(const model::Column& col, std::string_view change) const {
    // Liquibase's validation refuses a new column without a type, before it runs anything.
    if (!col.type || text::trim(*col.type).empty())
      invalid(col.where, change, "column '" + col.name.value_or("") + "' has no type", "give it type: (Liquibase refuses it too)");
    const ColumnType type = column_type(col.type.value_or(""));
    std::string def = quote_name(col.name.value_or("")) + " " + type.sql;
    if (on(col.auto_increment) || type.identity) {
      def += " GENERATED BY DEFAULT AS IDENTITY";
      std::vector<std::string> options;
      if (col.start_with) options.push_back("START WITH " + *col.start_with);
      if (col.increment_by) options.push_back("INCREMENT BY " + *col.increment_by);
      if (!options.empty()) def += " (" + text::join(options, " ") + ")";
    }
    if (const auto d = default_expression(DefaultValue::of(col), type, target_.default_schema)) def += " DEFAULT " + *d;
    if (col.constraints) {
      const model::Constraints& k = *col.constraints;
      if (on(k.primary_key) || (k.nullable && !*k.nullable)) def += " NOT NULL";
    }
    return def;
  }

  // The REFERENCES target of a column constraint: `references: person(id)` or the
  // referencedTableName/referencedColumnNames pair; qualified with the default schema.
  std::string inline_reference(const model::Constraints& k, const Text& table_schema) const {
    if (k.referenced_table_name) {
      const Text& schema = k.referenced_table_schema_name ? k.referenced_table_schema_name : table_schema;
      return name(schema, k.referenced_table_name) + "(" + name_list(k.referenced_column_names) + ")";
    }
    const std::string& ref = *k.references;
    const std::size_t open = ref.find('(');
    std::string table(text::trim(std::string_view(ref).substr(0, open)));
    std::string columns = open == std::string::npos ? "" : ref.substr(open);
    // Liquibase prefixes the schema and leaves the text as written: `references: HankeGeometriat(id)`
    // stays unquoted, so PostgreSQL folds it (measured on haitaton).
    if (table.find('.') == std::string::npos) table = quote_name(table_schema.value_or(target_.default_schema)) + "." + table;
    return table + columns;
  }

  // The relation PostgreSQL reads from inline_reference's table.
  std::string referenced_relation(const model::Constraints& k, const Text& table_schema) const {
    if (k.referenced_table_name)
      return relation(k.referenced_table_schema_name ? k.referenced_table_schema_name : table_schema,
                      k.referenced_table_name);
    const std::string& ref = *k.references;
    const std::string table(text::trim(std::string_view(ref).substr(0, ref.find('('))));
    if (table.find('.') != std::string::npos) return relation_as_written(table);
    return name_as_read(table_schema.value_or(target_.default_schema)) + "." + relation_as_written(table);
  }

  // The form of ALTER TABLE ... ADD for a column as column_definition writes it: filled from a
  // sequence (identity or serial, nextval) it is written with a value per row; nullopt for a computed
  // default (the parser reads the expression).
  static std::optional<Form> added_column_form(const model::Column& col) {
    // A serial type is an identity column (column_type).
    const ColumnType type = column_type(col.type.value_or(""));
    if (on(col.auto_increment) || type.identity || col.default_value_sequence_next) return Form::add_column_volatile_default;
    if (col.default_value_computed) return std::nullopt;
    const bool constant = col.default_value || col.default_value_numeric || col.default_value_boolean || col.default_value_date;
    return constant ? Form::add_column_constant_default : Form::add_column;
  }

  static std::string foreign_key_options(const model::Constraints& k) {
    std::string out;
    if (on(k.delete_cascade)) out += " ON DELETE CASCADE";
    if (on(k.deferrable)) out += " DEFERRABLE";
    if (on(k.initially_deferred)) out += " INITIALLY DEFERRED";
    return out;
  }


  // Statements PostgreSQL refuses inside a transaction block.
  // PostgreSQL's parser says which statements refuse a transaction block (CREATE INDEX
  // CONCURRENTLY, VACUUM, CREATE DATABASE...). Text it cannot parse is sent as written, in one.
  static bool runs_in_transaction(std::string_view statement) {
    // Most text cannot hold one, and needs no parse (which would cost more than the rest of
    // reading a formatted SQL changelog).
    if (!sqlparse::may_refuse_transaction_block(statement)) return true;
    const sqlparse::Description d = sqlparse::describe(statement);
    return std::none_of(d.statements.begin(), d.statements.end(),
                        [](const sqlparse::Shape& s) { return s.refuses_transaction_block; });
  }

  const Target& target_;
};

}  // namespace

Statements generate(const model::Change& change, const Target& target) {
  return std::visit(Generator(target), change);
}

}  // namespace basalt::sql
