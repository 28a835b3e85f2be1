// Liquibase's ISODateFormat, as ColumnConfig reads valueDate and defaultValueDate (each form checked
// against Liquibase 4.28's checksum and SQL: tests/golden/liquibase/scalars, attributes.yaml).
#include <doctest/doctest.h>

#include "engine/model/dates.h"

namespace basalt::model {

TEST_CASE("date attributes read as Liquibase reads them, or as functions") {
  struct Case {
    const char* written;
    std::optional<std::string> date;
  };
  const Case cases[] = {
      {"2024-01-01", "2024-01-01"},
      {"2024-1-01x", "2024-01-01"},                        // 10 characters: yyyy-MM-dd, the rest ignored
      {"2024-13-01", "2025-01-01"},                        // lenient: month 13 rolls over
      {"12:30:00", "12:30:00"},
      {"25:00:00", "01:00:00"},
      {"2001-12-14 21:59:43", "2001-12-14T21:59:43"},      // written with a space, recorded with a T
      {"2001-12-14T21:59:43", "2001-12-14T21:59:43"},
      {"2001-12-14 21:59:43.5", "2001-12-14T21:59:43.5"},
      {"2001-12-14 21:59:43.50", "2001-12-14T21:59:43.5"},  // the fraction's zeros go
      {"2001-12-14 21:59:43.000", "2001-12-14T21:59:43"},
      {"2001-12-14T21:59:43.123456789", "2001-12-14T21:59:43.123456789"},
      {"2001-12-14T21:59:43.1-05:00", "2001-12-14T21:59:43.1"},  // an ISO offset: only the fraction counts
      {"2001-12-14T21:59:43.1Z", "2001-12-14T21:59:43.1"},
      {"12:30:00.5", std::nullopt},                        // a time with a fraction
      {"2001-12-14 21:59:43.1-05:00", std::nullopt},       // an offset after a space
      {"2001-12-14T21:59:43.1234567890", std::nullopt},    // more than nanoseconds
      {"2024-01-01 10:00", std::nullopt},
      {"2024-1-5", std::nullopt},
      {"now()", std::nullopt},
      {"CURRENT_TIMESTAMP", std::nullopt},
      {"Mon Jan 01 00:00:00 UTC 2024", std::nullopt},      // a YAML timestamp with a zone, as text
      {"", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.written);
    CHECK(iso_date(c.written) == c.date);
  }
}

}  // namespace basalt::model
