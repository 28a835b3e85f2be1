// PostgreSQL 15's own parser (libpg_query) applied to raw SQL: where its statements begin and end,
// and whether it parses. This module is the only one that sees libpg_query.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace basalt::sqlparse {

/// A statement of a text: its bytes [offset, offset + length), as PostgreSQL's scanner bounds it
/// (leading blanks and comments included, its ';' not).
struct Span {
  std::size_t offset = 0, length = 0;
  bool operator==(const Span&) const = default;
};

/// What PostgreSQL's parser refused, and the byte of the text it stopped at.
struct SyntaxError {
  std::string message;
  std::size_t offset = 0;
};

/// The result of split() or parse(): `error` set when PostgreSQL refused the text.
struct Result {
  std::vector<Span> statements;
  bool failed = false;
  SyntaxError error;
};

/// The statements of `sql` as PostgreSQL's scanner cuts them: at each ';' outside quotes, dollar
/// quotes, comments and identifiers (empty statements are dropped). It does not check the grammar.
Result split(std::string_view sql);

/// `sql` parsed by PostgreSQL 15's grammar: its statements, or the syntax error.
Result parse(std::string_view sql);

/// One statement as PostgreSQL's parser reads it, in the terms a lock analysis needs. Names are
/// PostgreSQL's own: parse node fields ("alter_table_stmt"), enum values ("AT_AddColumn",
/// "OBJECT_INDEX", "CONSTR_FOREIGN").
struct Shape {
  Span span;
  std::string node;                     // the statement's parse node: "alter_table_stmt", "index_stmt", ...
  std::vector<std::string> relations;   // the relations it names as its subject, "schema.name" as written
  std::vector<std::string> referenced;  // the tables its foreign keys reference
  std::string object_type;              // DROP, ALTER ... RENAME, COMMENT: what it acts on ("OBJECT_TABLE")
  bool concurrent = false;              // CREATE or DROP INDEX CONCURRENTLY
  /// PostgreSQL refuses it inside a transaction block (VACUUM, CREATE DATABASE, ... CONCURRENTLY).
  bool refuses_transaction_block = false;
  /// An ALTER TABLE subcommand.
  struct Command {
    std::string type;        // "AT_AddColumn", "AT_AddConstraint", "AT_ColumnDefault", ...
    std::string constraint;  // AT_AddConstraint: "CONSTR_FOREIGN", "CONSTR_CHECK", "CONSTR_PRIMARY", ...
    bool not_valid = false;  // the constraint is added NOT VALID
    bool has_value = false;  // AT_AddColumn: a DEFAULT given; AT_ColumnDefault: SET (not DROP) DEFAULT
    std::vector<std::string> functions;  // the functions that DEFAULT calls, lower case
  };
  std::vector<Command> commands;
};

struct Description {
  std::vector<Shape> statements;
  bool failed = false;
  SyntaxError error;
};

/// `sql`'s statements as PostgreSQL 15's parser reads them, or its syntax error.
Description describe(std::string_view sql);

/// False when `sql` cannot hold a statement that refuses a transaction block: each of those holds
/// one of their words (VACUUM, CONCURRENTLY, DATABASE, ...), so text with none needs no parse.
bool may_refuse_transaction_block(std::string_view sql);

}  // namespace basalt::sqlparse
