// Precondition queries against PostgreSQL's catalog, following what Liquibase 4.28's checks find
// there (tests/golden/liquibase/preconditions, 01 and 02).
#include "engine/sql/preconditions.h"

#include <algorithm>

#include "engine/core/text.h"
#include "engine/sql/quote.h"

namespace basalt::sql {
namespace {

std::string attr(const model::Precondition& p, std::string_view name) {
  const std::string* v = p.attribute(name);
  return v ? *v : std::string();
}

// `lower(column) = lower('value')`: Liquibase's lookups through JDBC metadata ignore case.
std::string same_name(std::string_view column, const std::string& value) {
  return "lower(" + std::string(column) + ") = lower(" + quote_literal(value) + ")";
}

// ARRAY[lower('a'), lower('b')]: a column list as written, without case.
std::string name_array(const std::string& list) {
  std::vector<std::string> items;
  for (const std::string& c : text::split_list(list)) items.push_back("lower(" + quote_literal(c) + ")");
  return "ARRAY[" + text::join(items, ", ") + "]::text[]";
}

// The lower-cased names of the columns `keys` lists, in order, for an index or a constraint.
std::string key_columns(std::string_view keys, std::string_view relation) {
  return "ARRAY(SELECT lower(a.attname) FROM unnest(" + std::string(keys) +
         ") WITH ORDINALITY key(attnum, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = " + std::string(relation) +
         " AND a.attnum = key.attnum ORDER BY key.ord)";
}

std::string exists(const std::string& from_where) { return "SELECT EXISTS (SELECT 1 " + from_where + ")"; }

const char* kRelation =
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ";

std::string relation_exists(const model::Precondition& p, const Target& target, const char* kinds,
                            const std::string& name) {
  return exists(std::string(kRelation) + "c.relkind IN (" + kinds + ") AND " +
                same_name("n.nspname", precondition_schema(p, target)) + " AND " + same_name("c.relname", name));
}

std::string constraint_exists(const model::Precondition& p, const Target& target, char type) {
  return std::string("FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class t ON t.oid = k.conrelid ") +
         "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE k.contype = '" + type + "' AND " +
         same_name("n.nspname", precondition_schema(p, target));
}

// Liquibase folds an index name in one case to lower case, as PostgreSQL folds an unquoted name, and
// keeps a mixed-case one as written.
std::string folded_index_name(const std::string& name) {
  bool lower = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  bool upper = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return lower || upper ? text::lower(name) : name;
}

}  // namespace

std::string precondition_schema(const model::Precondition& p, const Target& target) {
  const std::string* schema = p.attribute("schemaName");
  return schema && !schema->empty() ? *schema : target.default_schema;
}

std::optional<std::string> connection_property_query(std::string_view written) {
  // Property names compare without case.
  const std::string name = text::lower(written);
  if (name == "database.databasemajorversion") return "SELECT (current_setting('server_version_num')::int / 10000)::text";
  if (name == "database.databaseminorversion") return "SELECT (current_setting('server_version_num')::int % 10000)::text";
  if (name == "database.databaseproductversion") return "SELECT current_setting('server_version')";
  if (name == "database.defaultcatalogname") return "SELECT current_database()::text";
  // Liquibase's "safe" database: one on this machine.
  if (name == "database.issafetorunupdate")
    return "SELECT (coalesce(host(inet_server_addr()), 'localhost') IN ('127.0.0.1', '::1', 'localhost'))::text";
  return std::nullopt;
}

std::optional<std::string> precondition_query(const model::Precondition& p, const Target& target) {
  const std::string& type = p.type;
  // The database.* properties Liquibase takes from the connection: read from the server.
  if (type == "changeLogPropertyDefined" && !p.known_when_read) return connection_property_query(attr(p, "property"));
  if (type == "tableExists") return relation_exists(p, target, "'r', 'p'", attr(p, "tableName"));
  if (type == "viewExists") return relation_exists(p, target, "'v'", attr(p, "viewName"));
  if (type == "columnExists") {
    return exists("FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                  "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE NOT a.attisdropped AND "
                  "c.relkind IN ('r', 'p', 'v', 'm', 'f') AND " +
                  same_name("n.nspname", precondition_schema(p, target)) + " AND " +
                  same_name("c.relname", attr(p, "tableName")) + " AND " +
                  same_name("a.attname", attr(p, "columnName")));
  }
  if (type == "sequenceExists") {  // exact: Liquibase's sequence lookup keeps the case as written
    return exists(std::string(kRelation) + "c.relkind = 'S' AND n.nspname = " +
                  quote_literal(precondition_schema(p, target)) + " AND c.relname = " +
                  quote_literal(attr(p, "sequenceName")));
  }
  if (type == "indexExists") {
    const std::string* index = p.attribute("indexName");
    const std::string* table = p.attribute("tableName");
    std::string where = "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                        "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON "
                        "n.oid = t.relnamespace WHERE ";
    // By name alone Liquibase looks in the default schema only, whatever schemaName says.
    std::string schema = table ? precondition_schema(p, target) : target.default_schema;
    where += same_name("n.nspname", schema);
    if (table) where += " AND " + same_name("t.relname", *table);
    if (index) return exists(where + " AND ic.relname = " + quote_literal(folded_index_name(*index)));
    if (!p.attribute("columnNames")) return "SELECT false";  // a table alone: Liquibase finds no index
    return exists(where + " AND " + key_columns("i.indkey::int2[]", "i.indrelid") + " = " +
                  name_array(attr(p, "columnNames")));
  }
  if (type == "primaryKeyExists") {
    std::string where = constraint_exists(p, target, 'p');
    if (const std::string* name = p.attribute("primaryKeyName")) where += " AND " + same_name("k.conname", *name);
    if (const std::string* table = p.attribute("tableName")) where += " AND " + same_name("t.relname", *table);
    return exists(where);
  }
  if (type == "foreignKeyConstraintExists") {
    if (!p.attribute("foreignKeyName")) return "SELECT false";  // Liquibase finds none without a name
    std::string where = constraint_exists(p, target, 'f') + " AND " + same_name("k.conname", attr(p, "foreignKeyName"));
    if (const std::string* table = p.attribute("foreignKeyTableName")) where += " AND " + same_name("t.relname", *table);
    return exists(where);
  }
  if (type == "uniqueConstraintExists") {
    std::string where = constraint_exists(p, target, 'u') + " AND " + same_name("t.relname", attr(p, "tableName"));
    if (const std::string* name = p.attribute("constraintName")) return exists(where + " AND " + same_name("k.conname", *name));
    return exists(where + " AND " + key_columns("k.conkey", "k.conrelid") + " = " + name_array(attr(p, "columnNames")));
  }
  // These read the table itself, named as Liquibase's generated SQL names it: a missing table is an error.
  const std::string table = qualify(precondition_schema(p, target), attr(p, "tableName"));
  if (type == "tableIsEmpty") return "SELECT COUNT(1) WHERE EXISTS (SELECT * FROM " + table + ")";
  if (type == "rowCount") return "SELECT COUNT(*) FROM " + table;
  if (type == "sqlCheck") {
    std::string check(text::trim(p.text));
    if (!check.empty() && check.back() == ';') check.pop_back();  // one trailing ';' is allowed
    return check;
  }
  return std::nullopt;
}

}  // namespace basalt::sql
