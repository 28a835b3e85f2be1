// Connection strings: the forms Liquibase users type, and passwords that never show.
#include "engine/pg/url.h"

#include <doctest/doctest.h>

#include "engine/core/error.h"

using basalt::pg::ConnectionOptions;
using basalt::pg::mask_password;
using basalt::pg::to_conninfo;

TEST_CASE("JDBC URLs become libpq URIs, keeping the parameters libpq knows") {
  CHECK(to_conninfo({"jdbc:postgresql://db1:5433/app", {}, {}}) == "postgresql://db1:5433/app");
  CHECK(to_conninfo({"jdbc:postgresql://db1/app?user=me&ssl=true&sslmode=require", {}, {}}) ==
        "postgresql://db1/app?user=me&sslmode=require");
  CHECK(to_conninfo({"jdbc:postgresql:app", {}, {}}) == "postgresql://localhost/app");
}

TEST_CASE("--username and --password are added to each URL form") {
  CHECK(to_conninfo({"postgresql://db1/app", "me", "s3cr&t"}) == "postgresql://db1/app?user=me&password=s3cr%26t");
  CHECK(to_conninfo({"postgresql://db1/app?sslmode=disable", "me", {}}) == "postgresql://db1/app?sslmode=disable&user=me");
  CHECK(to_conninfo({"host=db1 dbname=app", "me", "it's"}) == "host=db1 dbname=app user='me' password='it\\'s'");
}

TEST_CASE("a connection attempt gives up after 10 s unless the URL or PGCONNECT_TIMEOUT says otherwise") {
  using basalt::pg::with_connect_timeout;
  CHECK(with_connect_timeout("postgresql://db1/app", nullptr) == "postgresql://db1/app?connect_timeout=10");
  CHECK(with_connect_timeout("postgresql://db1/app?sslmode=require", nullptr) ==
        "postgresql://db1/app?sslmode=require&connect_timeout=10");
  CHECK(with_connect_timeout("host=db1 dbname=app", nullptr) == "host=db1 dbname=app connect_timeout=10");
  CHECK(with_connect_timeout("host=db1 connect_timeout=3", nullptr) == "host=db1 connect_timeout=3");
  CHECK(with_connect_timeout("postgresql://db1/app?connect_timeout=3", nullptr) == "postgresql://db1/app?connect_timeout=3");
  CHECK(with_connect_timeout("host=db1", "5") == "host=db1");
}

TEST_CASE("an unrecognized URL is an error that says which forms work") {
  CHECK_THROWS_WITH_AS(to_conninfo({"mysql://x/y", {}, {}}),
                       doctest::Contains("use postgresql://user@host:port/db"), basalt::Error);
}

TEST_CASE("passwords are masked in every form") {
  CHECK(mask_password("postgresql://me:secret@db1/app") == "postgresql://me:*****@db1/app");
  CHECK(mask_password("postgresql://db1/app?user=me&password=secret&sslmode=x") ==
        "postgresql://db1/app?user=me&password=*****&sslmode=x");
  CHECK(mask_password("host=db1 password='a b' dbname=x") == "host=db1 password=***** dbname=x");
  CHECK(mask_password("postgresql://me@db1/app") == "postgresql://me@db1/app");
}
