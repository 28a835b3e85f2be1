// Timeouts as basalt's settings take them (lockTimeout, --lock-timeout, ...): PostgreSQL's own
// spelling of a duration, or `none` for the server's setting.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace basalt {

/// A timeout as written: a whole number with PostgreSQL's unit (`500ms`, `2s`, `5min`, `1h`, `1d`;
/// none: milliseconds), `0` for no limit, or `none`: basalt sets nothing and the server's setting
/// holds. Returns it normalized (`500ms`, `2s`, `0ms`, `none`); nullopt when it is none of these or
/// exceeds PostgreSQL's limit (2147483647 ms).
std::optional<std::string> parse_timeout(std::string_view text);

/// What parse_timeout takes, for messages: "a duration such as 500ms, 2s, 5min or 1h, 0 for no limit,
/// or none".
inline constexpr std::string_view kTimeoutForms = "a duration such as 500ms, 2s, 5min or 1h, 0 for no limit, or none";

}  // namespace basalt
