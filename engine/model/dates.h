// How Liquibase 4.28 reads the text of a date attribute (valueDate, defaultValueDate).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt::model {

/// The date Liquibase's ISODateFormat makes of `text`, written back as it writes that date in
/// checksums: "yyyy-MM-dd" (10 characters), "HH:mm:ss" (a time), or "yyyy-MM-ddTHH:mm:ss" with the
/// fraction's significant digits (19 characters with a space or a T, or more with a fraction after
/// the seconds). Fields out of range roll over, as its lenient parser does. nullopt for any other
/// text (`now()`, `CURRENT_DATE`, "2024-01-01 10:00"), which Liquibase takes for a function
/// (valueComputed, defaultValueComputed).
std::optional<std::string> iso_date(std::string_view text);

}  // namespace basalt::model
