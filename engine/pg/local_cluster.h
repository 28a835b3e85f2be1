// `--url local`: a PostgreSQL cluster that basalt creates in the project folder and starts itself,
// with the server binaries of the Debian package.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace basalt::pg {

/// Where the local cluster lives and how to reach it.
struct LocalCluster {
  std::filesystem::path dir;  // .basalt/postgres under the project folder
  int port = 0;               // the port the running server listens on, as it says in postmaster.pid
  std::string conninfo;
};

/// The project folder for work started in `start`, found as git finds its repository: the nearest
/// folder upward holding `.basalt/`, else the nearest holding `liquibase.properties`, else `start`.
std::filesystem::path find_project_dir(const std::filesystem::path& start);

/// Creates the project's cluster on first use (initdb), starts it when it is not running (also when
/// it died and left a stale postmaster.pid), and returns how to connect. A first start that fails
/// leaves nothing behind. As root, the server runs as the `postgres` user. `notice` hears what is
/// being done. Throws basalt::Error when no server binaries are installed or the server does not start.
LocalCluster ensure_local_cluster(const std::filesystem::path& start,
                                  const std::function<void(const std::string&)>& notice);

}  // namespace basalt::pg
