#include "engine/model/dates.h"

#include <cstdio>
#include <ctime>
#include <vector>

namespace basalt::model {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// SimpleDateFormat's numeric fields: digits up to the next separator (any count), which must follow.
// Reads `count` numbers separated by `separators` from the start of `s`; what comes after is ignored.
std::optional<std::vector<long>> numbers(std::string_view s, std::string_view separators) {
  std::vector<long> out;
  std::size_t i = 0;
  for (std::size_t k = 0; k <= separators.size(); ++k) {
    if (k > 0) {
      if (i >= s.size() || s[i] != separators[k - 1]) return std::nullopt;
      ++i;
    }
    std::size_t start = i;
    long v = 0;
    while (i < s.size() && is_digit(s[i]) && i - start < 9) v = v * 10 + (s[i++] - '0');
    if (i == start) return std::nullopt;
    out.push_back(v);
  }
  return out;
}

std::string two(long v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02ld", v);
  return buf;
}

// A date and time, with out-of-range fields carried over (month 13 is January of the next year).
std::string date_time(const std::vector<long>& f, bool with_time) {
  std::tm tm{};
  tm.tm_year = static_cast<int>(f[0]) - 1900;
  tm.tm_mon = static_cast<int>(f[1]) - 1;
  tm.tm_mday = static_cast<int>(f[2]);
  if (with_time) {
    tm.tm_hour = static_cast<int>(f[3]);
    tm.tm_min = static_cast<int>(f[4]);
    tm.tm_sec = static_cast<int>(f[5]);
  }
  std::time_t t = timegm(&tm);
  std::tm n{};
  gmtime_r(&t, &n);
  char buf[32];
  std::size_t len = std::strftime(buf, sizeof buf, with_time ? "%Y-%m-%dT%H:%M:%S" : "%Y-%m-%d", &n);
  return std::string(buf, len);
}

std::optional<std::string> time_of_day(std::string_view s) {
  std::optional<std::vector<long>> f = numbers(s, "::");
  if (!f) return std::nullopt;
  long seconds = ((*f)[0] * 3600 + (*f)[1] * 60 + (*f)[2]) % 86400;
  return two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60);
}

std::optional<std::string> timestamp(std::string_view s, bool space) {
  std::optional<std::vector<long>> f = numbers(s, space ? "-- ::" : "--T::");
  if (!f) return std::nullopt;
  return date_time(*f, true);
}

}  // namespace

std::optional<std::string> iso_date(std::string_view s) {
  const bool space = s.find(' ') != std::string_view::npos;
  switch (s.size()) {
    case 8:
      return time_of_day(s);
    case 10: {
      std::optional<std::vector<long>> f = numbers(s, "--");
      if (!f) return std::nullopt;
      return date_time(*f, false);
    }
    case 19:
      return timestamp(s, space);
    default:
      break;
  }
  if (s.find(':') != std::string_view::npos && s.find('-') == std::string_view::npos) {
    if (s.find('.') != std::string_view::npos) return std::nullopt;  // a time cannot hold a fraction
    return time_of_day(s);
  }
  if (s.size() < 19 || s[19] != '.') return std::nullopt;
  std::optional<std::string> seconds = timestamp(s.substr(0, 19), space);
  if (!seconds) return std::nullopt;
  // The fraction: at most nine digits (nanoseconds). An ISO offset may follow it only in the
  // T form ("...43.1-05:00", "...43.1Z"): Liquibase reads that with another parser, which keeps
  // only the fraction too.
  std::string_view rest = s.substr(20);
  std::size_t digits = 0;
  while (digits < rest.size() && is_digit(rest[digits])) ++digits;
  std::string_view zone = rest.substr(digits);
  const bool offset = zone == "Z" || (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
                                      is_digit(zone[1]) && is_digit(zone[2]) && is_digit(zone[4]) && is_digit(zone[5]));
  if (digits == 0 || digits > 9 || (!zone.empty() && (!offset || space))) return std::nullopt;
  std::string_view fraction = rest.substr(0, digits);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  return fraction.empty() ? *seconds : *seconds + "." + std::string(fraction);
}

}  // namespace basalt::model
