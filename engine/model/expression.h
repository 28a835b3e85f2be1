// Liquibase's two small languages inside changelogs: context/label expressions and dbms lists.
// One implementation serves the planner's filters, property scoping, the generator and the checksum.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace basalt::model {

/// Whether a context or label expression ("dev, test", "dev and !prod", "(a or b) and c", "@core")
/// admits the active names, with Liquibase 4.28's rules: a comma means or; `and` binds tighter than
/// `or`; `!` and `not ` negate one term; names compare without case; when nothing is active every
/// term matches, except a required one (`@name`); an empty expression matches everything.
bool expression_matches(std::string_view expression, const std::vector<std::string>& active);

/// How a dbms list is compared with "postgresql".
enum class DbmsCase {
  folded,     // a change-set's dbms: Liquibase lower-cases the list first ("PostgreSQL" matches)
  as_written  // every other dbms attribute: compared as written ("PostgreSQL" does not match)
};

/// Whether a dbms list ("postgresql", "mysql, postgresql", "!oracle", "all", "none") admits
/// PostgreSQL, the one database basalt runs on: `all` admits, `none` refuses even beside others,
/// `!postgresql` refuses, and otherwise PostgreSQL must be listed unless only exclusions are. An
/// empty or blank list admits.
bool dbms_admits_postgresql(std::string_view dbms, DbmsCase mode);

}  // namespace basalt::model
