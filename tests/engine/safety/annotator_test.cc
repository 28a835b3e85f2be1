// The comments update-sql prints above each statement: safety::Annotator, without a server.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/safety/safety.h"

using namespace basalt;
using safety::Annotator;

namespace {

sql::Statement raw(std::string text) {
  sql::Statement s;
  s.text = std::move(text);
  return s;
}

sql::Statement typed(std::string text, sql::Form form, std::string relation,
                     std::vector<std::string> referenced = {}) {
  sql::Statement s = raw(std::move(text));
  s.tag = sql::Tag{form, std::move(relation), std::move(referenced)};
  return s;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE(
    "an index built under lock on an existing table: its lock, what it blocks, the scan and the hazard") {
  Annotator a;
  const Lines lines = a.lines(typed("CREATE INDEX i ON public.t(a)", sql::Form::create_index, "public.t"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "lock: SHARE on public.t (blocks writes); scans public.t");
  CHECK(lines[1].starts_with("hazard: writes to the table wait while the index builds"));
  CHECK(lines[1].find("CONCURRENTLY") != std::string::npos);
}

TEST_CASE("a concurrent build: a weaker lock, no hazard, and it cannot run in a transaction") {
  Annotator a;
  CHECK(a.lines(typed("CREATE INDEX CONCURRENTLY i ON public.t(a)", sql::Form::create_index_concurrently,
                      "public.t")) == Lines{"lock: SHARE UPDATE EXCLUSIVE on public.t (blocks neither reads "
                                            "nor writes); scans public.t; cannot "
                                            "run inside a transaction"});
}

TEST_CASE("a foreign key locks both tables; a column type change rewrites and blocks reads") {
  Annotator a;
  const Lines fk =
      a.lines(typed("ALTER TABLE public.t ADD CONSTRAINT f FOREIGN KEY (u_id) REFERENCES public.u (id)",
                    sql::Form::add_foreign_key, "public.t", {"public.u"}));
  REQUIRE(fk.size() == 2);
  CHECK(fk[0] ==
        "lock: SHARE ROW EXCLUSIVE on public.t (blocks writes), SHARE ROW EXCLUSIVE on public.u (blocks "
        "writes); "
        "scans public.t");
  CHECK(fk[1].find("NOT VALID") != std::string::npos);
  const Lines type = a.lines(
      typed("ALTER TABLE public.t ALTER COLUMN a TYPE bigint", sql::Form::alter_column_type, "public.t"));
  REQUIRE(!type.empty());
  CHECK(type[0] == "lock: ACCESS EXCLUSIVE on public.t (blocks reads and writes); rewrites public.t");
}

TEST_CASE("raw SQL is read by PostgreSQL's parser, and what it does not know says so") {
  Annotator a;
  const Lines add = a.lines(raw("ALTER TABLE t ADD COLUMN d float8 DEFAULT random()"));
  REQUIRE(add.size() == 2);
  CHECK(add[0] == "lock: ACCESS EXCLUSIVE on t (blocks reads and writes); rewrites t");
  CHECK(add[1].starts_with("hazard: rewrites the table"));
  CHECK(a.lines(raw("DO $$ BEGIN PERFORM 1; END $$")) ==
        Lines{"lock: unknown: basalt does not know what this statement locks"});
}

TEST_CASE("a table created earlier in the script has no hazards: nothing uses it yet") {
  Annotator a;
  CHECK(a.lines(typed("CREATE TABLE public.n (id int)", sql::Form::create_table, "public.n")) ==
        Lines{"lock: none that another session waits for"});
  // Typed and raw names meet: raw SQL's unqualified names are in the default schema.
  CHECK(a.lines(raw("CREATE INDEX n_id ON n (id)")) == Lines{"lock: SHARE on n (blocks writes); scans n"});
  CHECK(a.lines(typed("ALTER TABLE public.n ADD PRIMARY KEY (id)", sql::Form::add_primary_key, "public.n"))
            .size() == 1);
  // Another table still has its hazard; so does a table made in another schema by raw SQL.
  CHECK(a.lines(typed("CREATE INDEX o_id ON public.o (id)", sql::Form::create_index, "public.o")).size() ==
        2);
  Annotator elsewhere("app");
  elsewhere.lines(raw("CREATE TABLE n (id int)"));
  CHECK(elsewhere.lines(typed("CREATE INDEX n_id ON public.n (id)", sql::Form::create_index, "public.n"))
            .size() == 2);
  CHECK(elsewhere.lines(typed("CREATE INDEX n_id ON app.n (id)", sql::Form::create_index, "app.n")).size() ==
        1);
}

TEST_CASE("a statement that says what the one before it said gets no comment, until the next change-set") {
  Annotator a;
  const sql::Statement insert = typed("INSERT INTO public.t (id) VALUES (1)", sql::Form::insert, "public.t");
  CHECK(a.lines(insert) == Lines{"lock: ROW EXCLUSIVE on public.t (blocks neither reads nor writes)"});
  CHECK(a.lines(insert).empty());
  a.next_change_set();
  CHECK(a.lines(insert).size() == 1);
  // A program, or a statement that is only a note, has none.
  sql::Statement note;
  note.note = "a note";
  CHECK(a.lines(note).empty());
}
