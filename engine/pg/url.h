// Connection strings: libpq URIs, key=value strings and JDBC URLs, with passwords masked for display.
#pragma once

#include <optional>
#include <string>

namespace basalt::pg {

/// What the user gave to reach the database.
struct ConnectionOptions {
  std::string url;                      // postgresql://..., key=value..., or jdbc:postgresql://...
  std::optional<std::string> username;  // --username
  std::optional<std::string> password;  // --password (else PGPASSWORD or ~/.pgpass, read by libpq)
};

/// A libpq connection string for the options. Throws basalt::Error for an unrecognized URL.
std::string to_conninfo(const ConnectionOptions& options);

/// The URL with any password replaced by *****, safe to print.
std::string mask_password(const std::string& url);

}  // namespace basalt::pg
