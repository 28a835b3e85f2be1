// Parsing of the URL forms basalt accepts, and password masking.
#include "engine/pg/url.h"

#include <cctype>
#include <vector>

#include "engine/core/error.h"
#include "engine/core/text.h"

namespace basalt::pg {
namespace {

std::string percent_encode(std::string_view v) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : v) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string conninfo_quote(std::string_view v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

bool is_uri(std::string_view url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

// JDBC query parameters libpq understands under another name; others (ssl=true, ...) are dropped.
std::optional<std::string> libpq_parameter(std::string_view jdbc_name) {
  static const std::pair<const char*, const char*> names[] = {
      {"user", "user"},           {"password", "password"},
      {"sslmode", "sslmode"},     {"options", "options"},
      {"connectTimeout", "connect_timeout"}, {"ApplicationName", "application_name"},
      {"currentSchema", ""},
  };
  for (const auto& [from, to] : names)
    if (jdbc_name == from) return std::string(to);
  return std::nullopt;
}

}  // namespace

std::string to_conninfo(const ConnectionOptions& options) {
  std::string url(text::trim(options.url));
  if (url.rfind("jdbc:postgresql:", 0) == 0) {
    std::string rest = url.substr(std::string_view("jdbc:postgresql:").size());
    if (rest.rfind("//", 0) != 0) rest = "//localhost/" + rest;  // jdbc:postgresql:dbname
    std::string base = rest, query;
    if (auto q = rest.find('?'); q != std::string::npos) {
      base = rest.substr(0, q);
      query = rest.substr(q + 1);
    }
    std::vector<std::string> kept;
    for (const std::string& kv : text::split_list(query, '&')) {
      auto eq = kv.find('=');
      std::string name = kv.substr(0, eq);
      auto mapped = libpq_parameter(name);
      if (mapped && !mapped->empty()) kept.push_back(*mapped + (eq == std::string::npos ? "" : kv.substr(eq)));
    }
    url = "postgresql:" + base + (kept.empty() ? "" : "?" + text::join(kept, "&"));
  }
  if (is_uri(url)) {
    std::string extra;
    if (options.username) extra += "user=" + percent_encode(*options.username);
    if (options.password) extra += std::string(extra.empty() ? "" : "&") + "password=" + percent_encode(*options.password);
    if (!extra.empty()) url += (url.find('?') == std::string::npos ? "?" : "&") + extra;
    return url;
  }
  if (url.find('=') != std::string::npos) {
    if (options.username) url += " user=" + conninfo_quote(*options.username);
    if (options.password) url += " password=" + conninfo_quote(*options.password);
    return url;
  }
  throw Error("unrecognized --url '" + mask_password(url) +
              "': use postgresql://user@host:port/db, a key=value string such as 'host=localhost dbname=app', "
              "jdbc:postgresql://host:port/db, or 'local' for a PostgreSQL that basalt manages in .basalt/");
}

std::string with_connect_timeout(const std::string& conninfo, const char* environment_timeout) {
  if (environment_timeout != nullptr && *environment_timeout != '\0') return conninfo;
  if (conninfo.find("connect_timeout") != std::string::npos) return conninfo;  // the user's own
  const std::string setting = "connect_timeout=" + std::to_string(kConnectTimeoutSeconds);
  if (is_uri(conninfo)) return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + setting;
  return conninfo + " " + setting;
}

std::string mask_password(const std::string& url) {
  std::string out = url;
  // user:secret@host in URIs.
  if (auto scheme = out.find("://"); scheme != std::string::npos) {
    auto at = out.find('@', scheme + 3);
    auto slash = out.find('/', scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      auto colon = out.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "*****");
    }
  }
  // password=secret in query strings and key=value strings.
  for (std::size_t pos = 0; (pos = out.find("password=", pos)) != std::string::npos;) {
    std::size_t start = pos + 9;
    std::size_t end = start;
    if (end < out.size() && out[end] == '\'') {
      ++end;
      while (end < out.size() && out[end] != '\'') end += (out[end] == '\\' ? 2 : 1);
      if (end < out.size()) ++end;
    } else {
      while (end < out.size() && out[end] != '&' && out[end] != ' ' && out[end] != ';') ++end;
    }
    out.replace(start, std::min(end, out.size()) - start, "*****");
    pos = start + 5;
  }
  return out;
}

}  // namespace basalt::pg
