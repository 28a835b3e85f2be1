// Small text helpers shared by every module.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace basalt::text {

/// ASCII lower case.
std::string lower(std::string_view s);
/// ASCII upper case.
std::string upper(std::string_view s);
/// Without leading and trailing whitespace (space, tab, CR, LF).
std::string_view trim(std::string_view s);
/// Splits on `sep`, trimming each part and dropping empty parts ("a, b" → {"a","b"}).
std::vector<std::string> split_list(std::string_view s, char sep = ',');
/// Case-insensitive ASCII equality.
bool iequals(std::string_view a, std::string_view b);
bool starts_with_icase(std::string_view s, std::string_view prefix);
/// Edit distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);
/// Whether text is a number as a changelog writes one: 12, -3, 9.99, .5, 1e5.
bool is_number(std::string_view text);
/// Appends the UTF-8 encoding of a code point of the Basic Multilingual Plane.
void append_utf8(std::string& out, char32_t c);
/// Joins with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace basalt::text
