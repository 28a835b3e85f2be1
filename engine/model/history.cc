// How tracker rows are matched to change-sets.
#include "engine/model/history.h"

#include <cctype>

#include "engine/core/path.h"

namespace basalt::model {
namespace {

// Liquibase's normalization of a recorded path before it compares two of them.
std::string normalized_filename(std::string_view written) {
  std::string p(written);
  if (p.starts_with("classpath:")) p.erase(0, 10);
  if (p.size() >= 2 && p[1] == ':' && std::isalpha(static_cast<unsigned char>(p[0])) != 0) p.erase(0, 2);  // a drive letter
  p = path::normalize(p);
  if (!p.empty() && p.front() == '/') p.erase(0, 1);
  return p;
}

}  // namespace

TrackerKey tracker_key(std::string_view id, std::string_view author, std::string_view filename) {
  return {std::string(id), std::string(author), normalized_filename(filename)};
}

}  // namespace basalt::model
