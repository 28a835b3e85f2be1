// A temporary folder of changelog files that tests run inside, removed afterwards.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace basalt::formats::testing {

/// Creates a uniquely named folder under the system's temporary folder, makes it the working
/// folder (changelog paths are relative to it), and restores the previous one on destruction.
class TempFolder {
 public:
  TempFolder() : previous_(std::filesystem::current_path()) {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    root_ = std::filesystem::temp_directory_path() /
            ("basalt-formats-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(root_);
    std::filesystem::current_path(root_);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::current_path(previous_, ec);
    std::filesystem::remove_all(root_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  /// Writes `content` to `path` (relative to the folder), creating folders on the way.
  void write(const std::string& path, const std::string& content) const {
    std::filesystem::path p = root_ / path;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }

 private:
  std::filesystem::path previous_;
  std::filesystem::path root_;
};

/// A changelog file holding one change-set that creates table `table`.
inline std::string one_change_set(const std::string& id, const std::string& table = "t") {
  return "databaseChangeLog:\n- changeSet:\n    id: " + id + "\n    author: a\n    changes:\n" +
         "    - createTable: {tableName: " + table + ", columns: [{column: {name: id, type: int}}]}\n";
}

}  // namespace basalt::formats::testing
