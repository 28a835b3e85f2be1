// Context, label and dbms filtering of change-sets.
#include "engine/model/filters.h"

#include <algorithm>

#include "engine/core/text.h"
#include "engine/model/expression.h"

namespace basalt::model {
std::optional<std::string> excluded_by(const ChangeSet& cs, const Filters& filters) {
  if (cs.ignore) return "ignored";
  if (cs.dbms && !dbms_admits_postgresql(*cs.dbms, DbmsCase::folded)) return "DBMS mismatch";
  // Without --contexts every change-set runs, whatever its context.
  if (!filters.contexts.empty()) {
    auto admits = [&](const std::string& e) { return expression_matches(e, filters.contexts); };
    if ((cs.contexts && !admits(*cs.contexts)) ||
        !std::all_of(cs.include_contexts.begin(), cs.include_contexts.end(), admits))
      return "context mismatch";
  }
  // The label expression must admit the change-set's labels, and those of each include, separately.
  if (filters.labels && !text::trim(*filters.labels).empty()) {
    auto admits = [&](const std::optional<std::string>& labels) {
      return expression_matches(*filters.labels,
                                       labels ? text::split_list(*labels) : std::vector<std::string>{});
    };
    if (!admits(cs.labels) || !std::all_of(cs.include_labels.begin(), cs.include_labels.end(),
                                           [&](const std::string& l) { return admits(l); }))
      return "label mismatch";
  }
  return std::nullopt;
}

}  // namespace basalt::plan
