// Liquibase's type mapping on PostgreSQL (reference section 2).
#include "engine/sql/types.h"

#include <doctest/doctest.h>

#include <string>

namespace basalt::sql {
namespace {
std::string t(std::string_view declared) { return column_type(declared).sql; }
}  // namespace

TEST_CASE("integer, text and binary types") {
  CHECK(t("int") == "INTEGER");
  CHECK(t("INTEGER") == "INTEGER");
  CHECK(t("bigint") == "BIGINT");
  CHECK(t("tinyint") == "SMALLINT");
  CHECK(t("smallint") == "SMALLINT");
  CHECK(t("varchar(40)") == "VARCHAR(40)");
  CHECK(t("nvarchar(40)") == "VARCHAR(40)");
  CHECK(t("varchar2(12)") == "VARCHAR(12)");
  CHECK(t("varchar") == "VARCHAR");
  CHECK(t("char(3)") == "CHAR(3)");
  CHECK(t("text") == "TEXT");
  CHECK(t("clob") == "TEXT");
  CHECK(t("blob") == "OID");
  CHECK(t("bytea") == "BYTEA");
  CHECK(t("java.sql.Types.VARCHAR(25)") == "VARCHAR(25)");
  // Liquibase's binary and large-text types take no size on PostgreSQL (Keycloak's TINYBLOB(16),
  // BINARY(64) and TEXT(25500) became BYTEA, BYTEA and TEXT in its schema).
  CHECK(t("TINYBLOB(16)") == "BYTEA");
  CHECK(t("BINARY(64)") == "BYTEA");
  CHECK(t("varbinary(10)") == "BYTEA");
  CHECK(t("longblob") == "BYTEA");
  CHECK(t("BLOB(10)") == "OID");
  CHECK(t("TEXT(25500)") == "TEXT");
  CHECK(t("mediumtext") == "TEXT");
  CHECK(t("text[]") == "TEXT[]");
}

TEST_CASE("serial types become identity columns") {
  CHECK(column_type("serial").sql == "INTEGER");
  CHECK(column_type("serial").identity);
  CHECK(column_type("bigserial").sql == "BIGINT");
  CHECK(column_type("bigserial").identity);
  CHECK_FALSE(column_type("int").identity);
}

TEST_CASE("date and time types") {
  CHECK(t("datetime") == "TIMESTAMP WITHOUT TIME ZONE");
  CHECK(t("timestamp") == "TIMESTAMP WITHOUT TIME ZONE");
  CHECK(t("timestamp(3)") == "TIMESTAMP(3) WITHOUT TIME ZONE");
  CHECK(t("timestamptz") == "TIMESTAMP WITH TIME ZONE");
  CHECK(t("timestamp with time zone") == "TIMESTAMP with time zone");
  CHECK(t("timestamp with timezone") == "TIMESTAMP WITH TIME ZONE");
  CHECK(t("date") == "date");
  CHECK(t("time") == "time WITHOUT TIME ZONE");
}

TEST_CASE("numbers, booleans, documents, arrays and unknown names") {
  CHECK(t("decimal(10,2)") == "DECIMAL(10, 2)");
  CHECK(t("numeric(8,3)") == "numeric(8, 3)");
  CHECK(t("number(8,2)") == "numeric(8, 2)");
  CHECK(t("float") == "FLOAT");
  CHECK(t("double") == "DOUBLE PRECISION");
  CHECK(t("real") == "REAL");
  CHECK(t("currency") == "DECIMAL");
  CHECK(t("boolean") == "BOOLEAN");
  CHECK(t("bit") == "BIT");
  CHECK(t("uuid") == "UUID");
  CHECK(t("json") == "JSON");
  CHECK(t("jsonb") == "JSONB");
  CHECK(t("int[]") == "INT[]");
  CHECK(t("text[]") == "TEXT[]");
  CHECK(t("xml") == "XML");
  CHECK(t("inet") == "INET");
  CHECK(t("interval") == "INTERVAL");
  CHECK(t("long") == "LONG");
}

}  // namespace basalt::sql
