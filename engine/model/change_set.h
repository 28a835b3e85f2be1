// Change-sets and changelogs: identity, attributes, changes and rollback.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/location.h"
#include "engine/model/change.h"

namespace basalt::model {

/// One precondition (`tableExists`, `sqlCheck`, `not`, ...): its attributes, text and nested ones.
struct Precondition {
  std::string type;
  std::vector<std::pair<std::string, std::string>> attributes;  // as written, in order
  std::string text;                                             // sqlCheck's SQL
  std::vector<Precondition> nested;                             // and / or / not
  /// What only the reader knows: changeLogPropertyDefined's property value (absent: not defined);
  /// expectedQuotingStrategy's changelog strategy (absent: the changelog sets none).
  std::optional<std::string> known_when_read;
  SourceLocation where;
  bool operator==(const Precondition&) const = default;

  /// The attribute `name`, if given.
  const std::string* attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
      if (key == name) return &value;
    return nullptr;
  }
};

/// A `preConditions` block and what to do when it fails or errors.
struct Preconditions {
  std::string on_fail = "HALT";   // HALT, CONTINUE, MARK_RAN, WARN
  std::string on_error = "HALT";
  std::string on_fail_message, on_error_message;
  std::string on_sql_output = "IGNORE";  // IGNORE, TEST, FAIL
  std::vector<Precondition> conditions;  // implicitly and-ed
  SourceLocation where;
  bool operator==(const Preconditions&) const = default;
};

/// What undoes a change-set.
struct Rollback {
  enum class Kind {
    automatic,  // derive inverses of the forward changes
    explicit_changes,  // `rollback:` with SQL text or changes (replaces the inverse)
    explicit_empty,    // `rollback: ""`: nothing to do but delete the tracker row
  };
  Kind kind = Kind::automatic;
  std::vector<Change> changes;  // SQL text is a Sql change
  SourceLocation where;
  bool operator==(const Rollback&) const = default;
};

/// One edit of a modifySql entry (Liquibase's SqlVisitor): applied in order to each statement the
/// change-set's changes generate. Liquibase leaves out of the SQL and the checksum the entries whose
/// dbms, context or labels do not admit the run, so the reader keeps only those that do.
struct SqlEdit {
  enum class Kind { append, prepend, replace, reg_exp_replace };
  Kind kind = Kind::append;
  std::string value;          // append, prepend
  std::string replace, with;  // replace (literal), regExpReplace (a regular expression)
  std::optional<std::string> dbms, contexts, labels;
  bool apply_to_rollback = false;
  SourceLocation where;
  bool operator==(const SqlEdit&) const = default;
  /// Liquibase's name of the edit ("regExpReplace").
  std::string_view name() const;
};

/// A change-set: identity, attributes, changes, rollback.
struct ChangeSet {
  std::string id;
  std::string author;
  std::string file_path;  // as Liquibase records it in FILENAME (logicalFilePath, or the path as given)
  SourceLocation where;

  std::optional<std::string> comment;
  std::optional<std::string> contexts;  // expression as written
  std::optional<std::string> labels;
  /// The context and labels attributes of the include/includeAll entries that brought this
  /// change-set in, innermost first: each must admit the run too.
  std::vector<std::string> include_contexts, include_labels;
  std::optional<std::string> dbms;
  std::optional<std::string> created;
  bool run_on_change = false;
  bool run_always = false;
  bool run_in_transaction = true;
  /// lockTimeout and statementTimeout (basalt's), normalized by parse_timeout; nullopt: the run's.
  std::optional<std::string> lock_timeout, statement_timeout;
  bool fail_on_error = true;
  bool ignore = false;
  std::string quoting_strategy = "LEGACY";  // objectQuotingStrategy
  /// onValidationFail: MARK_RAN: a change PostgreSQL cannot take marks the change-set as ran.
  bool mark_ran_on_validation_fail = false;
  /// Set by sql::validate: such a change was found, so the change-set is recorded MARK_RAN.
  bool validation_failed = false;
  std::vector<std::string> valid_checksums;  // `validCheckSum`, including "ANY"
  std::optional<Preconditions> preconditions;

  std::vector<Change> changes;
  Rollback rollback;
  std::vector<SqlEdit> sql_edits;  // modifySql entries that apply to this run

  bool operator==(const ChangeSet&) const = default;

  /// Liquibase's display identity: "path::id::author".
  std::string identity() const { return file_path + "::" + id + "::" + author; }
};

/// A parsed changelog with every include resolved, change-sets in execution order.
struct ChangeLog {
  std::string root_path;  // as given on the command line
  std::string root_file;  // the root's FILENAME: what precondition messages name, changeSetExecuted's default
  /// The changelog-level preConditions blocks of every file, in reading order: all are checked,
  /// each with its own onFail and onError, before anything runs.
  std::vector<Preconditions> preconditions;
  std::vector<ChangeSet> change_sets;
  /// The ${name}s left as written because nothing defined them while reading.
  std::vector<std::string> undefined_properties;
  bool operator==(const ChangeLog&) const = default;
};

}  // namespace basalt::model
