// What each form of statement does to the database while it runs: the lock it takes on the table
// it changes (and on a table it references), whether it rewrites or scans that table, and whether it
// can run inside a transaction. One table holds it (kForms); tests/pg/lock_facts_test.cc checks
// every row against a real server.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/sql/form.h"
#include "engine/sql/statement.h"

namespace basalt::safety {

/// PostgreSQL 15's table-level lock modes, weakest first.
enum class Lock : std::uint8_t {
  none,
  access_share,
  row_share,
  row_exclusive,
  share_update_exclusive,
  share,
  share_row_exclusive,
  exclusive,
  access_exclusive,
};

/// "ACCESS EXCLUSIVE", as PostgreSQL names it ("" for none).
std::string_view name(Lock lock);
/// pg_locks' mode: "AccessExclusiveLock" ("" for none).
std::string_view pg_locks_mode(Lock lock);
/// Whether a plain SELECT on the table waits for it (it conflicts with ACCESS SHARE).
bool blocks_reads(Lock lock);
/// Whether INSERT, UPDATE and DELETE on the table wait for it (it conflicts with ROW EXCLUSIVE).
bool blocks_writes(Lock lock);

/// A form of statement (sql::Form: the generator tags what it writes with one).
using sql::Form;

/// One row of the table.
struct FormFacts {
  Form form;
  std::string_view name;     // "ALTER TABLE ... ADD COLUMN ... DEFAULT <volatile>"
  Lock on_table;             // on the table the statement changes (or reads)
  Lock on_referenced;        // on a table a foreign key references (none without one)
  bool rewrites;             // the table is written anew (its relfilenode changes)
  bool scans;                // every row is read (to check a constraint, to build an index)
  bool transactional;        // false: PostgreSQL refuses it inside a transaction block
  // What it risks on a table that exists and is in use, and the safer way (empty: nothing).
  std::string_view hazard;
  // A statement of this form on the server's test tables (tests/pg/lock_facts_test.cc): tables
  // t (id, a, b, c, u_id), u (id), w (id, a, no key), index t_a, constraint t_check (NOT VALID),
  // sequence s, view v.
  std::string_view example;
};

/// Every form, in the order of Form.
std::span<const FormFacts> forms();

/// The facts of one form.
const FormFacts& facts(Form form);

/// A raw SQL statement as PostgreSQL's parser reads it: the form of each of its parts (an ALTER
/// TABLE with several subcommands has several; none: a statement whose facts basalt does not
/// know), the relations it acts on and the tables its foreign keys reference.
struct Classified {
  std::vector<Form> forms;
  std::vector<std::string> relations, referenced;
};

/// The statements of `sql`, classified; nullopt when PostgreSQL 15's grammar refuses the text.
std::optional<std::vector<Classified>> classify_sql(std::string_view sql);

/// The lock a statement takes on one relation.
struct RelationLock {
  std::string relation;
  Lock lock = Lock::none;
  bool operator==(const RelationLock&) const = default;
};

/// What one statement does, from the forms of its parts: the strongest lock on each relation,
/// whether it rewrites or scans a table, whether it runs in a transaction. `known` is false for a
/// statement (or a part of one) whose form basalt does not know; its other facts then say nothing.
struct Facts {
  bool known = false;
  std::vector<std::string> relations;  // the relations it acts on (a new table's too), in order
  std::vector<RelationLock> locks;
  bool rewrites = false, scans = false, transactional = true;
  std::vector<Form> forms;
};

/// The facts of a SQL text holding one statement (the first, if it holds several).
Facts facts_of_sql(std::string_view sql);

/// The facts of a statement basalt runs: from the generator's tag, else from PostgreSQL's reading
/// of its text (raw SQL). An executeCommand's program has none.
Facts facts_of(const sql::Statement& statement);

/// The review comments update-sql prints above each statement of a script: the lock it takes on
/// each relation and whether reads and writes wait for it, whether it rewrites or scans the table,
/// whether it can run in a transaction, and the hazard of its form. A hazard of a table created
/// earlier in the same script is left out: nothing uses that table yet.
class Annotator {
 public:
  /// `default_schema`: where raw SQL's unqualified names are (as the generator's names are).
  explicit Annotator(std::string default_schema = "public") : default_schema_(std::move(default_schema)) {}
  /// The comment lines for `statement` (without "-- "); none when they would repeat the previous
  /// statement's in the same change-set.
  std::vector<std::string> lines(const sql::Statement& statement);
  /// A new change-set begins: its first statement is annotated even if it repeats the last one.
  void next_change_set() { last_.clear(); }

 private:
  std::string qualified(const std::string& relation) const;
  std::string default_schema_;
  std::set<std::string> created_;  // qualified
  std::vector<std::string> last_;
};

}  // namespace basalt::safety
