// YAML 1.1 implicit typing as SnakeYAML 2.2 resolves it, and the Java text of each value.
//
// The patterns are SnakeYAML's resolver rules written out by hand (a regex engine per scalar would
// cost more than the rest of reading); each matcher below names the rule it follows.
#include "changelog-formats/yaml/scalars.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <vector>

namespace basalt::formats::yaml {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string without_underscores(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

// A cursor over the text for the hand-written patterns.
struct Scan {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i == s.size(); }
  bool eat(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  bool eat_any(std::string_view chars) {
    if (i < s.size() && chars.find(s[i]) != std::string_view::npos) {
      ++i;
      return true;
    }
    return false;
  }
  template <class Pred>
  std::size_t run(Pred p) {
    std::size_t start = i;
    while (i < s.size() && p(s[i])) ++i;
    return i - start;
  }
  void sign() { eat_any("+-"); }
};

bool digit_or_underscore(char c) { return is_digit(c) || c == '_'; }

// `(?::[0-5]?[0-9])+` (the base-60 tail of ints and floats).
bool sexagesimal_tail(Scan& sc) {
  int groups = 0;
  while (sc.i < sc.s.size() && sc.s[sc.i] == ':') {
    std::size_t save = sc.i++;
    if (sc.i + 1 < sc.s.size() && sc.s[sc.i] >= '0' && sc.s[sc.i] <= '5' && is_digit(sc.s[sc.i + 1])) {
      sc.i += 2;
    } else if (sc.i < sc.s.size() && is_digit(sc.s[sc.i])) {
      sc.i += 1;
    } else {
      sc.i = save;
      break;
    }
    ++groups;
  }
  return groups > 0;
}

// `[eE][-+]?[0-9]+`
bool exponent(Scan& sc) {
  if (!sc.eat_any("eE")) return false;
  sc.sign();
  return sc.run(is_digit) > 0;
}

// SnakeYAML's INT rule: base 2, 8, 10, 16 and 60, with an optional sign.
bool matches_int(std::string_view s) {
  auto whole = [&](auto body) {
    Scan sc{s};
    sc.sign();
    return body(sc) && sc.done();
  };
  if (whole([](Scan& sc) {  // 0b_*[0-1][0-1_]*
        if (!sc.eat('0') || !sc.eat('b')) return false;
        sc.run([](char c) { return c == '_'; });
        if (!sc.eat_any("01")) return false;
        sc.run([](char c) { return c == '0' || c == '1' || c == '_'; });
        return true;
      }))
    return true;
  if (whole([](Scan& sc) {  // 0_*[0-7][0-7_]*
        if (!sc.eat('0')) return false;
        sc.run([](char c) { return c == '_'; });
        if (sc.done() || !is_octal(sc.s[sc.i])) return false;
        sc.run([](char c) { return is_octal(c) || c == '_'; });
        return true;
      }))
    return true;
  if (whole([](Scan& sc) {  // 0|[1-9][0-9_]*
        if (sc.eat('0')) return true;
        if (sc.done() || sc.s[sc.i] < '1' || sc.s[sc.i] > '9') return false;
        sc.run(digit_or_underscore);
        return true;
      }))
    return true;
  if (whole([](Scan& sc) {  // 0x_*[0-9a-fA-F][0-9a-fA-F_]*
        if (!sc.eat('0') || !sc.eat('x')) return false;
        sc.run([](char c) { return c == '_'; });
        if (sc.done() || !is_hex(sc.s[sc.i])) return false;
        sc.run([](char c) { return is_hex(c) || c == '_'; });
        return true;
      }))
    return true;
  return whole([](Scan& sc) {  // [1-9][0-9_]*(?::[0-5]?[0-9])+
    if (sc.done() || sc.s[sc.i] < '1' || sc.s[sc.i] > '9') return false;
    sc.run(digit_or_underscore);
    return sexagesimal_tail(sc);
  });
}

// SnakeYAML's FLOAT rule (YAML 1.2's, with underscores kept), plus .inf and .nan.
bool matches_float(std::string_view s) {
  auto whole = [&](bool signed_form, auto body) {
    Scan sc{s};
    if (signed_form) sc.sign();
    return body(sc) && sc.done();
  };
  auto optional_exponent = [](Scan& sc) {
    std::size_t save = sc.i;
    if (!exponent(sc)) sc.i = save;
    return true;
  };
  return whole(true,
               [&](Scan& sc) {  // [0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?
                 if (sc.done() || !is_digit(sc.s[sc.i])) return false;
                 sc.run(digit_or_underscore);
                 if (!sc.eat('.')) return false;
                 sc.run(digit_or_underscore);
                 return optional_exponent(sc);
               }) ||
         whole(true,
               [](Scan& sc) {  // [0-9][0-9_]*[eE][-+]?[0-9]+
                 if (sc.done() || !is_digit(sc.s[sc.i])) return false;
                 sc.run(digit_or_underscore);
                 return exponent(sc);
               }) ||
         whole(true,
               [&](Scan& sc) {  // \.[0-9_]+(?:[eE][-+]?[0-9]+)?
                 if (!sc.eat('.') || sc.run(digit_or_underscore) == 0) return false;
                 return optional_exponent(sc);
               }) ||
         whole(true,
               [](Scan& sc) {  // [0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                 if (sc.done() || !is_digit(sc.s[sc.i])) return false;
                 sc.run(digit_or_underscore);
                 if (!sexagesimal_tail(sc) || !sc.eat('.')) return false;
                 sc.run(digit_or_underscore);
                 return true;
               }) ||
         whole(true,
               [](Scan& sc) {  // \.(?:inf|Inf|INF)
                 std::string_view rest = sc.s.substr(sc.i);
                 if (rest == ".inf" || rest == ".Inf" || rest == ".INF") sc.i = sc.s.size();
                 return sc.done();
               }) ||
         s == ".nan" || s == ".NaN" || s == ".NAN";
}

// SnakeYAML's TIMESTAMP rule: a date, or a date and time with an optional fraction and zone. A date
// alone needs a two-digit month and day to be resolved as one (`loose`: as the constructor of an
// explicit !!timestamp takes it, one digit will do).
bool matches_timestamp(std::string_view s, bool loose = false) {
  Scan sc{s};
  auto digits = [&](std::size_t min, std::size_t max) {
    std::size_t n = sc.run(is_digit);
    return n >= min && n <= max;
  };
  if (!digits(4, 4) || !sc.eat('-')) return false;
  std::size_t month_start = sc.i;
  if (!digits(1, 2) || !sc.eat('-')) return false;
  std::size_t month_len = sc.i - month_start - 1;
  std::size_t day_start = sc.i;
  if (!digits(1, 2)) return false;
  std::size_t day_len = sc.i - day_start;
  if (sc.done()) return loose || (month_len == 2 && day_len == 2);
  if (!sc.eat_any("Tt") && sc.run([](char c) { return c == ' ' || c == '\t'; }) == 0) return false;
  if (!digits(1, 2) || !sc.eat(':') || !digits(2, 2) || !sc.eat(':') || !digits(2, 2)) return false;
  if (sc.eat('.')) sc.run(is_digit);
  sc.run([](char c) { return c == ' ' || c == '\t'; });
  if (sc.done()) return true;
  if (sc.eat('Z')) return sc.done();
  if (!sc.eat_any("+-") || !digits(1, 2)) return false;
  if (sc.eat(':') && !digits(2, 2)) return false;
  return sc.done();
}

bool is_bool_word(std::string_view s, bool& value) {
  static constexpr std::string_view kTrue[] = {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
  static constexpr std::string_view kFalse[] = {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
  for (std::string_view t : kTrue)
    if (s == t) return value = true, true;
  for (std::string_view f : kFalse)
    if (s == f) return value = false, true;
  return false;
}

bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Digits of `base` as a decimal string, whatever their number (Integer, Long and BigInteger all
// print as plain decimal).
std::string to_decimal(std::string_view digits, int base) {
  std::vector<std::uint32_t> limbs{0};  // base 1e9, least significant first
  for (char c : digits) {
    int d = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
    std::uint64_t carry = static_cast<std::uint64_t>(d);
    for (std::uint32_t& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry != 0) limbs.push_back(static_cast<std::uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

// SnakeYAML's int construction: sign, then base by prefix, or base 60 summed into a Java int.
std::optional<std::string> construct_int(std::string_view written) {
  std::string v = without_underscores(written);
  if (v.empty()) return std::nullopt;
  bool negative = false;
  if (v[0] == '-' || v[0] == '+') {
    negative = v[0] == '-';
    v.erase(0, 1);
  }
  if (v == "0") return "0";
  int base = 10;
  if (v.starts_with("0b")) {
    v.erase(0, 2);
    base = 2;
  } else if (v.starts_with("0x")) {
    v.erase(0, 2);
    base = 16;
  } else if (v.starts_with("0")) {
    v.erase(0, 1);
    base = 8;
  } else if (v.find(':') != std::string::npos) {
    // Java: int val += Long.parseLong(part) * bes, with int bes *= 60 — both wrap as Java ints do.
    std::int32_t val = 0, bes = 1;
    std::size_t end = v.size();
    for (;;) {
      std::size_t colon = v.rfind(':', end - 1);
      std::size_t start = colon == std::string::npos ? 0 : colon + 1;
      std::int64_t part = std::stoll(v.substr(start, end - start));
      val = static_cast<std::int32_t>(static_cast<std::uint32_t>(
          static_cast<std::int64_t>(val) + part * static_cast<std::int64_t>(bes)));
      bes = static_cast<std::int32_t>(static_cast<std::uint32_t>(bes) * 60u);
      if (colon == std::string::npos) break;
      end = colon;
    }
    if (val < 0 && negative) return std::nullopt;  // Java then parses "--n" and fails
    return (negative ? "-" : "") + std::to_string(val);
  }
  if (v.empty()) return std::nullopt;
  for (char c : v) {
    bool ok = base == 2 ? (c == '0' || c == '1') : base == 8 ? is_octal(c) : base == 16 ? is_hex(c) : is_digit(c);
    if (!ok) return std::nullopt;
  }
  std::string digits = to_decimal(v, base);
  return (negative && digits != "0" ? "-" : "") + digits;
}

// Java's Double.valueOf of a decimal text; nullopt where it throws ("." alone).
std::optional<double> parse_double(std::string_view s) {
  double d = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec == std::errc::result_out_of_range) {
    // from_chars leaves d unset on overflow or underflow; Java gives infinity or zero.
    bool tiny = s.find_first_of("eE") != std::string_view::npos &&
                s.find('-', s.find_first_of("eE")) != std::string_view::npos;
    return tiny ? 0.0 : HUGE_VAL;
  }
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return d;
}

// SnakeYAML's float construction.
std::optional<double> construct_float(std::string_view written) {
  std::string v = without_underscores(written);
  if (v.empty()) return std::nullopt;
  double sign = 1;
  if (v[0] == '-' || v[0] == '+') {
    sign = v[0] == '-' ? -1 : 1;
    v.erase(0, 1);
  }
  std::string lower;
  for (char c : v) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == ".inf") return sign * HUGE_VAL;
  if (lower == ".nan") return std::nan("");
  if (v.find(':') != std::string::npos) {
    double val = 0;
    std::int32_t bes = 1;
    std::size_t end = v.size();
    for (;;) {
      std::size_t colon = v.rfind(':', end - 1);
      std::size_t start = colon == std::string::npos ? 0 : colon + 1;
      std::optional<double> part = parse_double(std::string_view(v).substr(start, end - start));
      if (!part) return std::nullopt;
      val += *part * bes;
      bes = static_cast<std::int32_t>(static_cast<std::uint32_t>(bes) * 60u);
      if (colon == std::string::npos) break;
      end = colon;
    }
    return sign * val;
  }
  std::optional<double> d = parse_double(v);
  if (!d) return std::nullopt;
  return *d * sign;
}

// java.util.Date.toString() in the process's time zone, as Liquibase's JVM prints it in its own:
// "Mon Jan 01 00:00:00 UTC 2024".
std::string java_date(std::time_t t) {
  std::tm local{};
  localtime_r(&t, &local);
  char buf[64];
  std::size_t n = std::strftime(buf, sizeof buf, "%a %b %d %H:%M:%S %Z ", &local);
  return std::string(buf, n) + std::to_string(local.tm_year + 1900);
}

}  // namespace

std::string timestamp_of_java_date(std::string_view java_date) {
  // "EEE MMM dd HH:mm:ss zzz yyyy": the month's name, the day, the time and the year.
  static constexpr std::string_view kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < java_date.size();) {
    std::size_t end = java_date.find(' ', i);
    if (end == std::string_view::npos) end = java_date.size();
    if (end > i) words.push_back(java_date.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 5) return std::string(java_date);
  std::size_t month = kMonths.find(words[1]);
  if (month == std::string_view::npos || month % 3 != 0) return std::string(java_date);
  const std::size_t number = month / 3 + 1;
  const std::string mm = {'-', static_cast<char>('0' + number / 10), static_cast<char>('0' + number % 10), '-'};
  return std::string(words.back()) + mm + std::string(words[2]) + "T" + std::string(words[3]);
}

namespace {

// Liquibase's own timestamp construction (CustomConstructYamlTimestamp): a date alone is midnight
// UTC as a Date; a time without a zone (and, through a quirk of its pattern, one ending in Z) is
// formatted back as "yyyy-MM-dd HH:mm:ss"; a time with a numeric zone is a Date.
std::optional<std::string> construct_timestamp(std::string_view s) {
  auto number = [](std::string_view d) { return std::stoi(std::string(d)); };
  std::size_t dash1 = s.find('-'), dash2 = s.find('-', dash1 + 1);
  std::size_t day_end = dash2 + 1;
  while (day_end < s.size() && is_digit(s[day_end])) ++day_end;
  std::tm tm{};
  tm.tm_year = number(s.substr(0, dash1)) - 1900;
  tm.tm_mon = number(s.substr(dash1 + 1, dash2 - dash1 - 1)) - 1;
  tm.tm_mday = number(s.substr(dash2 + 1, day_end - dash2 - 1));
  if (day_end == s.size()) return java_date(timegm(&tm));

  Scan sc{s, day_end};
  sc.eat_any("Tt");
  sc.run([](char c) { return c == ' ' || c == '\t'; });
  std::size_t h = sc.i;
  sc.run(is_digit);
  tm.tm_hour = number(s.substr(h, sc.i - h));
  sc.eat(':');
  tm.tm_min = number(s.substr(sc.i, 2));
  sc.i += 3;
  std::size_t sec_start = sc.i;
  sc.i += 2;
  if (sc.eat('.')) sc.run(is_digit);
  double fractions = parse_double(s.substr(sec_start, sc.i - sec_start)).value_or(0);
  int seconds = static_cast<int>(std::floor(fractions));
  int millis = static_cast<int>(std::lround((fractions - seconds) * 1000));
  tm.tm_sec = seconds + millis / 1000;  // 1000 ms roll over into the next second, as in a Calendar
  sc.run([](char c) { return c == ' ' || c == '\t'; });
  bool zoned = !sc.done() && (s[sc.i] == '+' || s[sc.i] == '-');
  if (!zoned) {
    tm.tm_isdst = -1;
    std::time_t t = std::mktime(&tm);  // the fields are local time, normalized as a lenient Calendar does
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &local);
    return std::string(buf, n);
  }
  int zone_sign = s[sc.i] == '-' ? -1 : 1;
  ++sc.i;
  std::size_t zh = sc.i;
  sc.run(is_digit);
  int zone_hours = number(s.substr(zh, sc.i - zh)), zone_minutes = 0;
  if (sc.eat(':')) zone_minutes = number(s.substr(sc.i, 2));
  // Java's TimeZone falls back to GMT for an offset it cannot read (hours beyond 23).
  zone_minutes = zone_hours > 23 || zone_minutes > 59 ? 0 : zone_hours * 60 + zone_minutes;
  std::time_t t = timegm(&tm) - static_cast<std::time_t>(zone_sign * zone_minutes * 60);
  return java_date(t);
}

// Liquibase's YMD pattern: a date alone, which it constructs as a java.util.Date (the rest are text).
bool is_date_only(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&](std::size_t least, std::size_t most) {
    std::size_t n = 0;
    for (; i < s.size() && is_digit(s[i]) && n < most; ++i) ++n;
    return n >= least;
  };
  auto dash = [&] { return i < s.size() && s[i++] == '-'; };
  return digits(4, 4) && dash() && digits(1, 2) && dash() && digits(1, 2) && i == s.size();
}

Resolved timestamp(std::string_view s, std::string text) {
  Resolved r{ScalarType::timestamp, std::move(text), std::nullopt};
  r.date = is_date_only(s);
  return r;
}

Resolved str(std::string_view written) { return {ScalarType::str, std::string(written), std::nullopt}; }

Resolved refused(std::string_view written, std::string message) {
  return {ScalarType::str, std::string(written), std::move(message)};
}

}  // namespace

std::string java_double(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  (void)ec;
  std::string_view sci(buf, static_cast<std::size_t>(end - buf));  // "-1.2345e+07": shortest digits
  std::string out;
  if (sci.front() == '-') {
    out = "-";
    sci.remove_prefix(1);
  }
  std::size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exp = std::stoi(std::string(sci.substr(e + 1)));
  if (exp >= -3 && exp < 7) {
    if (exp >= 0) {
      std::string whole = digits.substr(0, std::min<std::size_t>(digits.size(), static_cast<std::size_t>(exp) + 1));
      whole += std::string(static_cast<std::size_t>(exp) + 1 - whole.size(), '0');
      std::string fraction = digits.size() > whole.size() ? digits.substr(whole.size()) : "0";
      return out + whole + "." + fraction;
    }
    return out + "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
  }
  return out + digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" + std::to_string(exp);
}

Resolved resolve_plain(std::string_view s) {
  if (s.empty()) return {ScalarType::null, "", std::nullopt};
  const char first = s.front();
  // SnakeYAML tries the rules registered for the first character, in order, each up to a length.
  if (std::string_view("yYnNtTfFoO").find(first) != std::string_view::npos && s.size() <= 10) {
    bool value = false;
    if (is_bool_word(s, value)) return {ScalarType::boolean, value ? "true" : "false", std::nullopt};
  }
  if (std::string_view("-+0123456789").find(first) != std::string_view::npos && s.size() <= 1024 && matches_int(s)) {
    if (std::optional<std::string> v = construct_int(s)) return {ScalarType::integer, *v, std::nullopt};
    return refused(s, "'" + std::string(s) + "' reads as a YAML integer that Liquibase cannot construct");
  }
  if (std::string_view("-+0123456789.").find(first) != std::string_view::npos && s.size() <= 1024 &&
      matches_float(s)) {
    if (std::optional<double> v = construct_float(s)) return {ScalarType::floating, java_double(*v), std::nullopt};
    return refused(s, "'" + std::string(s) + "' reads as a YAML float that Liquibase cannot construct");
  }
  if (std::string_view("~nN").find(first) != std::string_view::npos && s.size() <= 10 && is_null_word(s))
    return {ScalarType::null, "", std::nullopt};
  if (is_digit(first) && s.size() <= 50 && matches_timestamp(s)) {
    if (std::optional<std::string> v = construct_timestamp(s)) return timestamp(s, std::move(*v));
  }
  return str(s);
}

Resolved resolve_tagged(std::string_view tag, std::string_view s) {
  constexpr std::string_view kPrefix = "tag:yaml.org,2002:";
  if (tag == "!" || tag.empty()) return str(s);  // quoted or block scalars are text
  if (!tag.starts_with(kPrefix))
    return refused(s, "the tag '" + std::string(tag) + "' is not a standard YAML tag, and Liquibase refuses it");
  std::string_view name = tag.substr(kPrefix.size());
  if (name == "str") return str(s);
  if (name == "null") return {ScalarType::null, "", std::nullopt};
  if (name == "bool") {
    std::string lower;
    for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "yes" || lower == "true" || lower == "on") return {ScalarType::boolean, "true", std::nullopt};
    if (lower == "no" || lower == "false" || lower == "off") return {ScalarType::boolean, "false", std::nullopt};
    return {ScalarType::null, "", std::nullopt};  // SnakeYAML's boolean constructor gives null
  }
  if (name == "int") {
    std::optional<std::string> v = matches_int(s) ? construct_int(s) : std::nullopt;
    if (v) return {ScalarType::integer, *v, std::nullopt};
    return refused(s, "'" + std::string(s) + "' is not a YAML integer");
  }
  if (name == "float") {
    std::optional<double> v = matches_float(s) || matches_int(s) ? construct_float(s) : std::nullopt;
    if (v) return {ScalarType::floating, java_double(*v), std::nullopt};
    return refused(s, "'" + std::string(s) + "' is not a YAML float");
  }
  if (name == "timestamp") {
    std::optional<std::string> v = matches_timestamp(s, true) ? construct_timestamp(s) : std::nullopt;
    if (v) return timestamp(s, std::move(*v));
    return refused(s, "'" + std::string(s) + "' is not a YAML timestamp");
  }
  return refused(s, "the tag '!!" + std::string(name) + "' is not supported for a changelog value");
}

}  // namespace basalt::formats::yaml
