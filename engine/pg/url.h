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

/// Seconds a connection attempt may take unless the connection string or PGCONNECT_TIMEOUT says
/// otherwise: as long as Liquibase's JDBC driver waits.
inline constexpr int kConnectTimeoutSeconds = 10;

/// `conninfo` (a URI or key=value string) with connect_timeout set to kConnectTimeoutSeconds, unless
/// it sets one itself or `environment_timeout` (PGCONNECT_TIMEOUT) is given.
std::string with_connect_timeout(const std::string& conninfo, const char* environment_timeout);

/// The URL with any password replaced by *****, safe to print.
std::string mask_password(const std::string& url);

}  // namespace basalt::pg
