// Tracker statements in Liquibase 4.28's exact form.
#include "engine/tracker/tracker.h"

#include <doctest/doctest.h>

using namespace basalt;

TEST_CASE("the tracker tables are created with Liquibase's DDL") {
  tracker::Tables t;
  CHECK(tracker::create_changelog_table(t).text ==
        "CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME "
        "VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, "
        "EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG "
        "VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))");
  sql::Statements lock = tracker::create_lock_table(t);
  REQUIRE(lock.size() == 3);
  CHECK(lock[0].text ==
        "CREATE TABLE public.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED "
        "TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID))");
  CHECK(lock[1].text == "DELETE FROM public.databasechangeloglock");
  CHECK(lock[2].text == "INSERT INTO public.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE)");
}

TEST_CASE("the row of an executed change-set carries Liquibase's columns and values") {
  model::ChangeSet cs;
  cs.id = "1";
  cs.author = "your.name";
  cs.file_path = "yaml/example-changelog.yaml";
  cs.comment = "example-comment";
  cs.contexts = "example-context";
  cs.labels = "example-label";
  model::CreateTable ct;
  ct.table_name = "person";
  cs.changes.push_back(ct);
  tracker::NewRow row{&cs, 1, "9:884ea70a8e61427b7b1a217a62954c48", tracker::ExecType::executed, "5490049791", {}};
  // As Liquibase's update-sql printed it for its own example changelog (the corpus' expected-yaml).
  CHECK(tracker::insert_row({}, row).text ==
        "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, "
        "DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'your.name', "
        "'yaml/example-changelog.yaml', NOW(), 1, '9:884ea70a8e61427b7b1a217a62954c48', 'createTable "
        "tableName=person', 'example-comment', 'EXECUTED', 'example-context', 'example-label', '4.28.0', "
        "'5490049791')");
}

TEST_CASE("a tag goes last in the row, and absent comments are an empty string") {
  model::ChangeSet cs;
  cs.id = "t";
  cs.author = "a";
  cs.file_path = "c.yaml";
  model::TagDatabase tag;
  tag.tag = "v1";
  cs.changes.push_back(tag);
  tracker::NewRow row{&cs, 3, "9:x", tracker::ExecType::executed, "0000000001", tracker::tag_of(cs)};
  std::string sql = tracker::insert_row({}, row).text;
  CHECK(sql.find("DEPLOYMENT_ID, TAG) VALUES (") != std::string::npos);
  CHECK(sql.find("'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '0000000001', 'v1')") != std::string::npos);
}

model::ChangeSet with_contexts(std::optional<std::string> contexts, std::vector<std::string> included = {}) {
  model::ChangeSet cs;
  cs.contexts = std::move(contexts);
  cs.include_contexts = std::move(included);
  return cs;
}

model::ChangeSet with_labels(std::optional<std::string> labels, std::vector<std::string> included = {}) {
  model::ChangeSet cs;
  cs.labels = std::move(labels);
  cs.include_labels = std::move(included);
  return cs;
}

TEST_CASE("CONTEXTS holds the includes' contexts and the change-set's, as written, as Liquibase writes it") {
  CHECK(tracker::contexts_column(with_contexts("dev, test")) == "(dev, test)");
  CHECK(tracker::contexts_column(with_contexts("dev,test")) == "(dev,test)");
  CHECK(tracker::contexts_column(with_contexts("!prod")) == "!prod");
  CHECK(tracker::contexts_column(with_contexts("dev and !prod")) == "(dev and !prod)");
  CHECK(tracker::contexts_column(with_contexts("dev", {"inner", "outer, x"})) == "inner AND (outer, x) AND dev");
  CHECK(tracker::contexts_column(with_contexts(std::nullopt, {"test"})) == "test");
  CHECK_FALSE(tracker::contexts_column(with_contexts(std::nullopt)));
  CHECK_FALSE(tracker::contexts_column(with_contexts("")));
}

TEST_CASE("LABELS holds the includes' labels and the change-set's, lower case, without spaces") {
  CHECK(tracker::labels_column(with_labels("core, reporting")) == "core,reporting");
  CHECK(tracker::labels_column(with_labels("Core,core, X")) == "core,x");
  CHECK(tracker::labels_column(with_labels("a", {"inc"})) == "inc,a");
  CHECK_FALSE(tracker::labels_column(with_labels(std::nullopt)));
  CHECK_FALSE(tracker::labels_column(with_labels(" ")));
}

TEST_CASE("rollback deletes the row by id, author and file; the lock row is taken only when free") {
  tracker::AppliedRow r;
  r.id = "x";
  r.author = "y";
  r.filename = "z";
  CHECK(tracker::delete_row({}, r).text ==
        "DELETE FROM public.databasechangelog WHERE ID = 'x' AND AUTHOR = 'y' AND FILENAME = 'z'");
  CHECK(tracker::acquire_lock({}, "host (1.2.3.4)").text ==
        "UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'host (1.2.3.4)', LOCKGRANTED = NOW() "
        "WHERE ID = 1 AND LOCKED = FALSE");
  CHECK(tracker::release_lock({}).text ==
        "UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1");
}

TEST_CASE("deployment ids are ten digits from the clock") {
  std::string id = tracker::new_deployment_id();
  CHECK(id.size() == 10);
  CHECK(id.find_first_not_of("0123456789") == std::string::npos);
}
