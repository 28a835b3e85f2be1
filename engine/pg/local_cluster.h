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
  int port = 0;
  std::string conninfo;
};

/// Creates the cluster on first use (initdb), starts it when it is not running, and returns how to
/// connect. As root, the server runs as the `postgres` user. `notice` hears what is being done.
/// Throws basalt::Error when no server binaries are installed or the server does not start.
LocalCluster ensure_local_cluster(const std::filesystem::path& project_dir,
                                  const std::function<void(const std::string&)>& notice);

/// Stops the local cluster if it runs.
void stop_local_cluster(const std::filesystem::path& project_dir);

}  // namespace basalt::pg
