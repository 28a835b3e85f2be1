// The catalog lookups of preconditions: one query per check that needs the database, in one place.
#pragma once

#include <optional>
#include <string>

#include "engine/model/change_set.h"
#include "engine/sql/generate.h"

namespace basalt::sql {

/// The query a precondition sends, or nullopt for one decided without the database (dbms,
/// runningAs, changeSetExecuted, changeLogPropertyDefined, expectedQuotingStrategy, and/or/not).
/// Existence checks return one boolean; tableIsEmpty and rowCount a count; sqlCheck its own SQL.
/// Names compare as Liquibase's checks compare them on PostgreSQL: without case for tables,
/// columns, views and constraints; folded for index names; exactly for sequences.
std::optional<std::string> precondition_query(const model::Precondition& p, const Target& target);

/// The query giving a database.* changelog property Liquibase takes from the connection (the server
/// version, the database's name), as text; nullopt for any other name (names compare without case).
std::optional<std::string> connection_property_query(std::string_view name);

/// The schema a check looks in: its schemaName, or the default schema.
std::string precondition_schema(const model::Precondition& p, const Target& target);

}  // namespace basalt::sql
