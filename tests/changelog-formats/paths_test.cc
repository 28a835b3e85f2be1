// Path arithmetic for FILENAME values.
#include "changelog-formats/paths.h"

#include <doctest/doctest.h>

namespace basalt::formats {
namespace {

TEST_CASE("normalizing a path removes dot segments and resolves parent segments where it can") {
  CHECK(normalize_path("db/./a/../b.yaml") == "db/b.yaml");
  CHECK(normalize_path("./db//x.yaml") == "db/x.yaml");
  CHECK(normalize_path("../x.yaml") == "../x.yaml");
  CHECK(normalize_path("a/../../x.yaml") == "../x.yaml");
  CHECK(normalize_path("/abs/../x.yaml") == "/x.yaml");
  CHECK(normalize_path("/../x.yaml") == "/x.yaml");
  CHECK(normalize_path("db\\win\\x.yaml") == "db/win/x.yaml");
  CHECK(normalize_path("") == "");
}

TEST_CASE("a file relative to a folder is joined and normalized, an absolute one stays") {
  CHECK(join_path("db/changelog", "../x.yaml") == "db/x.yaml");
  CHECK(join_path("", "x.yaml") == "x.yaml");
  CHECK(join_path("db", "/etc/x.yaml") == "/etc/x.yaml");
  CHECK(parent_folder("db/changelog/master.yaml") == "db/changelog");
  CHECK(parent_folder("master.yaml") == "");
  CHECK(parent_folder("/master.yaml") == "/");
}

TEST_CASE("only leading ./ is removed from the root path") {
  CHECK(without_leading_dot_slash("./././db/x.yaml") == "db/x.yaml");
  CHECK(without_leading_dot_slash("db/./x.yaml") == "db/./x.yaml");
}

TEST_CASE("a changelog's FILENAME has no leading ./ and, for an absolute path, no leading /") {
  CHECK(recorded_filename("./db/x.yaml") == "db/x.yaml");
  CHECK(recorded_filename("/srv/app/db/x.sql") == "srv/app/db/x.sql");
  CHECK(recorded_filename("db/x.yaml") == "db/x.yaml");
}

TEST_CASE("extensions are compared in lower case") {
  CHECK(extension_of("a/B.YML") == "yml");
  CHECK(extension_of("a.d/b") == "");
  CHECK(extension_of(".hidden") == "");
}

}  // namespace
}  // namespace basalt::formats
