// Creating, starting and locating the project-local PostgreSQL cluster.
#include "engine/pg/local_cluster.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "engine/core/error.h"

namespace basalt::pg {
namespace fs = std::filesystem;
namespace {

bool running_as_root() { return geteuid() == 0; }

// Runs argv (as the postgres user when we are root), output appended to `log`; returns the exit code.
int run_command(std::vector<std::string> argv, const fs::path& log) {
  if (running_as_root()) argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
  pid_t pid = fork();
  if (pid < 0) throw Error("cannot start " + argv[0] + ": fork failed");
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

fs::path server_bindir() {
  if (const char* env = std::getenv("BASALT_PG_BINDIR")) return env;
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec))
    if (fs::exists(entry.path() / "bin" / "initdb")) found.push_back(entry.path() / "bin");
  if (found.empty())
    throw Error(
        "--url local needs the PostgreSQL server binaries (initdb, pg_ctl), and none were found under "
        "/usr/lib/postgresql. Install them (Debian: apt-get install postgresql) or set BASALT_PG_BINDIR.");
  // Highest major version: compare numerically, "15" > "9".
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    auto major = [](const fs::path& p) { return std::atoi(p.parent_path().filename().c_str()); };
    return major(a) < major(b);
  });
  return found.back();
}

int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (s >= 0 && bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    port = ntohs(addr.sin_port);
  if (s >= 0) close(s);
  if (port == 0) throw Error("cannot find a free TCP port on 127.0.0.1 for the local PostgreSQL");
  return port;
}

void give_to_postgres(const fs::path& p) {
  if (!running_as_root()) return;
  passwd* pw = getpwnam("postgres");
  if (!pw) throw Error("running as root, basalt starts PostgreSQL as the 'postgres' user, which does not exist");
  if (chown(p.c_str(), pw->pw_uid, pw->pw_gid) != 0)
    throw Error("cannot hand " + p.string() + " to the postgres user");
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string tail_of_log(const fs::path& log) {
  std::string all = read_file(log);
  if (all.size() > 1500) all = "..." + all.substr(all.size() - 1500);
  return all;
}

fs::path cluster_dir(const fs::path& project_dir) { return fs::absolute(project_dir) / ".basalt" / "postgres"; }

}  // namespace

LocalCluster ensure_local_cluster(const fs::path& project_dir,
                                  const std::function<void(const std::string&)>& notice) {
  LocalCluster c;
  c.dir = cluster_dir(project_dir);
  const fs::path data = c.dir / "data";
  const fs::path log = c.dir / "server.log";          // written by the server (as postgres)
  const fs::path commands = c.dir / "commands.log";  // what initdb and pg_ctl printed
  const fs::path port_file = c.dir / "port";
  const fs::path bin = server_bindir();

  if (!fs::exists(data / "PG_VERSION")) {
    notice("creating a local PostgreSQL cluster in " + c.dir.string() + " (" + bin.parent_path().filename().string() +
           ")");
    fs::create_directories(c.dir);
    give_to_postgres(c.dir.parent_path());
    give_to_postgres(c.dir);
    if (running_as_root() && run_command({"test", "-w", c.dir.string()}, "/dev/null") != 0)
      throw Error("the postgres user cannot write to " + c.dir.string() +
                  " (a parent folder is not reachable by other users); run basalt from a folder it can reach, "
                  "or use --url to name a server");
    if (run_command({(bin / "initdb").string(), "-D", data.string(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                     "--no-sync"},
                    commands) != 0)
      throw Error("initdb failed; its output is in " + commands.string() + ":\n" + tail_of_log(commands));
    std::ofstream(port_file) << free_port() << '\n';
    std::ofstream conf(data / "postgresql.conf", std::ios::app);
    conf << "\n# basalt --url local\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n";
  }
  c.port = std::atoi(read_file(port_file).c_str());
  if (c.port <= 0) {
    c.port = free_port();
    std::ofstream(port_file) << c.port << '\n';
  }

  if (run_command({(bin / "pg_ctl").string(), "-D", data.string(), "status"}, "/dev/null") != 0) {
    notice("starting the local PostgreSQL on 127.0.0.1:" + std::to_string(c.port));
    if (run_command({(bin / "pg_ctl").string(), "-D", data.string(), "-l", log.string(), "-o",
                     "-p " + std::to_string(c.port), "-w", "-t", "60", "start"},
                    commands) != 0) {
      // The port may have been taken since the cluster was made: try once with a new one.
      c.port = free_port();
      std::ofstream(port_file) << c.port << '\n';
      if (run_command({(bin / "pg_ctl").string(), "-D", data.string(), "-l", log.string(), "-o",
                       "-p " + std::to_string(c.port), "-w", "-t", "60", "start"},
                      commands) != 0)
        throw Error("the local PostgreSQL did not start; its log is " + log.string() + ":\n" + tail_of_log(log));
    }
  }
  c.conninfo = "host=127.0.0.1 port=" + std::to_string(c.port) + " user=postgres dbname=postgres";
  return c;
}

void stop_local_cluster(const fs::path& project_dir) {
  fs::path dir = cluster_dir(project_dir);
  if (!fs::exists(dir / "data" / "PG_VERSION")) return;
  run_command({(server_bindir() / "pg_ctl").string(), "-D", (dir / "data").string(), "-m", "fast", "-w", "stop"},
              dir / "commands.log");
}

}  // namespace basalt::pg
