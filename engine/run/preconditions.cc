// Precondition evaluation: the tree, the checks decided without the database, and the texts.
#include "engine/run/preconditions.h"

#include <algorithm>

#include "engine/core/text.h"
#include "engine/model/expression.h"
#include "engine/sql/preconditions.h"
#include "engine/sql/split.h"

namespace basalt::run {
namespace {

using Kind = PreconditionOutcome::Kind;

struct Result {
  Kind kind = Kind::passed;
  std::vector<std::string> messages;
};

Result pass() { return {}; }
Result fail(std::string m) { return {Kind::failed, {std::move(m)}}; }
Result error(std::string m) { return {Kind::errored, {std::move(m)}}; }

std::string attr(const model::Precondition& p, std::string_view name) {
  const std::string* v = p.attribute(name);
  return v ? *v : std::string();
}

// The first line of a server message ("ERROR:  relation ... does not exist").
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

class Evaluator {
 public:
  Evaluator(const PreconditionFacts& facts, QueryRunner* db) : facts_(facts), db_(db) {}

  Result block(const model::Preconditions& b) {
    gather(b.conditions);
    send();
    return all_of(b.conditions);
  }

 private:
  // The checks that need the database, in the order the tree reaches them, each one statement.
  void gather(const std::vector<model::Precondition>& conditions) {
    for (const model::Precondition& c : conditions) {
      gather(c.nested);
      std::optional<std::string> q = sql::precondition_query(c, facts_.target);
      if (!q) continue;
      // A sqlCheck of several statements is Liquibase's error; it is not sent.
      if (c.type == "sqlCheck" && sql::split_sql(*q, sql::SplitOptions{}).size() > 1) continue;
      index_.push_back(&c);
      statements_.push_back(std::move(*q));
    }
  }

  void send() {
    if (statements_.empty()) return;
    if (db_ == nullptr) {
      results_.assign(statements_.size(), QueryResult{true, "no database to check it against", 0, {}});
      return;
    }
    results_ = db_->run_all(statements_);
  }

  // A check's result; a second round trip when an earlier statement's failure kept it from running
  // and the tree, short-circuiting past that failure, needs it after all.
  const QueryResult* result_of(const model::Precondition& c) {
    for (std::size_t i = 0; i < index_.size(); ++i) {
      if (index_[i] != &c) continue;
      if (!results_[i].ran && db_ != nullptr) results_[i] = db_->run_all({statements_[i]}).at(0);
      return &results_[i];
    }
    return nullptr;
  }

  Result all_of(const std::vector<model::Precondition>& conditions) {
    for (const model::Precondition& c : conditions) {
      Result r = check(c);
      if (r.kind != Kind::passed) return r;  // and stops at its first failure, or error
    }
    return pass();
  }

  Result check(const model::Precondition& c) {
    if (c.type == "and") return all_of(c.nested);
    if (c.type == "or") {
      Result failed{Kind::failed, {}};
      for (const model::Precondition& n : c.nested) {
        Result r = check(n);
        if (r.kind == Kind::errored) return r;
        if (r.kind == Kind::passed) return pass();
        failed.messages.insert(failed.messages.end(), r.messages.begin(), r.messages.end());
      }
      return failed;  // every leg failed (an empty or fails, with nothing to say)
    }
    if (c.type == "not") {
      for (const model::Precondition& n : c.nested) {
        Result r = check(n);
        if (r.kind == Kind::errored) return r;
        if (r.kind == Kind::passed) return fail(prefix("Not precondition failed"));
      }
      return pass();
    }
    return leaf(c);
  }

  std::string prefix(const std::string& what) const { return facts_.root_file + " : " + what; }

  Result leaf(const model::Precondition& c) {
    const std::string& t = c.type;
    const std::string schema = sql::precondition_schema(c, facts_.target);
    if (t == "dbms") {
      std::string type = attr(c, "type");
      bool admits = !text::trim(type).empty() && model::dbms_admits_postgresql(type, model::DbmsCase::folded);
      return admits ? pass() : fail(prefix("DBMS Precondition failed: expected " + type + ", got postgresql"));
    }
    if (t == "runningAs") {
      std::string user = attr(c, "username");
      return text::iequals(user, facts_.user)
                 ? pass()
                 : fail(prefix("RunningAs Precondition failed: expected " + user + ", was " + facts_.user));
    }
    if (t == "changeSetExecuted") return executed(c);
    if (t == "changeLogPropertyDefined") {
      std::string property = attr(c, "property");
      std::optional<std::string> known = c.known_when_read;
      if (!known) {
        if (const QueryResult* r = result_of(c)) {  // a property of the connection
          if (r->error) return error(prefix(t + ": " + first_line(*r->error)));
          if (!r->rows.empty() && !r->rows[0].empty()) known = r->rows[0][0].value_or("");
        }
      }
      if (!known) return fail(prefix("Changelog property '" + property + "' was not set"));
      const std::string* value = c.attribute("value");
      if (value && *value != *known)
        return fail(prefix("Expected changelog property '" + property + "' to have a value of '" + *value +
                           "'.  Got '" + *known + "'"));
      return pass();
    }
    if (t == "expectedQuotingStrategy") {
      // Compared with the changelog's own strategy, unset unless the changelog declares one.
      std::string strategy = attr(c, "strategy");
      if (c.known_when_read && *c.known_when_read == strategy) return pass();
      return fail(prefix("Quoting strategy Precondition failed: expected " + strategy + ", got " +
                         (facts_.change_set ? facts_.change_set->quoting_strategy : std::string("LEGACY"))));
    }
    if (t == "sqlCheck" && sql::split_sql(c.text, sql::SplitOptions{}).size() > 1)
      return error(prefix("sqlCheck: Multiple ResultSets were returned by the query."));

    const QueryResult* r = result_of(c);
    if (r == nullptr) return error(prefix(t + ": not a check basalt can run"));
    if (r->error) return error(prefix(t + ": " + first_line(*r->error)));
    auto value = [&]() -> std::optional<std::string> {
      return r->rows.empty() || r->rows[0].empty() ? std::nullopt : r->rows[0][0];
    };
    if (t == "sqlCheck") {
      if (r->rows.empty()) return error(prefix("sqlCheck: Empty result set, expected one row"));
      if (r->rows.size() > 1) return error(prefix("sqlCheck: Result set larger than one row"));
      if (r->columns > 1) return error(prefix("sqlCheck: Returned too many columns: " + std::to_string(r->columns)));
      if (!value()) return fail(prefix("No rows returned from SQL Precondition"));
      std::string expected = attr(c, "expectedResult");
      if (*value() == expected) return pass();
      return fail(prefix("SQL Precondition failed.  Expected '" + expected + "' got '" + *value() + "'"));
    }
    if (t == "tableIsEmpty")
      return value() == "0" ? pass() : fail(prefix("Table " + attr(c, "tableName") + " is not empty."));
    if (t == "rowCount") {
      std::string rows = value().value_or("0");
      if (rows == attr(c, "expectedRows")) return pass();
      return fail(prefix("Table " + attr(c, "tableName") + " does not have the expected row count of " +
                         attr(c, "expectedRows") + ". It contains " + rows + " rows"));
    }
    if (value() == "t") return pass();
    return fail(prefix(missing(c, schema)));
  }

  // The failure text of an existence check, as Liquibase writes it.
  static std::string missing(const model::Precondition& c, const std::string& schema) {
    const std::string& t = c.type;
    if (t == "tableExists") return "Table " + schema + "." + attr(c, "tableName") + " does not exist";
    if (t == "viewExists") return "View " + schema + "." + attr(c, "viewName") + " does not exist";
    if (t == "columnExists")
      return "Column " + schema + "." + attr(c, "tableName") + "." + attr(c, "columnName") + " does not exist";
    if (t == "sequenceExists") return "Sequence " + schema + "." + attr(c, "sequenceName") + " does not exist";
    if (t == "indexExists") {
      const std::string* table = c.attribute("tableName");
      if (const std::string* name = c.attribute("indexName"))
        return "Index " + *name + (table ? " on " + *table : "") + " does not exist";
      return "Index  on " + attr(c, "tableName") + " columns " + attr(c, "columnNames") + " does not exist";
    }
    if (t == "primaryKeyExists") {
      if (const std::string* table = c.attribute("tableName")) return "Primary Key does not exist on " + *table;
      return "Primary Key " + attr(c, "primaryKeyName") + " does not exist";
    }
    if (t == "foreignKeyConstraintExists") {
      const std::string* name = c.attribute("foreignKeyName");
      return "Foreign Key " + schema + "." + (name ? *name : std::string("null")) + " does not exist";
    }
    if (t == "uniqueConstraintExists") {
      const std::string* name = c.attribute("constraintName");
      return (name ? *name : std::string("null")) + " on " + attr(c, "tableName") + "(" +
             (name ? std::string() : attr(c, "columnNames")) + ") does not exist";
    }
    return t + " failed";
  }

  // A row EXECUTED or MARK_RAN, read at the start or written since, for id and author without case.
  Result executed(const model::Precondition& c) {
    std::string id = attr(c, "id");
    // Without an author Liquibase looks for author null, and finds none.
    if (!c.attribute("author"))
      return fail(prefix("Changeset '" + (c.attribute("changeLogFile") ? attr(c, "changeLogFile") : facts_.root_file) +
                         "::" + id + "::null' has not been run"));
    std::string author = attr(c, "author");
    std::string file = c.attribute("changeLogFile") ? attr(c, "changeLogFile") : facts_.root_file;
    if (file.starts_with("./")) file.erase(0, 2);
    auto same = [&](const std::string& rid, const std::string& rauthor, const std::string& rfile) {
      return text::iequals(rid, id) && text::iequals(rauthor, author) && rfile == file;
    };
    if (facts_.history)
      for (const model::AppliedRow& r : *facts_.history)
        if ((r.exec_type == "EXECUTED" || r.exec_type == "MARK_RAN" || r.exec_type == "RERAN") &&
            same(r.id, r.author, r.filename))
          return pass();
    if (facts_.recorded)
      for (const auto& [rid, rauthor, rfile] : *facts_.recorded)
        if (same(rid, rauthor, rfile)) return pass();
    return fail(prefix("Changeset '" + file + "::" + id + "::" + author + "' has not been run"));
  }

  const PreconditionFacts& facts_;
  QueryRunner* db_;
  std::vector<const model::Precondition*> index_;
  std::vector<std::string> statements_;
  std::vector<QueryResult> results_;
};

}  // namespace

PreconditionOutcome evaluate(const model::Preconditions& block, const PreconditionFacts& facts, QueryRunner* db) {
  Result r = Evaluator(facts, db).block(block);
  return {r.kind, std::move(r.messages)};
}

PreconditionOutcome evaluate_for_script(const model::Preconditions& block, const PreconditionFacts& facts,
                                        QueryRunner* db) {
  if (block.on_sql_output == "TEST") return evaluate(block, facts, db);
  if (block.on_sql_output == "FAIL")
    return {Kind::failed,
            {facts.root_file + " : Unexpected precondition in updateSQL mode with onUpdateSQL value: FAIL"}};
  return {};  // IGNORE: as if there were none
}

Decision decide(const model::Preconditions& block, const PreconditionOutcome& outcome) {
  if (outcome.kind == Kind::passed) return Decision::run;
  const std::string option = applied_option(block, outcome);
  if (option == "CONTINUE") return Decision::skip;
  if (option == "MARK_RAN") return Decision::mark_ran;
  if (option == "WARN") return Decision::run;
  return Decision::halt;
}

std::string applied_option(const model::Preconditions& block, const PreconditionOutcome& outcome) {
  return outcome.kind == Kind::errored ? block.on_error : block.on_fail;
}

std::string describe(const model::Preconditions& block, const PreconditionOutcome& outcome) {
  const bool errored = outcome.kind == Kind::errored;
  const std::string& custom = errored ? block.on_error_message : block.on_fail_message;
  std::string text = std::to_string(outcome.messages.size()) +
                     (errored ? " preconditions generated an error" : " preconditions failed");
  if (!custom.empty()) return text + "\n          " + custom;
  for (const std::string& m : outcome.messages) text += "\n          " + m;
  return text;
}

void check_changelog(const std::vector<model::Preconditions>& blocks,
                     const std::function<PreconditionOutcome(const model::Preconditions&)>& evaluate_block,
                     const std::string& root_file, const std::function<void(const std::string&)>& warn) {
  for (const model::Preconditions& block : blocks) {
    PreconditionOutcome outcome = evaluate_block(block);
    if (outcome.kind == Kind::passed) continue;
    if (applied_option(block, outcome) == "WARN") {
      warn("Executing " + root_file + " despite precondition " +
           (outcome.kind == Kind::errored ? "error" : "failure") + " due to " +
           (outcome.kind == Kind::errored ? "onError" : "onFail") + "='WARN':\n     " + describe(block, outcome));
      continue;
    }
    throw Error("Validation Failed:\n     " + describe(block, outcome) + "\n     (changelog preConditions at " +
                to_string(block.where) + "; onFail " + block.on_fail + ", onError " + block.on_error +
                ": at changelog level anything but WARN stops the run, as in Liquibase)");
  }
}

}  // namespace basalt::run
