// The generator run over a whole changelog, its refusals turned into diagnostics.
#include "engine/sql/validate.h"

#include "engine/core/text.h"

namespace basalt::sql {
namespace {

// The first words of a statement, for naming it in a message ("CREATE INDEX CONCURRENTLY").
std::string opening(const std::string& statement) {
  std::vector<std::string> words;
  for (const std::string& w : text::split_list(statement, ' ')) {
    if (words.size() == 4) break;
    words.push_back(w);
  }
  return text::join(words, " ");
}

void check(model::ChangeSet& cs, const std::vector<model::Change>& changes, bool rollback, const Target& target,
           Diagnostics& diagnostics) {
  for (const model::Change& change : changes) {
    Statements statements;
    try {
      statements = generate(change, target);
    } catch (const InvalidChange& e) {
      if (cs.mark_ran_on_validation_fail && !rollback) {
        // Liquibase's onValidationFail: MARK_RAN: the change-set is recorded without running.
        diagnostics.warning(e.where(), e.what(), "the change-set is marked as ran instead (onValidationFail: MARK_RAN)");
        cs.validation_failed = true;
      } else {
        diagnostics.error(e.where(), e.what(), e.hint());
      }
      continue;
    }
    if (!cs.run_in_transaction) continue;
    for (const Statement& s : statements) {
      if (s.transactional) continue;
      diagnostics.error(location_of(change),
                        std::string(rollback ? "the rollback of change-set '" : "change-set '") + cs.identity() +
                            "' runs in a transaction, and PostgreSQL cannot run '" + opening(s.text) +
                            " ...' inside one",
                        "add 'runInTransaction: false' to the change-set (it then runs statement by statement, "
                        "each committing on its own)");
      break;
    }
  }
}

}  // namespace

void validate(model::ChangeLog& changelog, const Target& target, Diagnostics& diagnostics) {
  for (model::ChangeSet& cs : changelog.change_sets) {
    check(cs, cs.changes, false, target, diagnostics);
    if (cs.rollback.kind == model::Rollback::Kind::explicit_changes) check(cs, cs.rollback.changes, true, target, diagnostics);
  }
}

}  // namespace basalt::sql
