// `--url local` as a user meets it: the project's cluster found from any subfolder, the port it
// really listens on, a server that died, and a failed first start that leaves nothing behind.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/pg/support.h"

using namespace basalt::testing;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char* const kChangelog = R"(databaseChangeLog:
  - changeSet:
      id: 1
      author: t
      changes:
        - createTable: {tableName: local_t, columns: [{column: {name: id, type: int}}]}
)";

std::string read_all(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Line `n` (from 1) of the cluster's postmaster.pid: 1 the pid, 4 the port.
std::string pid_file_line(const fs::path& project, int n) {
  std::istringstream lines(read_all(project / ".basalt/postgres/data/postmaster.pid"));
  std::string line;
  for (int i = 0; i < n && std::getline(lines, line); ++i) {
  }
  return line;
}

std::string bindir() {
  if (const char* env = std::getenv("BASALT_PG_BINDIR")) return env;
  return "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)";
}

// Runs pg_ctl on the project's cluster as its owner.
int pg_ctl(const fs::path& project, const std::string& arguments) {
  std::string cmd = std::string(geteuid() == 0 ? "runuser -u postgres -- " : "") + bindir() + "/pg_ctl -D '" +
                    (project / ".basalt/postgres/data").string() + "' " + arguments + " >/dev/null 2>&1";
  return std::system(cmd.c_str());
}

// Stops the cluster at the end of a test, whatever state it is in.
struct StopsCluster {
  fs::path project;
  ~StopsCluster() { pg_ctl(project, "-m immediate -w stop"); }
};

// Whether process `pid` is gone or a zombie (a killed server nobody reaps stays one).
bool dead(long pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  std::size_t close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
}

void kill_postmaster(const fs::path& project) {
  long pid = std::atol(pid_file_line(project, 1).c_str());
  REQUIRE(pid > 0);
  REQUIRE(kill(static_cast<pid_t>(pid), SIGKILL) == 0);
  for (int i = 0; i < 100 && !dead(pid); ++i) std::this_thread::sleep_for(50ms);
  REQUIRE(dead(pid));
}

int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
  close(s);
  return ntohs(addr.sin_port);
}

// Runs basalt with BASALT_PG_BINDIR pointing at `bin` (the fake server binaries of a test).
Outcome run_with_bindir(const fs::path& bin, const std::vector<std::string>& args, const fs::path& cwd) {
  const char* before = std::getenv("BASALT_PG_BINDIR");
  std::string saved = before ? before : "";
  setenv("BASALT_PG_BINDIR", bin.c_str(), 1);
  Outcome o = run_basalt(args, cwd);
  if (before)
    setenv("BASALT_PG_BINDIR", saved.c_str(), 1);
  else
    unsetenv("BASALT_PG_BINDIR");
  return o;
}

void write_script(const TempDir& dir, const std::string& relative, const std::string& text) {
  fs::path p = dir.write(relative, text);
  fs::permissions(p, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                         fs::perms::others_read | fs::perms::others_exec);
}

}  // namespace

TEST_CASE(
    "--url local creates, starts and reuses a cluster in the current folder when no project is marked") {
  REQUIRE_SERVER();  // scripts/test.sh: the machine has the server binaries then
  TempDir dir;       // in the system's temporary folder, with no .basalt/ or liquibase.properties above it
  StopsCluster stop{dir.path()};
  dir.write("c.yaml", kChangelog);
  Outcome o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(contains(o.err,
                 "creating a local PostgreSQL cluster in " + (dir.path() / ".basalt/postgres").string()));
  // The notice names the port the server wrote into postmaster.pid, which it listens on.
  std::string port = pid_file_line(dir.path(), 4);
  CHECK(contains(o.err, "started the local PostgreSQL on 127.0.0.1:" + port + "\n"));
  o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  CHECK(o.exit_code == 0);
  CHECK(o.out == "postgres@127.0.0.1:" + port +
                     "/postgres is up to date\nbasalt command 'status' was executed successfully.\n");
  CHECK(o.err == "");
}

TEST_CASE("--url local finds the project's cluster from a subfolder, as git finds its repository") {
  REQUIRE_SERVER();
  TempDir dir;
  StopsCluster stop{dir.path()};
  // Where a basalt that did not look upward would put clusters: stopped too if one is made there.
  StopsCluster stray_one{dir.path() / "db/changes"}, stray_two{dir.path() / "tools"};
  dir.write("liquibase.properties", "# marks the project folder\n");
  dir.write("db/changes/c.yaml", kChangelog);
  Outcome o =
      run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, dir.path() / "db/changes");
  INFO(o.out, o.err);
  REQUIRE(o.exit_code == 0);
  CHECK(fs::exists(dir.path() / ".basalt/postgres/data/PG_VERSION"));
  CHECK_FALSE(fs::exists(dir.path() / "db/changes/.basalt"));

  // .basalt/ wins over a nearer liquibase.properties: the same cluster, with what the first run applied.
  dir.write("tools/liquibase.properties", "url: local\n");
  o = run_basalt({"history"}, dir.path() / "tools");
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK_FALSE(contains(o.err, "creating"));
  CHECK(contains(o.out, "| c.yaml "));
  CHECK_FALSE(fs::exists(dir.path() / "tools/.basalt"));
}

TEST_CASE(
    "--url local connects to the port the server listens on, and starts on another when its own is taken") {
  REQUIRE_SERVER();
  TempDir dir;
  StopsCluster stop{dir.path()};
  dir.write("c.yaml", kChangelog);
  REQUIRE(run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, dir.path()).exit_code == 0);
  int saved = std::atoi(read_all(dir.path() / ".basalt/postgres/port").c_str());
  REQUIRE(saved > 0);

  // Started by hand on another port: basalt reads the port back instead of guessing.
  REQUIRE(pg_ctl(dir.path(), "-m fast -w stop") == 0);
  int by_hand = free_port();
  REQUIRE(pg_ctl(dir.path(), "-o '-p " + std::to_string(by_hand) + "' -l '" +
                                 (dir.path() / ".basalt/postgres/server.log").string() + "' -w start") == 0);
  Outcome o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(contains(o.out, "postgres@127.0.0.1:" + std::to_string(by_hand) + "/postgres is up to date"));
  CHECK_FALSE(contains(o.err, "started"));

  // Stopped, and its saved port taken by another program: started elsewhere, and the notice says where.
  REQUIRE(pg_ctl(dir.path(), "-m fast -w stop") == 0);
  int blocker = socket(AF_INET, SOCK_STREAM, 0);
  // The stopped server's socket may still be in TIME_WAIT: bind anyway.
  const int reuse = 1;
  REQUIRE(setsockopt(blocker, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse) == 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(saved));
  REQUIRE(bind(blocker, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(listen(blocker, 1) == 0);
  o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  close(blocker);
  std::string port = pid_file_line(dir.path(), 4);
  CHECK(o.exit_code == 0);
  CHECK(port != std::to_string(saved));
  CHECK(contains(o.err, "started the local PostgreSQL on 127.0.0.1:" + port + "\n"));
  CHECK(contains(o.out, "postgres@127.0.0.1:" + port + "/postgres is up to date"));
}

TEST_CASE("--url local restarts a server that was killed and left a stale postmaster.pid") {
  REQUIRE_SERVER();
  TempDir dir;
  StopsCluster stop{dir.path()};
  dir.write("c.yaml", kChangelog);
  REQUIRE(run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, dir.path()).exit_code == 0);

  kill_postmaster(dir.path());
  REQUIRE(fs::exists(dir.path() / ".basalt/postgres/data/postmaster.pid"));
  Outcome o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  INFO(o.out, o.err);
  CHECK(o.exit_code == 0);
  CHECK(contains(o.err, "is not running: it stopped without cleaning up"));
  CHECK(contains(o.err, "started the local PostgreSQL on 127.0.0.1:"));
  CHECK_FALSE(contains(o.err, "Connection refused"));
  CHECK(contains(o.out, "is up to date"));

  // After a reboot the pid in a stale postmaster.pid may belong to another live program.
  kill_postmaster(dir.path());
  std::string pid_file = read_all(dir.path() / ".basalt/postgres/data/postmaster.pid");
  std::ofstream(dir.path() / ".basalt/postgres/data/postmaster.pid")
      << std::to_string(getpid()) << pid_file.substr(pid_file.find('\n'));
  o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "status"}, dir.path());
  CHECK(o.exit_code == 0);
  CHECK(contains(o.err, "names process " + std::to_string(getpid()) + ", which is no running PostgreSQL"));
  CHECK(contains(o.out, "is up to date"));
}

TEST_CASE("a failed first start of --url local leaves nothing behind, and the next run starts clean") {
  REQUIRE_SERVER();
  TempDir dir;
  StopsCluster stop{dir.path() / "project"};
  dir.write("project/c.yaml", kChangelog);
  const fs::path project = dir.path() / "project";
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);

  // initdb fails after making part of the data folder.
  write_script(dir, "broken-initdb/initdb",
               "#!/bin/sh\nmkdir -p \"$2\" && echo 15 > \"$2/PG_VERSION\"\necho 'initdb: simulated failure' "
               ">&2\nexit 1\n");
  Outcome o = run_with_bindir(dir.path() / "broken-initdb",
                              {"--url", "local", "--changelog-file", "c.yaml", "update"}, project);
  INFO(o.out, o.err);
  CHECK(o.exit_code == 1);
  CHECK(contains(o.err, "initdb failed, so no local cluster was made"));
  CHECK(contains(o.err, "initdb: simulated failure"));
  CHECK_FALSE(fs::exists(project / ".basalt"));

  // initdb works but the server does not start: the new, empty cluster goes too.
  write_script(dir, "broken-start/pg_ctl", "#!/bin/sh\necho 'pg_ctl: simulated start failure' >&2\nexit 1\n");
  std::string real = bindir();
  REQUIRE(std::system(("ln -s " + real + "/initdb " + real + "/postgres '" +
                       (dir.path() / "broken-start").string() + "/'")
                          .c_str()) == 0);
  o = run_with_bindir(dir.path() / "broken-start", {"--url", "local", "--changelog-file", "c.yaml", "update"},
                      project);
  CHECK(o.exit_code == 1);
  CHECK(contains(o.err, "did not start. pg_ctl printed:\npg_ctl: simulated start failure\n"));
  CHECK(contains(o.err, "The new cluster was removed; the next run creates it afresh."));
  CHECK_FALSE(fs::exists(project / ".basalt"));

  // The next run, with working binaries, creates the cluster from scratch.
  o = run_basalt({"--url", "local", "--changelog-file", "c.yaml", "update"}, project);
  CHECK(o.exit_code == 0);
  CHECK(contains(o.err, "creating a local PostgreSQL cluster"));
  CHECK(contains(o.out, "Running Changeset: c.yaml::1::t"));
}
