#include "engine/core/timeout.h"

#include <array>
#include <cstdint>
#include <utility>

#include "engine/core/text.h"

namespace basalt {

std::optional<std::string> parse_timeout(std::string_view text) {
  const std::string t = text::lower(text::trim(text));
  if (t == "none") return t;
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 10) return std::nullopt;
  const std::string unit(text::trim(std::string_view(t).substr(digits)));
  constexpr std::array<std::pair<std::string_view, std::int64_t>, 6> kUnits = {
      {{"", 1}, {"ms", 1}, {"s", 1000}, {"min", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}}};
  for (const auto& [name, ms] : kUnits) {
    if (unit != name) continue;
    const std::int64_t n = std::stoll(t.substr(0, digits));
    if (n * ms > 2147483647) return std::nullopt;
    return std::to_string(n) + std::string(name.empty() ? "ms" : name);
  }
  return std::nullopt;
}

}  // namespace basalt
