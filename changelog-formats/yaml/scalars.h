// What Liquibase makes of a YAML scalar: SnakeYAML 2.2's YAML 1.1 typing, then Java's text of the value.
//
// Liquibase reads `id: 1.10` as the Double 1.1 and records the id "1.1"; `0003` is the Integer 3,
// `12:30` the Integer 750, `on` the Boolean true, `2024-01-01` a java.util.Date. Every place that
// takes a value as text (ids, authors, attributes, SQL, so checksums and DESCRIPTION too) sees that
// text, so basalt must produce it byte for byte to find the change-sets a Liquibase run recorded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt::formats::yaml {

/// The type SnakeYAML gives a scalar.
enum class ScalarType { null, str, boolean, integer, floating, timestamp };

/// A scalar as Liquibase sees it: its type and the text Java's toString() gives the value.
struct Resolved {
  ScalarType type = ScalarType::str;
  std::string text;
  std::optional<std::string> error;  // set when SnakeYAML refuses the value (an explicit !!int "x")
  bool date = false;                 // a date without a time, which Liquibase keeps as a java.util.Date
};

/// A plain (unquoted, untagged) scalar, typed by YAML 1.1's implicit rules.
Resolved resolve_plain(std::string_view written);

/// A scalar with an explicit tag ("tag:yaml.org,2002:int" for `!!int`; "!" for a quoted scalar).
Resolved resolve_tagged(std::string_view tag, std::string_view written);

/// The java.util.Date whose toString() is `java_date` ("Mon Jan 01 00:00:00 UTC 2024", in the
/// process's time zone) as a java.sql.Timestamp prints it: "2024-01-01T00:00:00".
std::string timestamp_of_java_date(std::string_view java_date);

/// Java's Double.toString: "1.1", "1000.0", "1.0E7", "1.0E-4", "-0.0", "Infinity", "NaN".
std::string java_double(double value);

}  // namespace basalt::formats::yaml
