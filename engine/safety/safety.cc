// The lock facts of each statement form (PostgreSQL 15, "Explicit Locking" and each command's page).
#include "engine/safety/safety.h"

#include <algorithm>
#include <array>

#include "engine/sqlparse/sqlparse.h"

namespace basalt::safety {
namespace {

using enum Lock;

// Checked row by row against a real server by tests/pg/lock_facts_test.cc: the lock each holds on
// its tables (pg_locks), whether a read and a write from another session wait for it, whether the
// table's file is replaced, and whether it runs in a transaction block.
constexpr std::array kForms = {
    FormFacts{Form::create_table, "CREATE TABLE", none, none, false, false, true, "",
              "CREATE TABLE n (id int)"},
    FormFacts{Form::create_table_referencing, "CREATE TABLE ... REFERENCES", none, share_row_exclusive, false,
              false, true, "", "CREATE TABLE n (id int REFERENCES u (id))"},
    FormFacts{Form::drop_table, "DROP TABLE", access_exclusive, none, false, false, true,
              "drops the table and its rows, and running code that uses it fails", "DROP TABLE t CASCADE"},
    FormFacts{Form::rename_table, "ALTER TABLE ... RENAME TO", access_exclusive, none, false, false, true,
              "running code that uses the old name fails: keep a compatibility view until it is gone "
              "(expand, then contract)",
              "ALTER TABLE t RENAME TO t2"},
    FormFacts{Form::add_column, "ALTER TABLE ... ADD COLUMN", access_exclusive, none, false, false, true, "",
              "ALTER TABLE t ADD COLUMN d int"},
    FormFacts{Form::add_column_constant_default, "ALTER TABLE ... ADD COLUMN ... DEFAULT <constant>",
              access_exclusive, none, false, false, true, "",
              "ALTER TABLE t ADD COLUMN d int NOT NULL DEFAULT 5"},
    FormFacts{Form::add_column_volatile_default, "ALTER TABLE ... ADD COLUMN ... DEFAULT <volatile>",
              access_exclusive, none, true, true, true,
              "rewrites the table under ACCESS EXCLUSIVE: add the column without a default, then backfill it "
              "in batches",
              "ALTER TABLE t ADD COLUMN d float8 DEFAULT random()"},
    FormFacts{
        Form::drop_column, "ALTER TABLE ... DROP COLUMN", access_exclusive, none, false, false, true,
        "running code that reads the column fails: stop using it first, then drop it (expand, then contract)",
        "ALTER TABLE t DROP COLUMN b"},
    FormFacts{Form::rename_column, "ALTER TABLE ... RENAME COLUMN", access_exclusive, none, false, false,
              true,
              "running code that uses the old name fails: keep a compatibility view until it is gone "
              "(expand, then contract)",
              "ALTER TABLE t RENAME COLUMN b TO b2"},
    FormFacts{Form::alter_column_type, "ALTER TABLE ... ALTER COLUMN ... TYPE", access_exclusive, none, true,
              true, true,
              "may rewrite the table and its indexes under ACCESS EXCLUSIVE: add a column of the new type, "
              "backfill it in batches, then switch over",
              "ALTER TABLE t ALTER COLUMN a TYPE bigint"},
    FormFacts{Form::set_not_null, "ALTER TABLE ... ALTER COLUMN ... SET NOT NULL", access_exclusive, none,
              false, true, true,
              "scans the whole table under ACCESS EXCLUSIVE: add CHECK (column IS NOT NULL) NOT VALID, "
              "VALIDATE it in another change-set, then SET NOT NULL (PostgreSQL proves it from the check)",
              "ALTER TABLE t ALTER COLUMN a SET NOT NULL"},
    FormFacts{Form::drop_not_null, "ALTER TABLE ... ALTER COLUMN ... DROP NOT NULL", access_exclusive, none,
              false, false, true, "", "ALTER TABLE t ALTER COLUMN c DROP NOT NULL"},
    FormFacts{Form::set_default, "ALTER TABLE ... ALTER COLUMN ... SET DEFAULT", access_exclusive, none,
              false, false, true, "", "ALTER TABLE t ALTER COLUMN a SET DEFAULT 7"},
    FormFacts{Form::drop_default, "ALTER TABLE ... ALTER COLUMN ... DROP DEFAULT", access_exclusive, none,
              false, false, true, "", "ALTER TABLE t ALTER COLUMN c DROP DEFAULT"},
    FormFacts{Form::add_primary_key, "ALTER TABLE ... ADD PRIMARY KEY", access_exclusive, none, false, true,
              true,
              "builds its index under ACCESS EXCLUSIVE: create a unique index CONCURRENTLY, then add the key "
              "USING INDEX",
              "ALTER TABLE w ADD PRIMARY KEY (id)"},
    FormFacts{Form::add_unique_constraint, "ALTER TABLE ... ADD UNIQUE", access_exclusive, none, false, true,
              true,
              "builds its index under ACCESS EXCLUSIVE: create a unique index CONCURRENTLY, then add the "
              "constraint USING INDEX",
              "ALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE (b)"},
    FormFacts{Form::add_foreign_key, "ALTER TABLE ... ADD FOREIGN KEY", share_row_exclusive,
              share_row_exclusive, false, true, true,
              "scans the table to validate while writes to both tables wait: add it NOT VALID, then VALIDATE "
              "CONSTRAINT in another change-set",
              "ALTER TABLE t ADD CONSTRAINT t_u FOREIGN KEY (u_id) REFERENCES u (id)"},
    FormFacts{Form::add_foreign_key_not_valid, "ALTER TABLE ... ADD FOREIGN KEY ... NOT VALID",
              share_row_exclusive, share_row_exclusive, false, false, true, "",
              "ALTER TABLE t ADD CONSTRAINT t_u FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID"},
    FormFacts{Form::add_check, "ALTER TABLE ... ADD CHECK", access_exclusive, none, false, true, true,
              "scans the table to validate under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE "
              "CONSTRAINT in another change-set",
              "ALTER TABLE t ADD CONSTRAINT t_c CHECK (c >= 0)"},
    FormFacts{Form::add_check_not_valid, "ALTER TABLE ... ADD CHECK ... NOT VALID", access_exclusive, none,
              false, false, true, "", "ALTER TABLE t ADD CONSTRAINT t_c CHECK (c >= 0) NOT VALID"},
    FormFacts{Form::validate_constraint, "ALTER TABLE ... VALIDATE CONSTRAINT", share_update_exclusive, none,
              false, true, true, "", "ALTER TABLE t VALIDATE CONSTRAINT t_check"},
    FormFacts{Form::drop_constraint, "ALTER TABLE ... DROP CONSTRAINT", access_exclusive, none, false, false,
              true, "", "ALTER TABLE t DROP CONSTRAINT t_check"},
    FormFacts{Form::create_index, "CREATE INDEX", share, none, false, true, true,
              "writes to the table wait while the index builds: create it CONCURRENTLY in a "
              "runInTransaction: false change-set",
              "CREATE INDEX t_b ON t (b)"},
    FormFacts{Form::create_index_concurrently, "CREATE INDEX CONCURRENTLY", share_update_exclusive, none,
              false, true, false, "", "CREATE INDEX CONCURRENTLY t_b ON t (b)"},
    FormFacts{
        Form::drop_index, "DROP INDEX", access_exclusive, none, false, false, true,
        "takes ACCESS EXCLUSIVE on the table: drop it CONCURRENTLY in a runInTransaction: false change-set",
        "DROP INDEX t_a"},
    FormFacts{Form::drop_index_concurrently, "DROP INDEX CONCURRENTLY", share_update_exclusive, none, false,
              false, false, "", "DROP INDEX CONCURRENTLY t_a"},
    FormFacts{Form::create_sequence, "CREATE SEQUENCE", none, none, false, false, true, "",
              "CREATE SEQUENCE s2"},
    FormFacts{Form::alter_sequence, "ALTER SEQUENCE", none, none, false, false, true, "",
              "ALTER SEQUENCE s INCREMENT BY 2"},
    FormFacts{Form::create_view, "CREATE VIEW", access_share, none, false, false, true, "",
              "CREATE VIEW v2 AS SELECT id FROM t"},
    FormFacts{Form::drop_view, "DROP VIEW", none, none, false, false, true, "", "DROP VIEW v"},
    FormFacts{Form::comment, "COMMENT ON", share_update_exclusive, none, false, false, true, "",
              "COMMENT ON TABLE t IS 'x'"},
    FormFacts{Form::insert, "INSERT", row_exclusive, none, false, false, true, "",
              "INSERT INTO t (id, a, b, c) VALUES (2, 1, 'y', 0)"},
    FormFacts{Form::update, "UPDATE", row_exclusive, none, false, false, true, "",
              "UPDATE t SET a = 2 WHERE id = 1"},
    FormFacts{Form::delete_rows, "DELETE", row_exclusive, none, false, false, true, "",
              "DELETE FROM t WHERE id = 1"},
    FormFacts{Form::truncate, "TRUNCATE", access_exclusive, none, true, false, true,
              "removes every row under ACCESS EXCLUSIVE", "TRUNCATE t"},
    FormFacts{Form::select, "SELECT", access_share, none, false, true, true, "", "SELECT count(*) FROM t"},
    FormFacts{Form::create_function, "CREATE FUNCTION", none, none, false, false, true, "",
              "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"},
    FormFacts{Form::setting, "SET", none, none, false, false, true, "", "SET LOCAL lock_timeout = '1s'"},
};

constexpr bool in_order() {
  for (std::size_t i = 0; i < kForms.size(); ++i)
    if (static_cast<std::size_t>(kForms[i].form) != i) return false;
  return true;
}
static_assert(in_order(), "kForms lists every Form once, in the order of the enum");
static_assert(kForms.size() == static_cast<std::size_t>(Form::setting) + 1, "every Form has a row");

}  // namespace

std::string_view name(Lock lock) {
  switch (lock) {
    case none:
      return "";
    case access_share:
      return "ACCESS SHARE";
    case row_share:
      return "ROW SHARE";
    case row_exclusive:
      return "ROW EXCLUSIVE";
    case share_update_exclusive:
      return "SHARE UPDATE EXCLUSIVE";
    case share:
      return "SHARE";
    case share_row_exclusive:
      return "SHARE ROW EXCLUSIVE";
    case exclusive:
      return "EXCLUSIVE";
    case access_exclusive:
      return "ACCESS EXCLUSIVE";
  }
  return "";
}

std::string_view pg_locks_mode(Lock lock) {
  switch (lock) {
    case none:
      return "";
    case access_share:
      return "AccessShareLock";
    case row_share:
      return "RowShareLock";
    case row_exclusive:
      return "RowExclusiveLock";
    case share_update_exclusive:
      return "ShareUpdateExclusiveLock";
    case share:
      return "ShareLock";
    case share_row_exclusive:
      return "ShareRowExclusiveLock";
    case exclusive:
      return "ExclusiveLock";
    case access_exclusive:
      return "AccessExclusiveLock";
  }
  return "";
}

bool blocks_reads(Lock lock) {
  return lock == access_exclusive;
}

bool blocks_writes(Lock lock) {
  return lock >= share;
}

std::span<const FormFacts> forms() {
  return kForms;
}

const FormFacts& facts(Form form) {
  return kForms[static_cast<std::size_t>(form)];
}

namespace {

// Functions whose result does not change from row to row (PostgreSQL's immutable and stable ones
// among the usual defaults): an added column's DEFAULT calling only these is stored once, without a
// rewrite. Any other function may be volatile, so its DEFAULT is taken to rewrite the table.
constexpr std::array<std::string_view, 16> kNotVolatile = {"now",
                                                           "transaction_timestamp",
                                                           "statement_timestamp",
                                                           "current_setting",
                                                           "lower",
                                                           "upper",
                                                           "concat",
                                                           "length",
                                                           "to_char",
                                                           "to_date",
                                                           "to_timestamp",
                                                           "make_date",
                                                           "make_timestamp",
                                                           "json_build_object",
                                                           "jsonb_build_object",
                                                           "array_fill"};

bool calls_volatile(const sqlparse::Shape::Command& c) {
  return std::any_of(c.functions.begin(), c.functions.end(), [](const std::string& f) {
    return std::find(kNotVolatile.begin(), kNotVolatile.end(), f) == kNotVolatile.end();
  });
}

std::optional<Form> alter_form(const sqlparse::Shape::Command& c) {
  const std::string& t = c.type;
  if (t == "AT_AddColumn") {
    if (!c.has_value) return Form::add_column;
    return calls_volatile(c) ? Form::add_column_volatile_default : Form::add_column_constant_default;
  }
  if (t == "AT_DropColumn") return Form::drop_column;
  if (t == "AT_AlterColumnType") return Form::alter_column_type;
  if (t == "AT_SetNotNull") return Form::set_not_null;
  if (t == "AT_DropNotNull") return Form::drop_not_null;
  if (t == "AT_ColumnDefault") return c.has_value ? Form::set_default : Form::drop_default;
  if (t == "AT_ValidateConstraint") return Form::validate_constraint;
  if (t == "AT_DropConstraint") return Form::drop_constraint;
  if (t == "AT_AddConstraint") {
    if (c.constraint == "CONSTR_PRIMARY") return Form::add_primary_key;
    if (c.constraint == "CONSTR_UNIQUE") return Form::add_unique_constraint;
    if (c.constraint == "CONSTR_FOREIGN")
      return c.not_valid ? Form::add_foreign_key_not_valid : Form::add_foreign_key;
    if (c.constraint == "CONSTR_CHECK") return c.not_valid ? Form::add_check_not_valid : Form::add_check;
  }
  return std::nullopt;
}

std::vector<Form> forms_of(const sqlparse::Shape& s) {
  const std::string& n = s.node;
  if (n == "create_stmt") return {s.referenced.empty() ? Form::create_table : Form::create_table_referencing};
  if (n == "alter_table_stmt" && s.object_type == "OBJECT_TABLE") {
    std::vector<Form> out;
    for (const sqlparse::Shape::Command& c : s.commands) {
      std::optional<Form> f = alter_form(c);
      if (!f) return {};  // one part unknown: the statement's facts are not known
      out.push_back(*f);
    }
    return out;
  }
  if (n == "rename_stmt" && s.object_type == "OBJECT_TABLE") return {Form::rename_table};
  if (n == "rename_stmt" && s.object_type == "OBJECT_COLUMN") return {Form::rename_column};
  if (n == "index_stmt") return {s.concurrent ? Form::create_index_concurrently : Form::create_index};
  if (n == "drop_stmt" && s.object_type == "OBJECT_TABLE") return {Form::drop_table};
  if (n == "drop_stmt" && s.object_type == "OBJECT_INDEX")
    return {s.concurrent ? Form::drop_index_concurrently : Form::drop_index};
  if (n == "drop_stmt" && s.object_type == "OBJECT_VIEW") return {Form::drop_view};
  if (n == "create_seq_stmt") return {Form::create_sequence};
  if (n == "alter_seq_stmt") return {Form::alter_sequence};
  if (n == "view_stmt") return {Form::create_view};
  if (n == "comment_stmt") return {Form::comment};
  if (n == "insert_stmt") return {Form::insert};
  if (n == "update_stmt") return {Form::update};
  if (n == "delete_stmt") return {Form::delete_rows};
  if (n == "truncate_stmt") return {Form::truncate};
  if (n == "select_stmt") return {Form::select};
  if (n == "create_function_stmt") return {Form::create_function};
  if (n == "variable_set_stmt") return {Form::setting};
  return {};
}

}  // namespace

std::optional<std::vector<Classified>> classify_sql(std::string_view sql) {
  sqlparse::Description d = sqlparse::describe(sql);
  if (d.failed) return std::nullopt;
  std::vector<Classified> out;
  for (const sqlparse::Shape& s : d.statements) out.push_back({forms_of(s), s.relations, s.referenced});
  return out;
}

namespace {

Facts joined(const std::vector<Form>& forms, const std::vector<std::string>& relations,
             const std::vector<std::string>& referenced) {
  Facts out;
  out.known = true;
  out.forms = forms;
  out.relations = relations;
  auto take = [&](const std::string& relation, Lock lock) {
    if (lock == Lock::none || relation.empty()) return;
    for (RelationLock& l : out.locks)
      if (l.relation == relation) {
        l.lock = std::max(l.lock, lock);
        return;
      }
    out.locks.push_back({relation, lock});
  };
  for (Form f : forms) {
    const FormFacts& ff = facts(f);
    for (const std::string& r : relations) take(r, ff.on_table);
    for (const std::string& r : referenced) take(r, ff.on_referenced);
    out.rewrites = out.rewrites || ff.rewrites;
    out.scans = out.scans || ff.scans;
    out.transactional = out.transactional && ff.transactional;
  }
  return out;
}

}  // namespace

Facts facts_of_sql(std::string_view sql) {
  const std::optional<std::vector<Classified>> classified = classify_sql(sql);
  if (!classified || classified->empty() || classified->front().forms.empty()) return {};
  const Classified& c = classified->front();
  return joined(c.forms, c.relations, c.referenced);
}

Facts facts_of(const sql::Statement& statement) {
  if (statement.is_command || statement.text.empty()) return {};
  if (const std::optional<sql::Tag>& tag = statement.tag)
    return joined({tag->form}, {tag->relation}, tag->referenced);
  return facts_of_sql(statement.text);
}

namespace {

std::string_view blocked(Lock lock) {
  if (blocks_reads(lock)) return "blocks reads and writes";
  if (blocks_writes(lock)) return "blocks writes";
  return "blocks neither reads nor writes";
}

bool creates_table(Form form) { return form == Form::create_table || form == Form::create_table_referencing; }

}  // namespace

std::string Annotator::qualified(const std::string& relation) const {
  return relation.find('.') == std::string::npos ? default_schema_ + "." + relation : relation;
}

std::vector<std::string> Annotator::lines(const sql::Statement& statement) {
  if (statement.is_command || statement.text.empty()) return {};  // a program, or only a note
  const Facts f = facts_of(statement);
  const auto is_setting = [](Form form) { return form == Form::setting; };
  if (f.known && std::all_of(f.forms.begin(), f.forms.end(), is_setting)) return {};  // a timeout, say
  std::vector<std::string> out;
  if (!f.known) {
    out.emplace_back("lock: unknown: basalt does not know what this statement locks");
  } else {
    std::string line = "lock: ";
    if (f.locks.empty()) line += "none that another session waits for";
    for (std::size_t i = 0; i < f.locks.size(); ++i) {
      const RelationLock& l = f.locks[i];
      line.append(i == 0 ? "" : ", ").append(name(l.lock)).append(" on ").append(l.relation);
      line.append(" (").append(blocked(l.lock)).append(")");
    }
    const std::string table = f.relations.empty() ? std::string() : f.relations.front();
    if (f.rewrites) line += "; rewrites " + table;
    else if (f.scans) line += "; scans " + table;
    if (!f.transactional) line += "; cannot run inside a transaction";
    out.push_back(std::move(line));
    const bool is_new = created_.count(qualified(table)) != 0;
    for (Form form : f.forms) {
      const std::string_view hazard = facts(form).hazard;
      if (hazard.empty() || is_new) continue;
      std::string h = "hazard: " + std::string(hazard);
      if (std::find(out.begin(), out.end(), h) == out.end()) out.push_back(std::move(h));
    }
    if (!table.empty() && std::any_of(f.forms.begin(), f.forms.end(), creates_table)) created_.insert(qualified(table));
  }
  if (out == last_) return {};
  last_ = out;
  return out;
}

}  // namespace basalt::safety
