// Context/label expressions and dbms lists: one table each, rows as Liquibase 4.28 decides them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/model/expression.h"

namespace basalt::model {
namespace {

struct ExpressionCase {
  const char* expression;
  std::vector<std::string> active;
  bool admits;
};

TEST_CASE("context and label expressions are evaluated as Liquibase's expression matcher does") {
  const ExpressionCase cases[] = {
      {"dev, test", {"test"}, true},
      {"dev,test", {"prod"}, false},
      {"dev and test", {"dev"}, false},
      {"dev and test", {"test", "dev"}, true},
      {"dev AND test", {"test", "dev"}, true},  // read in lower case, operators included
      {"!prod", {"dev"}, true},
      {"!prod", {"prod"}, false},
      {"not prod", {"PROD"}, false},  // names compare without case
      {"(a or b) and not c", {"b"}, true},
      {"(a or b) and not c", {"b", "c"}, false},
      {"((a or b) and (c or d))", {"b", "d"}, true},
      {"tenant_db AND !initial_switch", {"tenant_db"}, true},
      {"tenant_db AND !initial_switch", {"tenant_db", "initial_switch"}, false},
      {"a or b and c", {"a"}, true},  // and binds tighter than or
      {"", {"x"}, true},
      {"   ", {}, true},
      // Nothing active: every term matches, even a negated one, except a required one.
      {"test", {}, true},
      {"!test", {}, true},
      {"@test", {}, false},
      {"@test", {"test"}, true},
      {"@!test", {"dev"}, true},
      {"@!test", {"test"}, false},
  };
  for (const ExpressionCase& c : cases) {
    CAPTURE(c.expression);
    CHECK(expression_matches(c.expression, c.active) == c.admits);
  }
}

struct DbmsCaseRow {
  const char* dbms;
  bool folded, as_written;
};

TEST_CASE("dbms lists admit PostgreSQL by name, by all, or by excluding only others") {
  const DbmsCaseRow rows[] = {
      {"postgresql", true, true},
      {"h2, postgresql", true, true},
      {"mysql,postgresql", true, true},
      {"all", true, true},
      {"all, !postgresql", true, true},  // all wins
      {"none", false, false},
      {"none, postgresql", false, false},  // none wins over a listed name
      {"!oracle", true, true},
      {"!mysql, !mariadb", true, true},
      {"!postgresql", false, false},
      {"oracle, mysql", false, false},
      {"postgres", false, false},  // not Liquibase's name for PostgreSQL (gravitee relies on that)
      {"PostgreSQL", true, false},  // a change-set's list is read in lower case, others as written
      {"", true, true},
      {" , ", true, true},
  };
  for (const DbmsCaseRow& r : rows) {
    CAPTURE(r.dbms);
    CHECK(dbms_admits_postgresql(r.dbms, DbmsCase::folded) == r.folded);
    CHECK(dbms_admits_postgresql(r.dbms, DbmsCase::as_written) == r.as_written);
  }
}

}  // namespace
}  // namespace basalt::model
