// Test databases, temporary folders and basalt child processes.
#include "tests/pg/support.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "engine/pg/session.h"

namespace basalt::testing {
namespace fs = std::filesystem;
namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string unique_suffix() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(rd() % 100000);
}

}  // namespace

std::optional<std::string> server_url() {
  const char* url = std::getenv("BASALT_TEST_URL");
  if (!url || !*url) return std::nullopt;
  return std::string(url);
}

TestDatabase::TestDatabase() {
  name_ = "basalt_t_" + unique_suffix();
  pg::Session admin(*server_url());
  admin.execute({"CREATE DATABASE " + name_});
  std::string base = *server_url();
  auto pos = base.find("dbname=");
  url_ = (pos == std::string::npos ? base + " dbname=" : base.substr(0, pos) + "dbname=") + name_;
}

TestDatabase::~TestDatabase() {
  try {
    pg::Session admin(*server_url());
    admin.execute({"DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"});
  } catch (...) {
  }
}

std::string TestDatabase::query(const std::string& sql) const {
  pg::Session session(url_);
  std::string out;
  for (const auto& row : session.query(sql)) {
    if (!out.empty()) out += '\n';
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += '|';
      out += row[i].value_or("");
    }
  }
  return out;
}

std::string TestDatabase::schema_dump() const {
  TempDir tmp;
  fs::path out = tmp.path() / "dump.sql";
  std::string cmd = "pg_dump --schema-only --no-owner --no-privileges --exclude-table=public.databasechangelog "
                    "--exclude-table=public.databasechangeloglock -f '" +
                    out.string() + "' '" + url_ + "'";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("pg_dump failed: " + cmd);
  std::string dump = read_all(out), kept;
  std::istringstream lines(dump);
  for (std::string line; std::getline(lines, line);)
    // pg_dump's "\restrict <random key>" lines differ on every run.
    if (line.rfind("-- Dumped", 0) != 0 && line.rfind("\\restrict", 0) != 0 && line.rfind("\\unrestrict", 0) != 0)
      kept += line + "\n";
  return kept;
}

TempDir::TempDir() {
  path_ = fs::temp_directory_path() / ("basalt-test-" + unique_suffix());
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& text) const {
  fs::path p = path_ / relative;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

int basalt_spawn(const std::vector<std::string>& args, const fs::path& cwd, const std::string& tag) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(126);
    int out = open((cwd / (tag + ".out")).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open((cwd / (tag + ".err")).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, 1);
    dup2(err, 2);
    std::vector<std::string> argv{BASALT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (std::string& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  return pid;
}

Outcome basalt_wait(int pid, const fs::path& cwd, const std::string& tag) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  o.out = read_all(cwd / (tag + ".out"));
  o.err = read_all(cwd / (tag + ".err"));
  return o;
}

Outcome run_basalt(const std::vector<std::string>& args, const fs::path& cwd) {
  return basalt_wait(basalt_spawn(args, cwd, "basalt"), cwd, "basalt");
}

std::string read_golden(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

GoldenTopic::GoldenTopic(fs::path golden) : golden_(std::move(golden)) {
  for (const auto& e : fs::directory_iterator(golden_))
    if (e.path().filename() != "out") fs::copy(e.path(), dir_.path() / e.path().filename(), fs::copy_options::recursive);
}

Outcome GoldenTopic::run(const TestDatabase& db, std::vector<std::string> args) const {
  // Liquibase's commands as it ran them: its scripts have no review comments and no timeouts.
  std::vector<std::string> all{"--url", db.url()};
  all.insert(all.end(), kAsLiquibase.begin(), kAsLiquibase.end());
  all.insert(all.end(), args.begin(), args.end());
  return run_basalt(all, dir_.path());
}

std::string golden_tracker(const TestDatabase& db) {
  return db.query(
      "SELECT concat_ws(E'\\t', id, author, filename, orderexecuted, exectype, coalesce(md5sum, '<null>'), "
      "coalesce(replace(description, E'\\n', '\\n'), '<null>'), coalesce(replace(comments, E'\\n', '\\n'), '<null>'), "
      "coalesce(contexts, '<null>'), coalesce(labels, '<null>')) FROM databasechangelog ORDER BY orderexecuted, id");
}

std::string script_statements(const std::string& script) {
  std::string out;
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.rfind("--", 0) == 0 || line.rfind("SET SEARCH_PATH", 0) == 0) continue;
    if (line.find("DEPLOYMENT_ID") != std::string::npos || line.find("LOCKEDBY") != std::string::npos) continue;
    out += line + "\n";
  }
  return out;
}

std::string masked_script(const std::string& script) {
  static const std::regex run_lines("^-- (Ran at|Against|Liquibase version):.*");
  static const std::regex locked_by("LOCKEDBY = '[^']*'");
  static const std::regex deployment("'[0-9]{10}'\\)");
  static const std::regex deployment_then_tag("'[0-9]{10}', ('[^']*')\\);$");
  static const std::regex deployment_set("DEPLOYMENT_ID = '[0-9]{10}'");  // a re-run's UPDATE
  std::istringstream in(script);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with("SET SEARCH_PATH") || std::regex_match(line, run_lines)) continue;
    line = std::regex_replace(line, locked_by, "LOCKEDBY = '<LOCKEDBY>'");
    line = std::regex_replace(line, deployment, "'<DEPLOYMENT_ID>')");
    line = std::regex_replace(line, deployment_then_tag, "'<DEPLOYMENT_ID>', $1);");
    line = std::regex_replace(line, deployment_set, "DEPLOYMENT_ID = '<DEPLOYMENT_ID>'");
    out += line + "\n";
  }
  return out;
}

std::string tracker_columns(const std::string& tsv, const std::set<std::string>& left_out) {
  std::string out;
  std::istringstream lines(tsv);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> cells;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
    if (cells.size() < 7 || left_out.count(cells[0]) != 0) continue;
    out += cells[0] + "\t" + cells[4] + "\t" + cells[5] + "\t" + cells[6] + "\n";
  }
  return out;
}

}  // namespace basalt::testing
