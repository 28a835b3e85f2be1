// Walking changelog files: include, includeAll, property, changeSet and preConditions entries,
// include cycles, then ${property} substitution and the model, with every problem reported.
#include "changelog-formats/changelog_loader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <deque>
#include <map>
#include <tuple>

#include "changelog-formats/field_reader.h"
#include "changelog-formats/formats.h"
#include "changelog-formats/paths.h"
#include "changelog-formats/properties.h"
#include "changelog-formats/change_files.h"
#include "changelog-formats/to_model.h"
#include "engine/model/expression.h"
#include "engine/model/filters.h"
#include "engine/core/text.h"

namespace basalt::formats {
namespace {

struct IncludeAttributes {
  model::Text file, context, context_filter, labels;
  model::Flag relative_to_changelog_file, error_if_missing, ignore;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("context", s.context);
    v("contextFilter", s.context_filter);
    v("errorIfMissing", s.error_if_missing);
    v("file", s.file, model::kRequired);
    v("ignore", s.ignore);
    v("labels", s.labels);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
  }
};

struct IncludeAllAttributes {
  model::Text path, context, context_filter, labels, min_depth, max_depth, ends_with_filter;
  model::Text filter, resource_filter, resource_comparator;
  model::Flag relative_to_changelog_file, error_if_missing_or_empty, ignore;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("context", s.context);
    v("contextFilter", s.context_filter);
    v("endsWithFilter", s.ends_with_filter);
    v("errorIfMissingOrEmpty", s.error_if_missing_or_empty);
    v("filter", s.filter);
    v("ignore", s.ignore);
    v("labels", s.labels);
    v("maxDepth", s.max_depth, model::kNumeric);
    v("minDepth", s.min_depth, model::kNumeric);
    v("path", s.path, model::kRequired);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
    v("resourceComparator", s.resource_comparator);
    v("resourceFilter", s.resource_filter);
  }
};

struct PropertyAttributes {
  model::Text name, value, dbms, context, context_filter, labels, file;
  model::Flag global, relative_to_changelog_file, error_if_missing;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("context", s.context);
    v("contextFilter", s.context_filter);
    v("dbms", s.dbms);
    v("errorIfMissing", s.error_if_missing);
    v("file", s.file);
    v("relativeToChangelogFile", s.relative_to_changelog_file);
    v("global", s.global);
    v("labels", s.labels);
    v("name", s.name);  // required unless `file` is given
    v("value", s.value);
  }
};

const std::vector<std::string> kTopLevelKeys = {"changeSet",     "include",         "includeAll",
                                                "property",      "preConditions",   "logicalFilePath",
                                                "changeLogId",   "objectQuotingStrategy", "context",
                                                "contextFilter", "removeChangeSetProperty"};


// The entries of a Java properties file, in order: `key=value`, `key: value` or `key value`, `#` and
// `!` comments, a trailing backslash continuing the line, and \t \n \r \f \uXXXX escapes.
std::vector<std::pair<std::string, std::string>> java_properties(const std::string& text) {
  std::vector<std::string> lines;
  std::string logical;
  bool continuing = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (continuing) line = line.substr(std::min(line.size(), line.find_first_not_of(" \t\f")));
    std::size_t backslashes = 0;
    while (backslashes < line.size() && line[line.size() - 1 - backslashes] == '\\') ++backslashes;
    const bool next = backslashes % 2 == 1;
    logical += line.substr(0, next ? line.size() - 1 : line.size());
    if (!next) {
      lines.push_back(std::move(logical));
      logical.clear();
    }
    continuing = next;
    if (end >= text.size()) break;
    start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  if (!logical.empty()) lines.push_back(std::move(logical));
  auto unescape = [](std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '\\' || i + 1 == s.size()) {
        out += s[i];
        continue;
      }
      const char c = s[++i];
      if (c == 't') out += '\t';
      else if (c == 'n') out += '\n';
      else if (c == 'r') out += '\r';
      else if (c == 'f') out += '\f';
      else if (c == 'u' && i + 4 < s.size() &&
               std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i) + 1, s.begin() + static_cast<std::ptrdiff_t>(i) + 5,
                           [](char h) { return std::isxdigit(static_cast<unsigned char>(h)) != 0; })) {
        text::append_utf8(out, static_cast<char32_t>(std::stoul(std::string(s.substr(i + 1, 4)), nullptr, 16)));
        i += 4;
      } else {
        out += c;
      }
    }
    return out;
  };
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& line : lines) {
    const std::size_t first = line.find_first_not_of(" \t\f");
    if (first == std::string::npos || line[first] == '#' || line[first] == '!') continue;
    std::size_t k = first;
    while (k < line.size() && line[k] != '=' && line[k] != ':' && line[k] != ' ' && line[k] != '\t' && line[k] != '\f') {
      if (line[k] == '\\') ++k;
      ++k;
    }
    const std::string key = unescape(std::string_view(line).substr(first, std::min(k, line.size()) - first));
    std::size_t v = std::min(k, line.size());
    while (v < line.size() && (line[v] == ' ' || line[v] == '\t' || line[v] == '\f')) ++v;
    if (v < line.size() && (line[v] == '=' || line[v] == ':')) ++v;
    while (v < line.size() && (line[v] == ' ' || line[v] == '\t' || line[v] == '\f')) ++v;
    out.emplace_back(key, unescape(std::string_view(line).substr(v)));
  }
  return out;
}

std::string without_classpath(std::string_view path) {
  if (text::starts_with_icase(path, "classpath:")) path.remove_prefix(10);
  return std::string(path);
}

// A removeChangeSetProperty entry that applies: the addColumn column attribute it erases from the
// change-sets after it in its file.
struct Removal {
  std::string attribute;  // afterColumn, beforeColumn or position
};

// Reads a removeChangeSetProperty entry: nullopt when it does not apply to this run (its dbms does
// not admit PostgreSQL, or it has none, or it names another change than addColumn, the one
// Liquibase knows), after reporting what is wrong with it.
struct RemovalAttributes {
  model::Text change, dbms, remove;
  template <class Self, class V>
  static void fields(Self& s, V&& v) {
    v("change", s.change, model::kRequired);
    v("dbms", s.dbms);
    v("remove", s.remove, model::kRequired);
  }
};

std::optional<Removal> read_removal(const MapEntry& e, Diagnostics& diags) {
  RemovalAttributes a;
  read_fields(a, attributes_of(e.value, "removeChangeSetProperty", diags), "removeChangeSetProperty", e.key_where, diags);
  if (!a.change || !a.remove) return std::nullopt;
  if (*a.remove != "afterColumn" && *a.remove != "beforeColumn" && *a.remove != "position") {
    diags.error(e.key_where, "removeChangeSetProperty: unknown remove '" + *a.remove + "'",
                "Liquibase removes afterColumn, beforeColumn or position from addColumn");
    return std::nullopt;
  }
  if (*a.change != "addColumn" || !a.dbms || !model::dbms_admits_postgresql(*a.dbms, model::DbmsCase::as_written))
    return std::nullopt;
  return Removal{*a.remove};
}

// Erases what `removals` name from the addColumn columns of a change-set's tree.
void apply_removals(Node& change_set, const std::vector<Removal>& removals) {
  if (removals.empty()) return;
  auto strip_column = [&](Node& column) {
    std::erase_if(column.entries, [&](const MapEntry& a) {
      return std::any_of(removals.begin(), removals.end(), [&](const Removal& r) { return a.key == r.attribute; });
    });
  };
  auto strip_add_column = [&](Node& add_column) {
    for (MapEntry& e : add_column.entries) {
      if (e.key == "column") strip_column(e.value);
      if (e.key == "columns") {
        for (Node& item : e.value.items)
          for (MapEntry& c : item.entries)
            if (c.key == "column") strip_column(c.value);
        for (MapEntry& c : e.value.entries)
          if (c.key == "column") strip_column(c.value);
      }
    }
  };
  auto visit_changes = [&](Node& holder) {
    for (MapEntry& e : holder.entries)
      if (e.key == "addColumn") strip_add_column(e.value);
    for (Node& item : holder.items)
      for (MapEntry& e : item.entries)
        if (e.key == "addColumn") strip_add_column(e.value);
  };
  visit_changes(change_set);
  for (MapEntry& e : change_set.entries)
    if (e.key == "changes") visit_changes(e.value);
  for (Node& item : change_set.items)
    for (MapEntry& e : item.entries)
      if (e.key == "changes") visit_changes(e.value);
}

// What an include passes on to the change-sets of the files it brings in (and theirs, in turn).
struct Inherited {
  std::vector<std::string> contexts, labels;  // innermost include first, as Liquibase lists them
  bool ignore = false;
};

struct LoadedFile {
  std::string path;  // where it is read from: the root as given, included files normalized
  std::string shown;  // where the user finds it (under its search-path folder); diagnostics name it
  std::string filename;  // the FILENAME of its change-sets (a file-level logicalFilePath replaces it)
  Inherited inherited;
  std::optional<std::string> quoting_strategy;  // a top-level objectQuotingStrategy entry
  std::vector<Removal> removals;  // removeChangeSetProperty entries read so far
  Node root;
  // Change-sets read while the file was parsed, by the line and column of their `changeSet` key
  // (their tree keeps only that key): those without ${property} references, on which substituting
  // properties later could change nothing.
  std::map<std::pair<int, int>, ReadChangeSet> early;
  bool read_in_order = false;  // its format's Format::read_in_order
};

// Whether any scalar below `n` refers to a property.
bool mentions_property(const Node& n) {
  if (n.is_scalar()) return !n.verbatim && n.text.find("${") != std::string::npos;
  for (const Node& item : n.items)
    if (mentions_property(item)) return true;
  for (const MapEntry& e : n.entries)
    if (mentions_property(e.value)) return true;
  return false;
}

struct Pending {
  LoadedFile* file;
  MapEntry* entry;
  std::size_t properties_defined;  // the property definitions it may see, as it was reached
};

class Loader {
 public:
  Loader(const ReadOptions& options, const FileSystem& fs)
      : fs_(fs),
        properties_(options.properties, options.contexts, options.labels),
        skip_custom_changes_(options.skip_custom_changes),
        filters_{options.contexts, options.labels} {}

  ReadResult run(const std::string& path, const std::optional<InMemory>& root) {
    ReadResult result;
    result.changelog.root_path = path;
    std::string filename = recorded_filename(path);
    result.changelog.root_file = filename;
    if (root) {
      const Format* format = root->format ? root->format : readable_format(path, SourceLocation{path, 0, 0});
      if (format != nullptr) parse_and_walk(*format, path, filename, root->text, {}, path);
    } else {
      load(path, filename, SourceLocation{}, true, {});
    }
    build(result.changelog);
    result.changelog.undefined_properties = properties_.undefined();
    if (!files_.empty()) result.changelog.root_file = files_.front().filename;  // its logicalFilePath counts
    result.diagnostics = sorted(diags_);
    return result;
  }

 private:
  // ---- files ------------------------------------------------------------------------------------

  void load(const std::string& path, const std::string& filename, const SourceLocation& included_at,
            bool root, const Inherited& inherited) {
    SourceLocation where = root ? SourceLocation{path, 0, 0} : included_at;
    std::string key = normalize_path(path);
    auto on_chain = std::find(chain_.begin(), chain_.end(), key);
    if (on_chain != chain_.end()) {
      if (on_chain + 1 == chain_.end()) {
        diags_.error(where, "'" + path + "' includes itself", "remove this include");
      } else {
        std::vector<std::string> cycle(on_chain, chain_.end());
        cycle.push_back(key);
        diags_.error(where, "include cycle: " + text::join(cycle, " -> "), "remove one of these includes");
      }
      return;
    }
    std::string subject = root ? "changelog file '" + path + "'" : "included file '" + path + "'";
    switch (fs_.kind(path)) {
      case FileSystem::Kind::missing: {
        std::string searched = fs_.searched();
        diags_.error(where, subject + " does not exist" + (searched.empty() ? "" : " in " + searched));
        return;
      }
      case FileSystem::Kind::folder:
        diags_.error(where, subject + " is a folder", root ? "" : "use includeAll to include a folder");
        return;
      case FileSystem::Kind::other:
        diags_.error(where, subject + " is not a regular file");
        return;
      case FileSystem::Kind::file:
        break;
    }
    // Liquibase refuses a path two search-path folders hold (unless told to pick one): which file
    // was meant is the user's call.
    std::vector<std::string> found = fs_.locations(path);
    if (found.size() > 1) {
      diags_.error(where, subject + " is found in more than one folder of " + fs_.searched() + ": " +
                              text::join(found, ", "),
                   "remove the copies, or leave the folders holding them out of --search-path");
      return;
    }
    const std::string shown = found.empty() ? path : found.front();
    const Format* format = readable_format(path, where);
    if (format == nullptr) return;
    std::optional<std::string> text = fs_.read(path);
    if (!text) {
      diags_.error(where, "cannot read " + subject);
      return;
    }
    parse_and_walk(*format, path, filename, *text, inherited, shown);
  }

  // The format of `path`, or nullptr after saying why it cannot be read.
  const Format* readable_format(const std::string& path, const SourceLocation& where) {
    const Format* format = format_of(path);
    if (format == nullptr) {
      diags_.error(where, "cannot read '" + path + "': unknown changelog format",
                   "changelog files end in .yaml, .yml, .json, .xml or .sql");
      return nullptr;
    }
    if (format->parse == nullptr) {
      diags_.error(where, "cannot read '" + path + "': " + std::string(format->name) +
                              " changelogs are not supported yet");
      return nullptr;
    }
    return format;
  }

  void parse_and_walk(const Format& format, const std::string& path, const std::string& filename,
                      const std::string& text, const Inherited& inherited, const std::string& shown) {
    std::map<std::pair<int, int>, ReadChangeSet> early;
    Diagnostics early_diags;  // kept only if the whole file parses: else the YAML error says it all
    std::vector<Removal> removals;  // the removeChangeSetProperty entries parsed so far
    auto read_early = [&](std::string_view root_key, MapEntry& e) {
      if (root_key == "databaseChangeLog" && e.key == "removeChangeSetProperty") {
        Diagnostics ignored;  // reported when the entry is walked
        if (std::optional<Removal> r = read_removal(e, ignored)) removals.push_back(*r);
        return false;
      }
      if (root_key != "databaseChangeLog" || e.key != "changeSet" ||
          mentions_property(e.value))
        return false;
      apply_removals(e.value, removals);
      early.insert_or_assign({e.key_where.line, e.key_where.column}, read_change_set(e, filename, early_diags));
      return true;
    };
    std::optional<Node> root = format.parse(text, shown, diags_, read_early);
    if (!root) return;
    diags_.append(early_diags);
    files_.push_back({path, shown, filename, inherited, std::nullopt, {}, std::move(*root), std::move(early),
                      format.read_in_order});
    chain_.push_back(normalize_path(path));
    walk(files_.back());
    chain_.pop_back();
  }

  void walk(LoadedFile& file) {
    Node& root = file.root;
    if (!root.is_map()) {
      SourceLocation where = root.is_null() ? SourceLocation{file.shown, 1, 1} : root.where;
      diags_.error(where, "a changelog must start with 'databaseChangeLog:'" +
                              std::string(root.is_null() ? ", and this file is empty"
                                                         : ", not " + std::string(describe(root))));
      return;
    }
    Node* body = nullptr;
    for (MapEntry& e : root.entries) {
      if (e.key == "databaseChangeLog" && body == nullptr) {
        body = &e.value;
      }
    }
    for (MapEntry& e : root.entries) {
      if (&e.value == body) continue;
      if (body == nullptr) {  // Liquibase: "Could not find databaseChangeLog node"
        diags_.error(e.key_where, "unknown key '" + e.key + "' at the top of a changelog, and no 'databaseChangeLog:'",
                     "everything goes under 'databaseChangeLog:'");
      } else {
        diags_.warning(e.key_where, "unknown key '" + e.key + "' at the top of a changelog is ignored",
                       "everything goes under 'databaseChangeLog:' (Liquibase ignores the rest too)");
      }
    }
    if (body == nullptr || body->is_null()) return;
    // YAML's databaseChangeLog is a list of one-entry maps, XML's <databaseChangeLog> one map of its
    // attributes and children: the same entries, in written order, either way.
    std::vector<MapEntry*> entries;
    if (body->is_map()) {
      for (MapEntry& e : body->entries) entries.push_back(&e);
    } else if (body->is_list()) {
      for (Node& item : body->items) {
        if (item.is_map()) {
          for (MapEntry& e : item.entries) entries.push_back(&e);
        } else if (!item.is_null()) {
          diags_.error(item.where,
                       "each item of 'databaseChangeLog' must be an entry such as '- changeSet:', not " +
                           std::string(item.is_scalar() ? "'" + item.text + "'" : describe(item)));
        }
      }
    } else {
      diags_.error(body->where, "'databaseChangeLog' must be a list of entries such as '- changeSet:', not " +
                                    std::string(describe(*body)));
      return;
    }
    // Liquibase's YAML reader takes a file's properties before anything else, so an include may use
    // a property defined further down the same file. Its formatted SQL reader expands a change-set
    // when it ends, with the properties defined so far (tests/golden/liquibase/formatted-sql,
    // ignore-lines-properties): there each property counts from where it stands.
    if (!file.read_in_order)
      for (MapEntry* e : entries)
        if (e->key == "property") property(file, *e);
    for (MapEntry* e : entries) {
      if (file.read_in_order && e->key == "property") property(file, *e);
      entry(file, *e);
    }
  }

  // Liquibase knows these entries by their exact name: `ChangeSet:` is an "Unexpected node".
  void entry(LoadedFile& file, MapEntry& e) {
    const std::string& k = e.key;
    if (k == "changeSet") {
      apply_removals(e.value, file.removals);
      change_sets_.push_back({&file, &e, properties_.defined()});
    } else if (k == "removeChangeSetProperty") {
      substitute(e.value, file.path);
      if (std::optional<Removal> r = read_removal(e, diags_)) file.removals.push_back(*r);
    } else if (k == "include") {
      include(file, e);
    } else if (k == "includeAll") {
      include_all(file, e);
    } else if (k == "property") {
      // read before the other entries
    } else if (k == "preConditions") {
      preconditions_.push_back({&file, &e, properties_.defined()});
    } else if (k == "logicalFilePath") {
      substitute(e.value, file.path);
      if (e.value.is_scalar()) {
        if (std::optional<std::string> path = logical_path(e.value.text)) file.filename = *path;
      } else {
        diags_.error(where_of(e), "logicalFilePath must be text, not " + std::string(describe(e.value)));
      }
    } else if (k == "objectQuotingStrategy") {
      if (!e.value.is_scalar()) {
        diags_.error(where_of(e), "objectQuotingStrategy must be text, not " + std::string(describe(e.value)));
      } else if (e.value.text != "LEGACY" && e.value.text != "QUOTE_ALL_OBJECTS" &&
                 e.value.text != "QUOTE_ONLY_RESERVED_WORDS") {
        diags_.error(where_of(e), "unknown objectQuotingStrategy '" + e.value.text + "'",
                     "expected one of LEGACY, QUOTE_ALL_OBJECTS, QUOTE_ONLY_RESERVED_WORDS");
      } else {
        file.quoting_strategy = e.value.text;
      }
    } else if (k == "context" || k == "contextFilter") {
      // <databaseChangeLog context="...">: every change-set of the file must match it too, and it
      // leads their CONTEXTS, before the includes' (measured).
      substitute(e.value, file.path);
      if (!e.value.is_scalar()) {
        diags_.error(where_of(e), k + " must be text, not " + std::string(describe(e.value)));
      } else if (!text::trim(e.value.text).empty()) {
        file.inherited.contexts.insert(file.inherited.contexts.begin(), e.value.text);
      }
    } else if (k == "changeLogId") {
      diags_.warning(e.key_where, "changeLogId (a Liquibase Pro setting) is ignored",
                     "Liquibase's open-source edition ignores it too");
    } else if (k == "modifyChangeSets") {
      diags_.error(e.key_where, "modifyChangeSets is not supported by basalt yet");
    } else {
      std::optional<std::string> near = text::closest(k, kTopLevelKeys);
      std::string hint =
          near ? "did you mean '" + *near + "'?" : "expected one of " + text::join(kTopLevelKeys, ", ");
      // Liquibase refuses an unknown entry that holds a map or a list, and ignores one holding text.
      if (e.value.is_map() || e.value.is_list() || e.value.schema_checked) {
        diags_.error(e.key_where, "unknown entry '" + k + "' in databaseChangeLog", hint);
      } else {
        diags_.warning(e.key_where, "unknown entry '" + k + "' in databaseChangeLog is ignored", hint);
      }
    }
  }

  void include(LoadedFile& parent, MapEntry& e) {
    substitute(e.value, parent.path);
    IncludeAttributes a;
    read_fields(a, attributes_of(e.value, "include", diags_), "include", e.key_where, diags_);
    if (!a.file) return;
    std::string file = without_classpath(*a.file);
    std::string path = a.relative_to_changelog_file.value_or(false)
                           ? join_path(parent_folder(parent.path), file)
                           : normalize_path(file);
    const SourceLocation& where = where_of(*find(e.value, "file"));
    if (!a.error_if_missing.value_or(true) && fs_.kind(path) == FileSystem::Kind::missing) return;
    load(path, recorded_filename(path), where, false,
         inherit(parent, a.context_filter ? a.context_filter : a.context, a.labels, a.ignore));
  }

  // What the change-sets of an included file inherit: this include's context, labels and ignore,
  // then the including file's.
  static Inherited inherit(const LoadedFile& parent, const model::Text& context, const model::Text& labels,
                           const model::Flag& ignore) {
    Inherited out;
    if (context && !text::trim(*context).empty()) out.contexts.push_back(*context);
    if (labels && !text::trim(*labels).empty()) out.labels.push_back(*labels);
    out.contexts.insert(out.contexts.end(), parent.inherited.contexts.begin(), parent.inherited.contexts.end());
    out.labels.insert(out.labels.end(), parent.inherited.labels.begin(), parent.inherited.labels.end());
    out.ignore = parent.inherited.ignore || ignore.value_or(false);
    return out;
  }

  void include_all(LoadedFile& parent, MapEntry& e) {
    substitute(e.value, parent.path);
    IncludeAllAttributes a;
    read_fields(a, attributes_of(e.value, "includeAll", diags_), "includeAll", e.key_where, diags_);
    if (a.filter || a.resource_filter)
      diags_.error(e.key_where, "includeAll filter classes are not supported by basalt yet",
                   "endsWithFilter is");
    if (a.resource_comparator)
      diags_.error(e.key_where, "includeAll resourceComparator is not supported by basalt yet",
                   "files are included in alphabetical order of their paths");
    if (!a.path) return;
    std::string given = without_classpath(*a.path);
    std::string folder = a.relative_to_changelog_file.value_or(false)
                             ? join_path(parent_folder(parent.path), given)
                             : normalize_path(given);
    const SourceLocation& where = where_of(*find(e.value, "path"));
    bool must_exist = a.error_if_missing_or_empty.value_or(true);
    if (fs_.kind(folder) != FileSystem::Kind::folder) {
      if (must_exist) diags_.error(where, "includeAll folder '" + given + "' does not exist");
      return;
    }
    // strtod, not stod: an out-of-range depth must not throw.
    double min_depth = a.min_depth ? std::strtod(a.min_depth->c_str(), nullptr) : 1;
    double max_depth = a.max_depth ? std::strtod(a.max_depth->c_str(), nullptr) : 1e9;
    std::vector<std::string> paths;
    for (const std::string& relative : fs_.files_below(folder)) {
      if (format_of(relative) == nullptr) continue;
      if (a.ends_with_filter && !relative.ends_with(*a.ends_with_filter)) continue;
      double depth = static_cast<double>(std::count(relative.begin(), relative.end(), '/') + 1);
      if (depth < min_depth || depth > max_depth) continue;
      paths.push_back(join_path(folder, relative));
    }
    // Liquibase sorts the whole list by path, so files of a subfolder sit where its name sorts.
    std::sort(paths.begin(), paths.end());
    if (paths.empty() && must_exist)
      diags_.error(where, "includeAll folder '" + given + "' holds no changelog files");
    Inherited inherited = inherit(parent, a.context_filter ? a.context_filter : a.context, a.labels, a.ignore);
    for (const std::string& path : paths) load(path, recorded_filename(path), where, false, inherited);
  }

  void property(LoadedFile& file, MapEntry& e) {
    PropertyAttributes a;
    read_fields(a, attributes_of(e.value, "property", diags_), "property", e.key_where, diags_);
    const model::Text& scope_context = a.context_filter ? a.context_filter : a.context;
    if (a.file) {
      // A Java properties file, found on the search path (or beside the changelog), its entries
      // defined in order with this entry's scope.
      std::string given = without_classpath(*a.file);
      const std::string path = a.relative_to_changelog_file.value_or(false) ? join_path(parent_folder(file.path), given)
                                                                             : normalize_path(given);
      std::optional<std::string> bytes = fs_.kind(path) == FileSystem::Kind::file ? fs_.read(path) : std::nullopt;
      if (!bytes) {
        const std::string searched = fs_.searched();
        if (a.error_if_missing.value_or(true))
          diags_.error(where_of(*find(e.value, "file")), "property file '" + *a.file + "' does not exist" +
                                                             (searched.empty() ? "" : " in " + searched),
                       "errorIfMissing: false lets the changelog go on without it");
        return;
      }
      for (auto& [name, value] : java_properties(decode(*bytes, std::string("ISO-8859-1")).value_or("")))
        properties_.define(std::move(name), std::move(value), a.global.value_or(true), file.path,
                           {scope_context, a.labels, a.dbms});
      return;
    }
    if (!a.name) {
      diags_.error(e.key_where, "property is missing required attribute 'name'");
      return;
    }
    if (!a.value) {
      diags_.error(e.key_where, "property '" + *a.name + "' has no value");
      return;
    }
    properties_.define(*a.name, *a.value, a.global.value_or(true), file.path,
                       {scope_context, a.labels, a.dbms});
  }

  static const MapEntry* find(const Node& n, std::string_view key) {
    static const MapEntry none;
    auto search = [&](const Node& map) -> const MapEntry* {
      for (const MapEntry& e : map.entries)
        if (text::iequals(e.key, key)) return &e;
      return nullptr;
    };
    if (n.is_map())
      if (const MapEntry* e = search(n)) return e;
    if (n.is_list())
      for (const Node& item : n.items)
        if (const MapEntry* e = search(item)) return e;
    return &none;
  }

  // ---- properties -------------------------------------------------------------------------------

  void substitute(Node& n, const std::string& file, std::size_t visible = SIZE_MAX) {
    if (n.is_scalar() && !n.verbatim) {
      std::optional<std::string> expanded = properties_.expand(n.text, file, visible);
      if (expanded) {
        if (*expanded != n.text) {
          n.exact = false;  // substituted: no longer the file's text
          n.expanded = true;
        }
        n.text = std::move(*expanded);
      } else {
        diags_.error(n.where,
                     "substituting properties makes this value longer than " +
                         std::to_string(kMaxSubstitutedLength) + " characters",
                     "check for properties whose values refer to each other");
      }
    }
    for (Node& item : n.items) substitute(item, file, visible);
    for (MapEntry& e : n.entries) substitute(e.value, file, visible);
  }

  // ---- the model --------------------------------------------------------------------------------

  void build(model::ChangeLog& changelog) {
    // Each change-set's tree is freed as soon as it is in the model: the two never both hold the
    // whole changelog.
    std::vector<model::ChangeSet>& read = changelog.change_sets;
    std::vector<std::optional<RollbackReference>> references;
    read.reserve(change_sets_.size());
    references.reserve(change_sets_.size());
    for (const Pending& p : change_sets_) {
      ReadChangeSet r;
      auto early = p.file->early.find({p.entry->key_where.line, p.entry->key_where.column});
      if (early != p.file->early.end()) {
        r = std::move(early->second);
        p.file->early.erase(early);
        // A logicalFilePath of the file written below this change-set still applies to it.
        if (!r.own_file_path) r.change_set.file_path = p.file->filename;
      } else {
        substitute(p.entry->value, p.file->path, p.properties_defined);
        r = read_change_set(*p.entry, p.file->filename, diags_);
        p.entry->value = Node{};
      }
      if (r.rollback_reference && r.rollback_reference->path.empty())
        r.rollback_reference->path = r.change_set.file_path;
      if (r.change_set.preconditions) resolve(r.change_set.preconditions->conditions, *p.file);
      // A file's objectQuotingStrategy applies to its own change-sets, not to those it includes.
      if (!r.quoting_given && p.file->quoting_strategy) r.change_set.quoting_strategy = *p.file->quoting_strategy;
      if (!skip_custom_changes_) refuse_custom_changes(r.change_set);
      attach_files(r.change_set, p.file->path, fs_, [&](const std::string& text) {
        std::optional<std::string> expanded = properties_.expand(text, p.file->path, p.properties_defined);
        return expanded ? *expanded : text;
      }, diags_);
      // Only the modifySql entries that admit this run count, in the checksum as in the SQL.
      std::erase_if(r.change_set.sql_edits, [&](const model::SqlEdit& e) {
        return !properties_.admits({e.contexts, e.labels, e.dbms});
      });
      const Inherited& inherited = p.file->inherited;
      r.change_set.include_contexts = inherited.contexts;
      r.change_set.include_labels = inherited.labels;
      r.change_set.ignore = r.change_set.ignore || inherited.ignore;
      read.push_back(std::move(r.change_set));
      references.push_back(std::move(r.rollback_reference));
    }

    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> by_identity;
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> running;
    for (std::size_t i = 0; i < read.size(); ++i) {
      const model::ChangeSet& cs = read[i];
      const auto identity = std::make_tuple(cs.file_path, cs.id, cs.author);
      by_identity.emplace(identity, i);
      // As in Liquibase, only change-sets this run's contexts, labels and dbms admit can clash:
      // Fineract writes one id twice, once for mysql and once for postgresql.
      if (model::excluded_by(cs, filters_)) continue;
      auto [it, fresh] = running.emplace(identity, i);
      if (fresh) continue;
      const SourceLocation& first = read[it->second].where;
      diags_.error(cs.where,
                   "duplicate change-set '" + cs.identity() + "' (first defined at " + to_string(first) + ")",
                   "give each change-set its own id");
    }

    for (std::size_t i = 0; i < read.size(); ++i) {
      if (!references[i]) continue;
      const RollbackReference& ref = *references[i];
      auto it = by_identity.find(std::make_tuple(ref.path, ref.id, ref.author));
      if (it == by_identity.end()) {
        diags_.error(ref.where, "rollback refers to change-set '" + ref.path + "::" + ref.id +
                                    "::" + ref.author + "', which does not exist");
        continue;
      }
      if (it->second >= i) {
        diags_.error(ref.where,
                     "rollback refers to change-set '" + ref.path + "::" + ref.id + "::" + ref.author +
                         "', which is not read before it",
                     "Liquibase looks it up among the change-sets read before this one, and refuses the file");
        continue;
      }
      std::vector<model::Change> replayed = read[it->second].changes;
      for (model::Change& c : replayed) read[i].rollback.changes.push_back(std::move(c));
    }

    for (const Pending& p : preconditions_) {
      substitute(p.entry->value, p.file->path, p.properties_defined);
      changelog.preconditions.push_back(read_preconditions(*p.entry, diags_));
      resolve(changelog.preconditions.back().conditions, *p.file);
    }
  }

  // A customChange runs Java code of its application, which Liquibase loads from the classpath even
  // when the change-set's context is off; basalt has no way to run it.
  void refuse_custom_changes(const model::ChangeSet& cs) {
    auto check = [&](const std::vector<model::Change>& changes) {
      for (const model::Change& c : changes)
        if (const auto* custom = std::get_if<model::CustomChange>(&c))
          diags_.error(custom->where,
                       "customChange '" + custom->class_name.value_or("") + "' runs Java code, which basalt cannot run",
                       "--custom-change=skip applies its change-set without it, recorded as Liquibase records a "
                       "custom change that does nothing");
    };
    check(cs.changes);
    check(cs.rollback.changes);
  }

  // Settles what only the reader knows: whether a property is defined (changeLogPropertyDefined, run
  // once every file is read, as Liquibase runs it) and the file's quoting strategy.
  void resolve(std::vector<model::Precondition>& conditions, const LoadedFile& file) const {
    for (model::Precondition& c : conditions) {
      resolve(c.nested, file);
      if (c.type == "changeLogPropertyDefined") {
        const std::string* name = c.attribute("property");
        const std::string* value = name ? properties_.find(*name, file.path) : nullptr;
        if (value) c.known_when_read = *value;
      } else if (c.type == "expectedQuotingStrategy") {
        c.known_when_read = file.quoting_strategy;
      }
    }
  }

  // Problems in reading order: by file as first read, then by line and column.
  Diagnostics sorted(const Diagnostics& ds) const {
    std::map<std::string, std::size_t> order;
    for (const LoadedFile& f : files_) order.emplace(f.shown, order.size());
    auto rank = [&](const Diagnostic& d) {
      auto it = order.find(d.where.file);
      return std::make_tuple(it == order.end() ? order.size() : it->second, d.where.line, d.where.column);
    };
    std::vector<Diagnostic> items = ds.items();
    std::stable_sort(items.begin(), items.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
    Diagnostics out;
    for (Diagnostic& d : items) out.add(std::move(d));
    return out;
  }

  const FileSystem& fs_;
  Diagnostics diags_;
  PropertyTable properties_;
  bool skip_custom_changes_;
  model::Filters filters_;  // the run's, for duplicate change-sets
  std::deque<LoadedFile> files_;  // a deque: Pending entries point into files already read
  std::vector<std::string> chain_;
  std::vector<Pending> change_sets_;
  std::vector<Pending> preconditions_;
};

}  // namespace

ReadResult load_changelog(const std::string& path, const std::optional<InMemory>& root, const ReadOptions& options,
                          const FileSystem& fs) {
  return Loader(options, fs).run(path, root);
}

}  // namespace basalt::formats
