#include "changelog-formats/formats.h"

#include <algorithm>

#include "changelog-formats/paths.h"
#include "changelog-formats/sql/formatted_sql.h"
#include "changelog-formats/xml/xml_reader.h"
#include "changelog-formats/yaml/yaml_reader.h"

namespace basalt::formats {

const std::vector<Format>& changelog_formats() {
  // JSON is YAML, and Liquibase reads both with the same parser (SnakeYAML).
  static const std::vector<Format> formats = {
      {"YAML", {"yaml", "yml"}, &parse_yaml, false},
      {"JSON", {"json"}, &parse_yaml, false},
      {"XML", {"xml"}, &parse_xml, false},
      {"formatted SQL", {"sql"}, &parse_formatted_sql, true},
  };
  return formats;
}

const Format* format_of(std::string_view path) {
  const std::string extension = extension_of(path);
  for (const Format& f : changelog_formats())
    if (std::find(f.extensions.begin(), f.extensions.end(), extension) != f.extensions.end()) return &f;
  return nullptr;
}

const Format& yaml_format() { return changelog_formats().front(); }

}  // namespace basalt::formats
