// The change types of a change-set: plain structs, one per Liquibase change, and the Change variant.
//
// Every struct lists its attributes once, in `fields()`, under the names Liquibase's changelogs use.
// That one table serves the readers (which keys exist, which are required), the checksum (which
// attributes were set, as written) and the tracker DESCRIPTION. Values are kept as the author wrote
// them, after ${property} substitution: Liquibase's checksum depends on the text, not the meaning.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/location.h"
#include "engine/model/text.h"

namespace basalt::model {

// Text (engine/model/text.h): a scalar attribute as written (after property substitution); absent
// when not given.
/// A boolean attribute; absent when not given.
using Flag = std::optional<bool>;

/// A customChange's parameters (`<param name="..." value="..."/>`), as written.
struct Param {
  std::string name, value;
  bool operator==(const Param&) const = default;
};
using Params = std::vector<Param>;

/// How a field is checked when read.
enum FieldRule : unsigned {
  kOptional = 0,
  kRequired = 1u << 0,  // the change is invalid without it
  kNumeric = 1u << 1,   // text that must be a number (kept as written)
  kInteger = 1u << 2,   // a whole number, as Java's BigInteger reads and prints it ("0100" is 100)
  kIgnoredHere = 1u << 3,  // Liquibase ignores it on PostgreSQL (another database's option): a warning
  kNotYet = 1u << 4,       // it acts on PostgreSQL and basalt does not implement it yet: an error
  kNotYetIfFalse = 1u << 5,  // as kNotYet, but only when false (true is the default and does nothing)
  kDate = 1u << 6,  // a column's date: a YAML date (a java.util.Date to Liquibase) is read as its timestamp
  // Liquibase's XML schema allows it, but the change has no such property: Liquibase drops it
  // unread. A warning; never in the checksum.
  kNotAProperty = 1u << 7,
};

/// A column's constraints (`constraints:` of a column).
struct Constraints {
  Flag nullable, primary_key, unique, delete_cascade, deferrable, initially_deferred;
  Flag validate_nullable, validate_unique, validate_primary_key, validate_foreign_key;
  Text not_null_constraint_name, primary_key_name, primary_key_tablespace, unique_constraint_name;
  Text references, referenced_table_catalog_name, referenced_table_schema_name, referenced_table_name;
  Text referenced_column_names, foreign_key_name, check_constraint;

  bool operator==(const Constraints&) const = default;

  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("checkConstraint", s.check_constraint, kIgnoredHere);
    v("deferrable", s.deferrable);
    v("deleteCascade", s.delete_cascade);
    v("foreignKeyName", s.foreign_key_name);
    v("initiallyDeferred", s.initially_deferred);
    v("notNullConstraintName", s.not_null_constraint_name, kIgnoredHere);
    v("nullable", s.nullable);
    v("primaryKey", s.primary_key);
    v("primaryKeyName", s.primary_key_name);
    v("primaryKeyTablespace", s.primary_key_tablespace, kNotYet);
    v("referencedColumnNames", s.referenced_column_names);
    v("referencedTableCatalogName", s.referenced_table_catalog_name, kIgnoredHere);
    v("referencedTableName", s.referenced_table_name);
    v("referencedTableSchemaName", s.referenced_table_schema_name);
    v("references", s.references);
    v("unique", s.unique);
    v("uniqueConstraintName", s.unique_constraint_name);
    v("validateForeignKey", s.validate_foreign_key, kNotYetIfFalse);
    v("validateNullable", s.validate_nullable, kNotYetIfFalse);
    v("validatePrimaryKey", s.validate_primary_key, kNotYetIfFalse);
    v("validateUnique", s.validate_unique, kNotYetIfFalse);
  }
};

/// A column (`- column:`) in createTable, addColumn, createIndex, insert, update.
struct Column {
  Text name, type, remarks;
  Text value, value_numeric, value_date, value_computed, value_sequence_next, value_sequence_current;
  Text value_blob_file, value_clob_file, encoding;
  Flag value_boolean;
  Text default_value, default_value_numeric, default_value_date, default_value_computed;
  Text default_value_sequence_next, default_value_constraint_name;
  Flag default_value_boolean;
  Flag auto_increment, computed, descending, default_on_null;
  Text start_with, increment_by, generation_type;
  Text after_column, before_column, position;
  std::optional<Constraints> constraints;
  SourceLocation where;

  bool operator==(const Column&) const = default;

  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("afterColumn", s.after_column);
    v("autoIncrement", s.auto_increment);
    v("beforeColumn", s.before_column);
    v("computed", s.computed);
    v("constraints", s.constraints);
    v("defaultOnNull", s.default_on_null, kIgnoredHere);
    v("defaultValue", s.default_value);
    v("defaultValueBoolean", s.default_value_boolean);
    v("defaultValueComputed", s.default_value_computed);
    v("defaultValueConstraintName", s.default_value_constraint_name, kIgnoredHere);
    v("defaultValueDate", s.default_value_date, kDate);
    v("defaultValueNumeric", s.default_value_numeric, kNumeric);
    v("defaultValueSequenceNext", s.default_value_sequence_next);
    v("descending", s.descending);
    v("encoding", s.encoding, kIgnoredHere);
    v("generationType", s.generation_type, kNotYet);
    v("incrementBy", s.increment_by, kInteger);
    v("name", s.name, kRequired);
    v("position", s.position, kNumeric);
    v("remarks", s.remarks);
    v("startWith", s.start_with, kInteger);
    v("type", s.type);
    v("value", s.value);
    v("valueBlobFile", s.value_blob_file, kNotYet);
    v("valueBoolean", s.value_boolean);
    v("valueClobFile", s.value_clob_file, kNotYet);
    v("valueComputed", s.value_computed);
    v("valueDate", s.value_date, kDate);
    v("valueNumeric", s.value_numeric, kNumeric);
    v("valueSequenceCurrent", s.value_sequence_current);
    v("valueSequenceNext", s.value_sequence_next);
  }
};

/// The list of `- column:` entries of a change.
using Columns = std::vector<Column>;

// ---- change types -------------------------------------------------------------------------------
// Field order in fields() is irrelevant to the checksum (lines are sorted) but kept alphabetical.

struct CreateTable {
  static constexpr std::string_view kName = "createTable";
  Text catalog_name, schema_name, table_name, tablespace, remarks, table_type;
  Flag if_not_exists;
  Columns columns;
  SourceLocation where;
  bool operator==(const CreateTable&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columns", s.columns, kRequired);
    v("ifNotExists", s.if_not_exists);
    v("remarks", s.remarks);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("tableType", s.table_type);
    v("tablespace", s.tablespace);
  }
};

struct DropTable {
  static constexpr std::string_view kName = "dropTable";
  Text catalog_name, schema_name, table_name;
  Flag cascade_constraints;
  SourceLocation where;
  bool operator==(const DropTable&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("cascadeConstraints", s.cascade_constraints);
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct RenameTable {
  static constexpr std::string_view kName = "renameTable";
  Text catalog_name, schema_name, old_table_name, new_table_name;
  SourceLocation where;
  bool operator==(const RenameTable&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("newTableName", s.new_table_name, kRequired);
    v("oldTableName", s.old_table_name, kRequired);
    v("schemaName", s.schema_name);
  }
};

struct AddColumn {
  static constexpr std::string_view kName = "addColumn";
  Text catalog_name, schema_name, table_name;
  Columns columns;
  SourceLocation where;
  bool operator==(const AddColumn&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columns", s.columns, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct DropColumn {
  static constexpr std::string_view kName = "dropColumn";
  Text catalog_name, schema_name, table_name, column_name;
  Columns columns;  // alternative to column_name: several columns
  SourceLocation where;
  bool operator==(const DropColumn&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnName", s.column_name);
    v("columns", s.columns);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct RenameColumn {
  static constexpr std::string_view kName = "renameColumn";
  Text catalog_name, schema_name, table_name, old_column_name, new_column_name, column_data_type, remarks;
  SourceLocation where;
  bool operator==(const RenameColumn&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("newColumnName", s.new_column_name, kRequired);
    v("oldColumnName", s.old_column_name, kRequired);
    v("remarks", s.remarks);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct ModifyDataType {
  static constexpr std::string_view kName = "modifyDataType";
  Text catalog_name, schema_name, table_name, column_name, new_data_type;
  SourceLocation where;
  bool operator==(const ModifyDataType&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnName", s.column_name, kRequired);
    v("newDataType", s.new_data_type, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct AddNotNullConstraint {
  static constexpr std::string_view kName = "addNotNullConstraint";
  Text catalog_name, schema_name, table_name, column_name, default_null_value, column_data_type, constraint_name;
  Flag validate;
  SourceLocation where;
  bool operator==(const AddNotNullConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("constraintName", s.constraint_name);
    v("defaultNullValue", s.default_null_value);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("validate", s.validate);
  }
};

struct DropNotNullConstraint {
  static constexpr std::string_view kName = "dropNotNullConstraint";
  Text catalog_name, schema_name, table_name, column_name, column_data_type, constraint_name;
  SourceLocation where;
  bool operator==(const DropNotNullConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("constraintName", s.constraint_name);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct AddDefaultValue {
  static constexpr std::string_view kName = "addDefaultValue";
  Text catalog_name, schema_name, table_name, column_name, column_data_type;
  Text default_value, default_value_numeric, default_value_date, default_value_computed;
  Text default_value_sequence_next, default_value_constraint_name;
  Flag default_value_boolean;
  SourceLocation where;
  bool operator==(const AddDefaultValue&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("defaultValue", s.default_value);
    v("defaultValueBoolean", s.default_value_boolean);
    v("defaultValueComputed", s.default_value_computed);
    v("defaultValueConstraintName", s.default_value_constraint_name, kIgnoredHere);
    v("defaultValueDate", s.default_value_date);
    v("defaultValueNumeric", s.default_value_numeric, kNumeric);
    v("defaultValueSequenceNext", s.default_value_sequence_next);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct DropDefaultValue {
  static constexpr std::string_view kName = "dropDefaultValue";
  Text catalog_name, schema_name, table_name, column_name, column_data_type;
  SourceLocation where;
  bool operator==(const DropDefaultValue&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct CreateIndex {
  static constexpr std::string_view kName = "createIndex";
  Text catalog_name, schema_name, table_name, index_name, tablespace, associated_with;
  Flag unique, clustered;
  Columns columns;
  SourceLocation where;
  bool operator==(const CreateIndex&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("associatedWith", s.associated_with, kIgnoredHere);
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("clustered", s.clustered);
    v("columns", s.columns, kRequired);
    v("indexName", s.index_name);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("tablespace", s.tablespace);
    v("unique", s.unique);
  }
};

struct DropIndex {
  static constexpr std::string_view kName = "dropIndex";
  Text catalog_name, schema_name, table_name, index_name, associated_with;
  SourceLocation where;
  bool operator==(const DropIndex&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("associatedWith", s.associated_with, kIgnoredHere);
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("indexName", s.index_name, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name);
  }
};

struct AddPrimaryKey {
  static constexpr std::string_view kName = "addPrimaryKey";
  Text catalog_name, schema_name, table_name, column_names, constraint_name, tablespace;
  Text for_index_name, for_index_schema_name, for_index_catalog_name;
  Flag clustered, validate;
  SourceLocation where;
  bool operator==(const AddPrimaryKey&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("clustered", s.clustered);
    v("columnNames", s.column_names, kRequired);
    v("constraintName", s.constraint_name);
    v("forIndexCatalogName", s.for_index_catalog_name, kNotYet);
    v("forIndexName", s.for_index_name, kNotYet);
    v("forIndexSchemaName", s.for_index_schema_name, kNotYet);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("tablespace", s.tablespace);
    v("validate", s.validate);
  }
};

struct AddUniqueConstraint {
  static constexpr std::string_view kName = "addUniqueConstraint";
  Text catalog_name, schema_name, table_name, column_names, constraint_name, tablespace;
  Text for_index_name, for_index_schema_name, for_index_catalog_name;
  Flag deferrable, initially_deferred, disabled, clustered, validate;
  SourceLocation where;
  bool operator==(const AddUniqueConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("clustered", s.clustered);
    v("columnNames", s.column_names, kRequired);
    v("constraintName", s.constraint_name);
    v("deferrable", s.deferrable);
    v("disabled", s.disabled, kIgnoredHere);
    v("forIndexCatalogName", s.for_index_catalog_name, kNotYet);
    v("forIndexName", s.for_index_name, kNotYet);
    v("forIndexSchemaName", s.for_index_schema_name, kNotYet);
    v("initiallyDeferred", s.initially_deferred);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("tablespace", s.tablespace);
    v("validate", s.validate);
  }
};

struct AddForeignKeyConstraint {
  static constexpr std::string_view kName = "addForeignKeyConstraint";
  Text base_table_catalog_name, base_table_schema_name, base_table_name, base_column_names, constraint_name;
  Text referenced_table_catalog_name, referenced_table_schema_name, referenced_table_name;
  Text referenced_column_names, on_delete, on_update;
  Flag deferrable, initially_deferred, delete_cascade, validate, references_unique_column;
  SourceLocation where;
  bool operator==(const AddForeignKeyConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("baseColumnNames", s.base_column_names, kRequired);
    v("baseTableCatalogName", s.base_table_catalog_name, kIgnoredHere);
    v("baseTableName", s.base_table_name, kRequired);
    v("baseTableSchemaName", s.base_table_schema_name);
    v("constraintName", s.constraint_name, kRequired);
    v("deferrable", s.deferrable);
    v("deleteCascade", s.delete_cascade);
    v("initiallyDeferred", s.initially_deferred);
    v("onDelete", s.on_delete);
    v("onUpdate", s.on_update);
    v("referencedColumnNames", s.referenced_column_names, kRequired);
    v("referencedTableCatalogName", s.referenced_table_catalog_name, kIgnoredHere);
    v("referencedTableName", s.referenced_table_name, kRequired);
    v("referencedTableSchemaName", s.referenced_table_schema_name);
    v("referencesUniqueColumn", s.references_unique_column, kIgnoredHere);
    v("validate", s.validate);
  }
};

struct DropForeignKeyConstraint {
  static constexpr std::string_view kName = "dropForeignKeyConstraint";
  Text base_table_catalog_name, base_table_schema_name, base_table_name, constraint_name;
  SourceLocation where;
  bool operator==(const DropForeignKeyConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("baseTableCatalogName", s.base_table_catalog_name, kIgnoredHere);
    v("baseTableName", s.base_table_name, kRequired);
    v("baseTableSchemaName", s.base_table_schema_name);
    v("constraintName", s.constraint_name, kRequired);
  }
};

struct DropPrimaryKey {
  static constexpr std::string_view kName = "dropPrimaryKey";
  Text catalog_name, schema_name, table_name, constraint_name;
  Flag drop_index;
  SourceLocation where;
  bool operator==(const DropPrimaryKey&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("constraintName", s.constraint_name);
    v("dropIndex", s.drop_index, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct DropUniqueConstraint {
  static constexpr std::string_view kName = "dropUniqueConstraint";
  Text catalog_name, schema_name, table_name, constraint_name, unique_columns;
  SourceLocation where;
  bool operator==(const DropUniqueConstraint&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("constraintName", s.constraint_name, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("uniqueColumns", s.unique_columns, kIgnoredHere);
  }
};

struct DropSequence {
  static constexpr std::string_view kName = "dropSequence";
  Text catalog_name, schema_name, sequence_name, start_value;
  SourceLocation where;
  bool operator==(const DropSequence&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("sequenceName", s.sequence_name, kRequired);
    v("startValue", s.start_value, kNotAProperty);  // in the XSD's sequence attributes only
  }
};

struct DropView {
  static constexpr std::string_view kName = "dropView";
  Text catalog_name, schema_name, view_name;
  Flag if_exists;
  SourceLocation where;
  bool operator==(const DropView&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("ifExists", s.if_exists);
    v("schemaName", s.schema_name);
    v("viewName", s.view_name, kRequired);
  }
};

struct CreateSequence {
  static constexpr std::string_view kName = "createSequence";
  Text catalog_name, schema_name, sequence_name, data_type;
  Text start_value, increment_by, min_value, max_value, cache_size;
  Flag ordered, cycle;
  SourceLocation where;
  bool operator==(const CreateSequence&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("cacheSize", s.cache_size, kInteger);
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("cycle", s.cycle);
    v("dataType", s.data_type);
    v("incrementBy", s.increment_by, kInteger);
    v("maxValue", s.max_value, kInteger);
    v("minValue", s.min_value, kInteger);
    v("ordered", s.ordered, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("sequenceName", s.sequence_name, kRequired);
    v("startValue", s.start_value, kInteger);
  }
};

/// A file a change reads (loadData's CSV, sqlFile's SQL), as the reader found it: the checksum and
/// the generator work from these bytes, never from the path again.
struct FileContent {
  std::string path;    // as the file system names it (relative to the working folder or absolute)
  std::string folder;  // the folder of the changelog that names it (CLOB/BLOB cells are relative to it)
  std::string bytes;   // the file's bytes; a .gz file's bytes once decompressed
  std::string text;    // the bytes decoded from the change's encoding into UTF-8 (BOM dropped)
  bool operator==(const FileContent&) const = default;
};

/// A view from its query, given inline or in a file.
struct CreateView {
  static constexpr std::string_view kName = "createView";
  Text catalog_name, schema_name, view_name, select_query, remarks, path, encoding;
  Flag replace_if_exists, full_definition, relative_to_changelog_file;
  FileContent content;  // filled by the reader when `path` is given
  /// With `path`: the file's text that runs, ${properties} substituted.
  std::string expanded;
  /// With `path`: the text the checksum takes (as createProcedure's).
  std::string hashed;
  SourceLocation where;
  bool operator==(const CreateView&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("encoding", s.encoding);
    v("fullDefinition", s.full_definition);
    v("path", s.path);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
    v("remarks", s.remarks);
    v("replaceIfExists", s.replace_if_exists);
    v("schemaName", s.schema_name);
    v("selectQuery", s.select_query);
    v("viewName", s.view_name, kRequired);
  }
};

/// Liquibase's `sql` change (RawSQLChange); formatted-SQL change-set bodies become one too.
struct Sql {
  static constexpr std::string_view kName = "sql";
  Text sql, end_delimiter, dbms, comment;
  Flag split_statements, strip_comments;
  SourceLocation where;
  /// Where the SQL text's first character stands, when its lines are the file's lines from that
  /// column on (line 0: unknown); a server's error position then becomes a line of the changelog.
  SourceLocation text_where;
  bool operator==(const Sql&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("comment", s.comment);
    v("dbms", s.dbms);
    v("endDelimiter", s.end_delimiter);
    v("splitStatements", s.split_statements);
    v("sql", s.sql, kRequired);
    v("stripComments", s.strip_comments);
  }
};

struct Insert {
  static constexpr std::string_view kName = "insert";
  Text catalog_name, schema_name, table_name, dbms;
  Columns columns;
  SourceLocation where;
  bool operator==(const Insert&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columns", s.columns, kRequired);
    v("dbms", s.dbms);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct Update {
  static constexpr std::string_view kName = "update";
  Text catalog_name, schema_name, table_name, where_clause;
  Columns where_params;  // values for the :name, :value and ? placeholders of `where`, in order
  Columns columns;
  SourceLocation where;
  bool operator==(const Update&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columns", s.columns, kRequired);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("where", s.where_clause);
    v("whereParams", s.where_params);
  }
};

struct Delete {
  static constexpr std::string_view kName = "delete";
  Text catalog_name, schema_name, table_name, where_clause;
  Columns where_params;  // values for the :name, :value and ? placeholders of `where`, in order
  SourceLocation where;
  bool operator==(const Delete&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
    v("where", s.where_clause);
    v("whereParams", s.where_params);
  }
};

struct TagDatabase {
  static constexpr std::string_view kName = "tagDatabase";
  Text tag;
  SourceLocation where;
  bool operator==(const TagDatabase&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("tag", s.tag, kRequired);
  }
};

struct Empty {
  static constexpr std::string_view kName = "empty";
  SourceLocation where;
  bool operator==(const Empty&) const = default;
  template <class Self, class V>
  static void fields(Self&, V&&) {}
};

/// Makes an existing column draw its values from a new sequence (Liquibase's PostgreSQL form:
/// CREATE SEQUENCE, SET NOT NULL, SET DEFAULT nextval(...) and OWNED BY).
struct AddAutoIncrement {
  static constexpr std::string_view kName = "addAutoIncrement";
  Text catalog_name, schema_name, table_name, column_name, column_data_type, start_with, increment_by;
  Text generation_type;
  Flag default_on_null;
  SourceLocation where;
  bool operator==(const AddAutoIncrement&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("defaultOnNull", s.default_on_null, kIgnoredHere);  // identity options: PostgreSQL gets a sequence
    v("generationType", s.generation_type, kIgnoredHere);
    v("incrementBy", s.increment_by, kInteger);
    v("schemaName", s.schema_name);
    v("startWith", s.start_with, kInteger);
    v("tableName", s.table_name, kRequired);
  }
};

/// A change written in Java (`class` implements Liquibase's CustomChange). basalt cannot run it: the
/// reader refuses it unless --custom-change=skip says to apply its change-set without it.
struct CustomChange {
  static constexpr std::string_view kName = "customChange";
  Text class_name;
  Params params;
  SourceLocation where;
  bool operator==(const CustomChange&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("class", s.class_name, kRequired);
    v("param", s.params);
  }
};

/// How a loadData column's cells are loaded: its `<column>` config.
struct LoadColumn {
  Text name, header, index, type;
  Text default_value, default_value_numeric, default_value_date, default_value_computed, default_value_boolean;
  Flag allow_update;
  SourceLocation where;
  bool operator==(const LoadColumn&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("allowUpdate", s.allow_update);
    v("defaultValue", s.default_value);
    v("defaultValueBoolean", s.default_value_boolean);
    v("defaultValueComputed", s.default_value_computed);
    v("defaultValueDate", s.default_value_date);
    v("defaultValueNumeric", s.default_value_numeric);
    v("header", s.header);
    v("index", s.index, kInteger);
    v("name", s.name);
    v("type", s.type);
  }
};
using LoadColumns = std::vector<LoadColumn>;

/// The attributes loadData and loadUpdateData share.
template <class Self, class V>
void load_fields(Self& s, V& v) {
  v("catalogName", s.catalog_name, kIgnoredHere);
  v("columns", s.columns);
  v("commentLineStartsWith", s.comment_line_starts_with);
  v("encoding", s.encoding);
  v("file", s.file, kRequired);
  v("quotchar", s.quotchar);
  v("relativeToChangelogFile", s.relative_to_changelog_file);
  v("schemaName", s.schema_name);
  v("separator", s.separator);
  v("tableName", s.table_name, kRequired);
  v("usePreparedStatements", s.use_prepared_statements);
}

/// Rows from a CSV file into a table.
struct LoadData {
  static constexpr std::string_view kName = "loadData";
  Text catalog_name, schema_name, table_name, file, encoding, separator, quotchar, comment_line_starts_with;
  Flag relative_to_changelog_file, use_prepared_statements;
  LoadColumns columns;
  FileContent content;  // filled by the reader
  SourceLocation where;
  bool operator==(const LoadData&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    load_fields(s, v);
  }
};

/// Rows from a CSV file, each updated in place by its primary key or inserted.
struct LoadUpdateData {
  static constexpr std::string_view kName = "loadUpdateData";
  Text catalog_name, schema_name, table_name, file, encoding, separator, quotchar, comment_line_starts_with;
  Text primary_key;
  Flag relative_to_changelog_file, use_prepared_statements, only_update;
  LoadColumns columns;
  FileContent content;  // filled by the reader
  /// The inverse: one DELETE per row's key (Liquibase's rollback of loadUpdateData). Not an attribute.
  bool delete_rows = false;
  SourceLocation where;
  bool operator==(const LoadUpdateData&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    load_fields(s, v);
    v("onlyUpdate", s.only_update);
    v("primaryKey", s.primary_key, kRequired);
  }
};

/// SQL statements from a file.
struct SqlFile {
  static constexpr std::string_view kName = "sqlFile";
  Text path, encoding, end_delimiter, dbms;
  Flag relative_to_changelog_file, split_statements, strip_comments;
  FileContent content;  // filled by the reader
  /// content.text with ${properties} substituted: what runs (the checksum takes content.text).
  std::string expanded;
  SourceLocation where;
  bool operator==(const SqlFile&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("dbms", s.dbms);
    v("encoding", s.encoding);
    v("endDelimiter", s.end_delimiter);
    v("path", s.path, kRequired);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
    v("splitStatements", s.split_statements);
    v("stripComments", s.strip_comments);
  }
};


/// COMMENT ON TABLE.
struct SetTableRemarks {
  static constexpr std::string_view kName = "setTableRemarks";
  Text catalog_name, schema_name, table_name, remarks;
  SourceLocation where;
  bool operator==(const SetTableRemarks&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("remarks", s.remarks);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

/// COMMENT ON COLUMN (of a table or a view).
struct SetColumnRemarks {
  static constexpr std::string_view kName = "setColumnRemarks";
  Text catalog_name, schema_name, table_name, column_name, remarks, column_data_type, column_parent_type;
  SourceLocation where;
  bool operator==(const SetColumnRemarks&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("columnDataType", s.column_data_type);
    v("columnName", s.column_name, kRequired);
    v("columnParentType", s.column_parent_type);
    v("remarks", s.remarks);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

struct AlterSequence {
  static constexpr std::string_view kName = "alterSequence";
  Text catalog_name, schema_name, sequence_name, data_type, start_value, increment_by, min_value, max_value, cache_size;
  Flag ordered, cycle;
  SourceLocation where;
  bool operator==(const AlterSequence&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("cacheSize", s.cache_size, kInteger);
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("cycle", s.cycle);
    v("dataType", s.data_type);
    v("incrementBy", s.increment_by, kInteger);
    v("maxValue", s.max_value, kInteger);
    v("minValue", s.min_value, kInteger);
    v("ordered", s.ordered, kIgnoredHere);
    v("schemaName", s.schema_name);
    v("sequenceName", s.sequence_name, kRequired);
    v("startValue", s.start_value, kNotAProperty);  // in the XSD's sequence attributes only
  }
};

struct RenameSequence {
  static constexpr std::string_view kName = "renameSequence";
  Text catalog_name, schema_name, old_sequence_name, new_sequence_name;
  SourceLocation where;
  bool operator==(const RenameSequence&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("newSequenceName", s.new_sequence_name, kRequired);
    v("oldSequenceName", s.old_sequence_name, kRequired);
    v("schemaName", s.schema_name);
  }
};

struct RenameView {
  static constexpr std::string_view kName = "renameView";
  Text catalog_name, schema_name, old_view_name, new_view_name;
  SourceLocation where;
  bool operator==(const RenameView&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("newViewName", s.new_view_name, kRequired);
    v("oldViewName", s.old_view_name, kRequired);
    v("schemaName", s.schema_name);
  }
};

/// Two columns joined into a new one, then dropped.
struct MergeColumns {
  static constexpr std::string_view kName = "mergeColumns";
  Text catalog_name, schema_name, table_name, column1_name, column2_name, join_string, final_column_name;
  Text final_column_type;
  SourceLocation where;
  bool operator==(const MergeColumns&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("column1Name", s.column1_name, kRequired);
    v("column2Name", s.column2_name, kRequired);
    v("finalColumnName", s.final_column_name, kRequired);
    v("finalColumnType", s.final_column_type, kRequired);
    v("joinString", s.join_string);
    v("schemaName", s.schema_name);
    v("tableName", s.table_name, kRequired);
  }
};

/// A new table of a column's distinct values, and a foreign key from the column to it.
struct AddLookupTable {
  static constexpr std::string_view kName = "addLookupTable";
  Text existing_table_catalog_name, existing_table_schema_name, existing_table_name, existing_column_name;
  Text new_table_catalog_name, new_table_schema_name, new_table_name, new_column_name, new_column_data_type;
  Text constraint_name;
  SourceLocation where;
  bool operator==(const AddLookupTable&) const = default;
  /// constraintName, else Liquibase's default name: FK_<TABLE>_<NEW TABLE>, in upper case.
  std::string foreign_key_name() const {
    if (constraint_name) return *constraint_name;
    std::string out = "FK_" + existing_table_name.value_or("") + "_" + new_table_name.value_or("");
    for (char& ch : out)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return out;
  }
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("constraintName", s.constraint_name);
    v("existingColumnName", s.existing_column_name, kRequired);
    v("existingTableCatalogName", s.existing_table_catalog_name, kIgnoredHere);
    v("existingTableName", s.existing_table_name, kRequired);
    v("existingTableSchemaName", s.existing_table_schema_name);
    v("newColumnDataType", s.new_column_data_type);
    v("newColumnName", s.new_column_name, kRequired);
    v("newTableCatalogName", s.new_table_catalog_name, kIgnoredHere);
    v("newTableName", s.new_table_name, kRequired);
    v("newTableSchemaName", s.new_table_schema_name);
  }
};

/// A message for whoever runs the changelog; no SQL.
struct Output {
  static constexpr std::string_view kName = "output";
  Text message, target;
  SourceLocation where;
  bool operator==(const Output&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("message", s.message, kRequired);
    v("target", s.target);
  }
};

/// Stops the run before its change-set.
struct Stop {
  static constexpr std::string_view kName = "stop";
  Text message;
  SourceLocation where;
  bool operator==(const Stop&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("message", s.message);
  }
};

/// Drops every foreign key of a table, as the database has them when the change-set runs.
struct DropAllForeignKeyConstraints {
  static constexpr std::string_view kName = "dropAllForeignKeyConstraints";
  Text base_table_catalog_name, base_table_schema_name, base_table_name;
  SourceLocation where;
  bool operator==(const DropAllForeignKeyConstraints&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("baseTableCatalogName", s.base_table_catalog_name, kIgnoredHere);
    v("baseTableName", s.base_table_name, kRequired);
    v("baseTableSchemaName", s.base_table_schema_name);
  }
};

/// A stored procedure from its SQL text, given inline or in a file.
struct CreateProcedure {
  static constexpr std::string_view kName = "createProcedure";
  Text catalog_name, schema_name, procedure_name, procedure_text, dbms, path, encoding, comments;
  Flag relative_to_changelog_file, replace_if_exists;
  FileContent content;  // filled by the reader when `path` is given
  /// With `path`: the file's text that runs, ${properties} substituted.
  std::string expanded;
  /// With `path`: the text the checksum takes, the file read as UTF-8 whatever its encoding (as
  /// Liquibase reads it for the checksum), ${properties} substituted.
  std::string hashed;

  SourceLocation where;
  bool operator==(const CreateProcedure&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("comments", s.comments);
    v("dbms", s.dbms);
    v("encoding", s.encoding);
    v("path", s.path);
    v("procedureName", s.procedure_name);
    v("procedureText", s.procedure_text);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
    v("replaceIfExists", s.replace_if_exists);
    v("schemaName", s.schema_name);
  }
};

struct DropProcedure {
  static constexpr std::string_view kName = "dropProcedure";
  Text catalog_name, schema_name, procedure_name;
  SourceLocation where;
  bool operator==(const DropProcedure&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("catalogName", s.catalog_name, kIgnoredHere);
    v("procedureName", s.procedure_name, kRequired);
    v("schemaName", s.schema_name);
  }
};

/// An executeCommand's arguments (`<arg value="..."/>`), in order.
using Args = std::vector<std::string>;

/// A program run on the machine that runs the migration, at its place in the change-set.
struct ExecuteCommand {
  static constexpr std::string_view kName = "executeCommand";
  Text executable, os, timeout;
  Args args;
  SourceLocation where;
  bool operator==(const ExecuteCommand&) const = default;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("arg", s.args);
    v("executable", s.executable, kRequired);
    v("os", s.os);
    v("timeout", s.timeout);
  }
};

/// One change of a change-set.
using Change = std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
                            ModifyDataType, AddNotNullConstraint, DropNotNullConstraint, AddDefaultValue,
                            DropDefaultValue, CreateIndex, DropIndex, AddPrimaryKey, AddUniqueConstraint,
                            AddForeignKeyConstraint, DropForeignKeyConstraint, CreateSequence, CreateView, Sql,
                            Insert, Update, Delete, TagDatabase, Empty, DropPrimaryKey,
                            DropUniqueConstraint, DropSequence, DropView, CustomChange, AddAutoIncrement,
                            LoadData, LoadUpdateData, SqlFile, SetTableRemarks, SetColumnRemarks, AlterSequence,
                            RenameSequence, RenameView, MergeColumns, AddLookupTable, Output, Stop,
                            DropAllForeignKeyConstraints, CreateProcedure, DropProcedure, ExecuteCommand>;

/// Liquibase's name of a change ("createTable").
std::string_view name_of(const Change& c);
/// Where the change was written.
const SourceLocation& location_of(const Change& c);

}  // namespace basalt::model
