// The one place where identifiers become SQL: Liquibase's LEGACY quoting on PostgreSQL.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt::sql {

/// Liquibase's objectQuotingStrategy: which names a change's SQL quotes.
enum class Quoting {
  legacy,          // LEGACY (the default): names in mixed case or needing quotes
  all,             // QUOTE_ALL_OBJECTS: every name, schemas too
  reserved_words,  // QUOTE_ONLY_RESERVED_WORDS: only names needing quotes (mixed case stays bare)
};

/// The strategy named as a changelog writes it (LEGACY for anything else).
Quoting quoting_named(std::string_view strategy);

/// Sets the strategy quote_name follows on this thread while it lives, as a change-set's statements
/// are generated (the tracker's statements are always LEGACY, as Liquibase writes them).
class QuotingScope {
 public:
  explicit QuotingScope(Quoting q);
  ~QuotingScope();
  QuotingScope(const QuotingScope&) = delete;
  QuotingScope& operator=(const QuotingScope&) = delete;

 private:
  Quoting previous_;
};

/// An identifier as Liquibase 4.28 writes it by default (LEGACY strategy): left bare when it is a
/// plain word in one case and not a reserved word; otherwise double-quoted, embedded quotes doubled.
std::string quote_name(std::string_view name);

/// `schema.name`, with the default schema when none is given; each part through quote_name.
std::string qualify(std::string_view schema, std::string_view name);

/// The name PostgreSQL reads from quote_name(name): a bare name folded to lower case, a quoted one
/// as it stands.
std::string name_as_read(std::string_view name);

/// The relation PostgreSQL reads from qualify(schema, name): "schema.name" ("name" without a schema).
std::string relation_as_read(std::string_view schema, std::string_view name);

/// A string literal: 'it''s'.
std::string quote_literal(std::string_view value);

/// `SET name = 'value'` (`RESET name` without a value): a session setting, its name and value quoted
/// as every identifier and literal is.
std::string session_setting(std::string_view name, const std::optional<std::string>& value);
/// `SET LOCAL name = 'value'`: a setting that ends with the transaction.
std::string transaction_setting(std::string_view name, std::string_view value);

/// True for PostgreSQL's reserved key words (the ones Liquibase quotes).
bool is_reserved_word(std::string_view lower_case_word);

}  // namespace basalt::sql
