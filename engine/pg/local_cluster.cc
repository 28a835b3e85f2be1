// Creating, starting and locating the project-local PostgreSQL cluster.
#include "engine/pg/local_cluster.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "engine/core/error.h"

namespace basalt::pg {
namespace fs = std::filesystem;
namespace {

bool running_as_root() {
  return geteuid() == 0;
}

// Runs argv (as the postgres user when we are root), output appended to `log`; returns the exit code.
int run_command(std::vector<std::string> argv, const fs::path& log) {
  if (running_as_root()) argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
  // Everything the child needs is made before fork: between fork and exec it may not allocate.
  std::vector<char*> args;
  for (std::string& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  const std::string log_path = log.string();
  pid_t pid = fork();
  if (pid < 0) throw Error("cannot start " + argv[0] + ": fork failed");
  if (pid == 0) {
    // The CLI blocks SIGINT and SIGTERM to wait for them in a thread; the server must not inherit that.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
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

sockaddr_in loopback(int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  return addr;
}

int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = loopback(0);
  socklen_t len = sizeof addr;
  int port = 0;
  if (s >= 0 && bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    port = ntohs(addr.sin_port);
  if (s >= 0) close(s);
  if (port == 0) throw Error("cannot find a free TCP port on 127.0.0.1 for the local PostgreSQL");
  return port;
}

// Whether the server could bind `port` on 127.0.0.1 now (SO_REUSEADDR, as the server binds).
bool port_is_free(int port) {
  if (port <= 0 || port > 65535) return false;
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return true;  // cannot tell: let the server try
  int one = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr = loopback(port);
  bool free = bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(s);
  return free;
}

// Whether something accepts TCP connections on 127.0.0.1:port.
bool accepts_connections(int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return true;  // cannot tell: let the connection say
  sockaddr_in addr = loopback(port);
  bool ok = connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(s);
  return ok;
}

void give_to_postgres(const fs::path& p) {
  if (!running_as_root()) return;
  passwd* pw = getpwnam("postgres");
  if (!pw)
    throw Error("running as root, basalt starts PostgreSQL as the 'postgres' user, which does not exist");
  if (chown(p.c_str(), pw->pw_uid, pw->pw_gid) != 0)
    throw Error("cannot hand " + p.string() + " to the postgres user");
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The end of a log, from byte `from` on (what one command appended).
std::string tail_of_log(const fs::path& log, std::size_t from = 0) {
  std::string all = read_file(log);
  all = from < all.size() ? all.substr(from) : std::string();
  if (all.size() > 1500) all = "..." + all.substr(all.size() - 1500);
  return all;
}

std::size_t size_of(const fs::path& p) {
  std::error_code ec;
  std::uintmax_t n = fs::file_size(p, ec);
  return ec ? 0 : static_cast<std::size_t>(n);
}

// What the server wrote into postmaster.pid: its pid, its port, and whether it is ready.
struct PidFile {
  long pid = 0;
  int port = 0;
  bool ready = true;  // servers before PostgreSQL 10 write no status line
};

std::optional<PidFile> read_pid_file(const fs::path& data) {
  std::ifstream in(data / "postmaster.pid");
  if (!in) return std::nullopt;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  PidFile f;
  if (!lines.empty()) f.pid = std::atol(lines[0].c_str());
  if (lines.size() >= 4) f.port = std::atoi(lines[3].c_str());
  if (lines.size() >= 8) f.ready = lines[7].rfind("ready", 0) == 0;
  return f;
}

// Whether `pid` is a live PostgreSQL server, not a process that is gone, a zombie nobody reaped, or
// another program that got the number after a reboot. A stale postmaster.pid names one of those.
bool is_live_postgres(long pid) {
  if (pid <= 0 || pid > 0x3fffffff) return false;
  if (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;  // no /proc to ask: the process exists
  std::size_t open = line.find('('), close = line.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close + 2 >= line.size()) return true;
  char state = line[close + 2];
  if (state == 'Z' || state == 'X') return false;
  return line.substr(open + 1, close - open - 1) == "postgres";
}

// The files of a cluster under a project folder.
struct Paths {
  fs::path dir, data, server_log, commands, port_file, bin;
};

Paths paths_of(const fs::path& project_dir) {
  Paths p;
  p.dir = fs::absolute(project_dir) / ".basalt" / "postgres";
  p.data = p.dir / "data";
  p.server_log = p.dir / "server.log";  // written by the server (as postgres)
  p.commands = p.dir / "commands.log";  // what initdb and pg_ctl printed
  p.port_file = p.dir / "port";
  return p;
}

int saved_port(const Paths& p) {
  return std::atoi(read_file(p.port_file).c_str());
}
void save_port(const Paths& p, int port) {
  std::ofstream(p.port_file) << port << '\n';
}

// Removes what an earlier run left of a cluster it was creating when it was killed: folders
// .basalt/postgres.new-<pid> whose process is gone.
void remove_abandoned_stagings(const fs::path& basalt_dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(basalt_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("postgres.new-", 0) != 0) continue;
    long pid = std::atol(name.c_str() + 13);
    if (pid > 0 && kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
}

// Makes the cluster in a folder of its own, renamed into place only once it is complete: a failed or
// killed initdb never leaves a half-made .basalt/postgres for the next run to trip over. Returns
// whether it made the .basalt folder too.
bool create_cluster(const Paths& p) {
  const fs::path basalt_dir = p.dir.parent_path();
  const bool made_basalt_dir = !fs::exists(basalt_dir);
  const fs::path staging = basalt_dir / ("postgres.new-" + std::to_string(getpid()));
  auto clean_up = [&] {
    std::error_code ec;
    fs::remove_all(staging, ec);
    if (made_basalt_dir) fs::remove(basalt_dir, ec);  // only when empty
  };
  try {
    fs::create_directories(basalt_dir);
    give_to_postgres(basalt_dir);
    remove_abandoned_stagings(basalt_dir);
    fs::remove_all(staging);
    fs::create_directory(staging);
    give_to_postgres(staging);
    if (running_as_root() && run_command({"test", "-w", staging.string()}, "/dev/null") != 0)
      throw Error(
          "the postgres user cannot write to " + basalt_dir.string() +
          " (a parent folder is not reachable by other users); run basalt from a folder it can reach, "
          "or use --url to name a server");
    const fs::path log = staging / "commands.log";
    if (run_command({(p.bin / "initdb").string(), "-D", (staging / "data").string(), "-U", "postgres", "-A",
                     "trust", "-E", "UTF8", "--no-sync"},
                    log) != 0)
      throw Error(
          "initdb failed, so no local cluster was made (nothing is left behind; the next run starts "
          "afresh). It printed:\n" +
          tail_of_log(log));
    {
      std::ofstream conf(staging / "data" / "postgresql.conf", std::ios::app);
      conf << "\n# basalt --url local\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n";
      if (!conf) throw Error("cannot write " + (staging / "data" / "postgresql.conf").string());
    }
    std::ofstream(staging / "port") << free_port() << '\n';
    std::error_code ec;
    fs::rename(staging, p.dir, ec);
    if (ec) {
      // Another basalt made the cluster at the same time: use that one.
      if (!fs::exists(p.data / "PG_VERSION"))
        throw Error("cannot move the new cluster into " + p.dir.string() + ": " + ec.message());
      fs::remove_all(staging, ec);
    }
  } catch (...) {
    clean_up();
    throw;
  }
  return made_basalt_dir;
}

// Starts the server unless it runs, and returns the port it listens on, read back from
// postmaster.pid. A server that died (killed, out of memory, a reboot) leaves a postmaster.pid naming
// a process that is gone, and its old processes may hold the shared memory a moment longer: the stale
// file is removed and the start retried for a few seconds.
int ensure_running(const Paths& p, const std::function<void(const std::string&)>& notice, bool fresh) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::seconds(60);
  int retries = 0;  // allowed after a crash
  bool crashed = false;
  for (;;) {
    std::optional<PidFile> pid_file = read_pid_file(p.data);
    if (pid_file && is_live_postgres(pid_file->pid)) {
      if (pid_file->ready && accepts_connections(pid_file->port)) return pid_file->port;
      if (Clock::now() >= deadline)
        throw Error("the local PostgreSQL in " + p.dir.string() + " (pid " + std::to_string(pid_file->pid) +
                    ") runs but does not accept connections on 127.0.0.1:" + std::to_string(pid_file->port) +
                    "; its log is " + p.server_log.string() + ":\n" + tail_of_log(p.server_log));
      std::this_thread::sleep_for(std::chrono::milliseconds(200));  // starting up or shutting down
      continue;
    }
    if (pid_file) {
      if (!crashed)
        notice("the local PostgreSQL in " + p.dir.string() +
               " is not running: it stopped without cleaning up "
               "(postmaster.pid names process " +
               std::to_string(pid_file->pid) + ", which is no running PostgreSQL); restarting it");
      crashed = true;
      retries = 10;
      std::error_code ec;
      fs::remove(p.data / "postmaster.pid", ec);  // the server refuses to start while it names a live pid
    }
    int port = saved_port(p);
    if (!port_is_free(port)) {
      port = free_port();  // taken since the cluster was made
      save_port(p, port);
    }
    const std::size_t printed_before = size_of(p.commands), logged_before = size_of(p.server_log);
    if (run_command({(p.bin / "pg_ctl").string(), "-D", p.data.string(), "-l", p.server_log.string(), "-o",
                     "-p " + std::to_string(port), "-w", "-t", "60", "start"},
                    p.commands) == 0) {
      std::optional<PidFile> started = read_pid_file(p.data);
      int listening = started && started->port > 0 ? started->port : port;
      if (listening != saved_port(p)) save_port(p, listening);
      notice("started the local PostgreSQL on 127.0.0.1:" + std::to_string(listening));
      continue;  // checked like a server found running
    }
    std::optional<PidFile> other = read_pid_file(p.data);
    if (other && is_live_postgres(other->pid)) continue;  // another basalt started it meanwhile
    if (retries-- > 0 && Clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      continue;
    }
    std::string message = "the local PostgreSQL in " + p.dir.string() + " did not start. pg_ctl printed:\n" +
                          tail_of_log(p.commands, printed_before);
    std::string logged = tail_of_log(p.server_log, logged_before);
    if (!logged.empty()) message += "The server logged:\n" + logged;
    if (!fresh) message += "(the whole log is " + p.server_log.string() + ")";
    throw Error(message);
  }
}

}  // namespace

fs::path find_project_dir(const fs::path& start) {
  const fs::path from = fs::absolute(start).lexically_normal();
  auto nearest = [&](const char* name, bool folder) -> std::optional<fs::path> {
    for (fs::path dir = from;; dir = dir.parent_path()) {
      std::error_code ec;
      fs::file_status st = fs::status(dir / name, ec);
      if (!ec && (folder ? fs::is_directory(st) : fs::is_regular_file(st))) return dir;
      if (dir == dir.root_path() || dir.parent_path() == dir) return std::nullopt;
    }
  };
  if (auto d = nearest(".basalt", true)) return *d;
  if (auto d = nearest("liquibase.properties", false)) return *d;
  return from;
}

LocalCluster ensure_local_cluster(const fs::path& start,
                                  const std::function<void(const std::string&)>& notice) {
  const fs::path project = find_project_dir(start);
  Paths p = paths_of(project);
  p.bin = server_bindir();
  LocalCluster c;
  c.dir = p.dir;

  bool fresh = false, made_basalt_dir = false;
  if (!fs::exists(p.data / "PG_VERSION")) {
    if (fs::exists(p.dir)) {
      // Left by a basalt from before clusters were made aside and moved into place.
      notice("removing the half-made local cluster in " + p.dir.string() + " that an earlier run left");
      fs::remove_all(p.dir);
    }
    notice("creating a local PostgreSQL cluster in " + p.dir.string() + " (" +
           p.bin.parent_path().filename().string() + ")");
    made_basalt_dir = create_cluster(p);
    fresh = true;
  }
  try {
    c.port = ensure_running(p, notice, fresh);
  } catch (const Error& e) {
    if (!fresh) throw;
    // A cluster that never started holds nothing: remove it, so the next run starts afresh.
    std::string message = e.what();
    std::error_code ec;
    fs::remove_all(p.dir, ec);
    if (made_basalt_dir) fs::remove(p.dir.parent_path(), ec);
    throw Error(message + "\nThe new cluster was removed; the next run creates it afresh.");
  }
  c.conninfo = "host=127.0.0.1 port=" + std::to_string(c.port) + " user=postgres dbname=postgres";
  return c;
}

}  // namespace basalt::pg
