// XML to the neutral tree with pugixml, parsed in place so that every name, value and text still
// points into a copy of the file: its byte offset there is its line and column.
#include "changelog-formats/xml/xml_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <vector>

#include "engine/core/text.h"

namespace basalt::formats {
namespace {

constexpr std::string_view kInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";
constexpr std::string_view kSchemaFolder = "www.liquibase.org/xml/ns/dbchangelog/";

// Elements of the changelog namespace whose text Liquibase reads: their schema type is text, or
// mixed content. Text in any other changelog element is refused by the schema.
constexpr std::array<std::string_view, 12> kTextElements = {
    "column", "comment", "createProcedure", "createView", "output", "param",
    "rollback", "sql", "sqlCheck", "stop", "validCheckSum", "where"};
// Mixed-content elements whose text the schema allows and Liquibase then drops.
constexpr std::array<std::string_view, 5> kIgnoredTextElements = {"delete", "loadData", "loadUpdateData",
                                                                  "update", "whereParams"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The XML schemas Liquibase 4.28 ships, by the version in their file name, and the namespace each
// declares: 1.x its own, 2.0 and later the changelog namespace.
std::optional<std::string> namespace_of_schema(std::string_view version) {
  static const std::vector<std::string> versions = [] {
    std::vector<std::string> out;
    for (int minor = 0; minor <= 9; ++minor) out.push_back("1." + std::to_string(minor));
    out.emplace_back("2.0");
    for (int minor = 0; minor <= 10; ++minor) out.push_back("3." + std::to_string(minor));
    for (int minor = 0; minor <= 28; ++minor) out.push_back("4." + std::to_string(minor));
    out.emplace_back("latest");
    return out;
  }();
  if (std::find(versions.begin(), versions.end(), version) == versions.end()) return std::nullopt;
  if (version.starts_with("1.")) return std::string(kChangelogNamespace) + "/" + std::string(version);
  return std::string(kChangelogNamespace);
}

// Java's String.trim: every character up to a space.
std::string_view java_trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= ' ') ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= ' ') --e;
  return s.substr(b, e - b);
}

std::string_view local_name(std::string_view name) {
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view prefix_of(std::string_view name) {
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
}

class XmlReader {
 public:
  XmlReader(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), buffer_(text), file_(file), diags_(diags) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  std::optional<Node> read(const TopLevelEntryHook& hook) {
    if (java_trim(text_).empty()) {
      diags_.error(SourceLocation{file_, 1, 1}, "the XML changelog is empty",
                   "an XML changelog is a <databaseChangeLog> element");
      return std::nullopt;
    }
    // Comments and processing instructions are skipped; the DOCTYPE is kept to refuse its entities.
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    pugi::xml_parse_result parsed =
        document_.load_buffer_inplace(buffer_.data(), buffer_.size(), options, pugi::encoding_utf8);
    if (!parsed) {
      diags_.error(at(static_cast<std::size_t>(parsed.offset)),
                   std::string("the XML is not well-formed: ") + parsed.description(),
                   "Liquibase cannot read it either");
      return std::nullopt;
    }
    pugi::xml_node root;
    for (pugi::xml_node child : document_.children()) {
      if (child.type() == pugi::node_doctype && !refuse_entities(child)) return std::nullopt;
      if (child.type() == pugi::node_element) root = child;
    }
    if (!references_well_formed()) return std::nullopt;
    if (!root) {
      diags_.error(SourceLocation{file_, 1, 1}, "the XML changelog has no root element",
                   "an XML changelog is a <databaseChangeLog> element");
      return std::nullopt;
    }
    Scope scope;
    enter(root, scope, {});
    const std::string_view root_namespace = namespace_of(root.name(), scope);
    if (local_name(root.name()) != "databaseChangeLog") {
      diags_.error(element_at(root), "the root element is <" + std::string(root.name()) + ">, not <databaseChangeLog>",
                   "an XML changelog is a <databaseChangeLog> element");
      return std::nullopt;
    }
    if (!check_schema(root, root_namespace)) return std::nullopt;

    Node body = element(root, scope, [&](MapEntry& entry) { return hook && hook("databaseChangeLog", entry); });
    Node out;
    out.kind = Node::Kind::map;
    out.where = body.where;
    out.entries.push_back(MapEntry{"databaseChangeLog", element_at(root), std::move(body)});
    if (out.entries.back().value.is_null()) {  // <databaseChangeLog/>: an empty changelog
      out.entries.back().value.kind = Node::Kind::map;
    }
    return out;
  }

 private:
  // The namespaces in force at an element: prefix → namespace ("" the default).
  struct Scope {
    std::vector<std::pair<std::string, std::string>> bindings;
  };

  void enter(pugi::xml_node element, Scope& scope, const Scope& parent) {
    scope.bindings = parent.bindings;
    for (pugi::xml_attribute a : element.attributes()) {
      std::string_view name = a.name();
      if (name == "xmlns") scope.bindings.emplace_back("", a.value());
      if (name.starts_with("xmlns:")) scope.bindings.emplace_back(std::string(name.substr(6)), a.value());
    }
  }

  static std::string_view lookup(std::string_view prefix, const Scope& scope) {
    for (auto it = scope.bindings.rbegin(); it != scope.bindings.rend(); ++it)
      if (it->first == prefix) return it->second;
    return {};
  }

  // An element's namespace (its prefix's, or the default).
  static std::string_view namespace_of(std::string_view element_name, const Scope& scope) {
    return lookup(prefix_of(element_name), scope);
  }

  // An attribute's: a prefixed one its prefix's, an unprefixed one its element's.
  static std::string_view attribute_namespace(std::string_view name, std::string_view element_namespace,
                                              const Scope& scope) {
    std::string_view prefix = prefix_of(name);
    return prefix.empty() ? element_namespace : lookup(prefix, scope);
  }

  // Liquibase validates against the schema the root names for its namespace, found among those it
  // ships (by the path after http(s)://, in any case): any other, or none, stops it.
  bool check_schema(pugi::xml_node root, std::string_view root_namespace) {
    const std::string example = "xmlns=\"" + std::string(kChangelogNamespace) + "\" xsi:schemaLocation=\"" +
                                std::string(kChangelogNamespace) + " " + std::string(kChangelogNamespace) +
                                "/dbchangelog-latest.xsd\"";
    if (root_namespace.empty()) {
      diags_.error(element_at(root), "<databaseChangeLog> is in no namespace, so Liquibase finds no XML schema for it",
                   "Liquibase refuses it; declare " + example);
      return false;
    }
    std::string_view location;
    SourceLocation location_at = element_at(root);
    Scope scope;
    enter(root, scope, {});
    for (pugi::xml_attribute a : root.attributes()) {
      std::string_view name = a.name();
      if (local_name(name) == "schemaLocation" && lookup(prefix_of(name), scope) == kInstanceNamespace) {
        location = a.value();
        location_at = value_at(a);
      }
    }
    // xsi:schemaLocation is pairs of namespace and schema address.
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < location.size();) {
      while (i < location.size() && static_cast<unsigned char>(location[i]) <= ' ') ++i;
      std::size_t start = i;
      while (i < location.size() && static_cast<unsigned char>(location[i]) > ' ') ++i;
      if (i > start) words.push_back(location.substr(start, i - start));
    }
    std::string_view address;
    for (std::size_t i = 0; i + 1 < words.size(); i += 2)
      if (words[i] == root_namespace) address = words[i + 1];
    if (address.empty()) {
      diags_.error(location_at,
                   "the changelog does not name an XML schema for its namespace '" + std::string(root_namespace) +
                       "' in xsi:schemaLocation",
                   "Liquibase refuses it; declare " + example);
      return false;
    }
    std::string path(address);
    std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
    for (std::string_view scheme : {"http://", "https://"})
      if (path.starts_with(scheme)) {
        path.erase(0, scheme.size());
        break;
      }
    const std::string migrator = "www.liquibase.org/xml/ns/migrator/";
    if (path.starts_with(migrator)) path.replace(0, migrator.size(), kSchemaFolder);
    std::optional<std::string> declared;
    const std::string prefix = std::string(kSchemaFolder) + "dbchangelog-";
    if (path.starts_with(prefix) && path.ends_with(".xsd"))
      declared = namespace_of_schema(std::string_view(path).substr(prefix.size(), path.size() - prefix.size() - 4));
    if (!declared) {
      diags_.error(location_at, "Liquibase 4.28 does not ship the XML schema '" + std::string(address) + "'",
                   "Liquibase refuses to look it up; name dbchangelog-latest.xsd or a version up to 4.28 under " +
                       std::string(kChangelogNamespace) + "/");
      return false;
    }
    if (*declared != root_namespace) {
      diags_.error(location_at,
                   "the XML schema '" + std::string(address) + "' is for namespace '" + *declared +
                       "', not this changelog's '" + std::string(root_namespace) + "'",
                   "Liquibase refuses it; declare " + example);
      return false;
    }
    return true;
  }

  // What pugixml lets through and an XML parser refuses: a `&` that starts no character or
  // predefined entity reference, and a `<` inside an attribute value. Comments, CDATA sections,
  // processing instructions and the DTD are skipped (their own syntax was checked by pugixml).
  bool references_well_formed() {
    const std::string_view t = text_;
    auto skip_to = [&](std::size_t& i, std::string_view end) {
      std::size_t at = t.find(end, i);
      i = at == std::string_view::npos ? t.size() : at + end.size();
    };
    auto reference_ok = [&](std::size_t i) {  // t[i] == '&'
      std::size_t semi = t.find(';', i);
      if (semi == std::string_view::npos || semi - i > 12) return false;
      std::string_view name = t.substr(i + 1, semi - i - 1);
      if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        std::string_view digits = name.substr(hex ? 2 : 1);
        return !digits.empty() && digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") ==
                                      std::string_view::npos;
      }
      return name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot";
    };
    char quote = 0;  // inside an attribute value
    bool in_tag = false;
    for (std::size_t i = 0; i < t.size();) {
      const char c = t[i];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '<') {
          diags_.error(at(i), "the XML is not well-formed: '<' inside an attribute value", "write it &lt;");
          return false;
        } else if (c == '&' && !reference_ok(i)) {
          diags_.error(at(i), "the XML is not well-formed: '&' that starts no entity reference", "write it &amp;");
          return false;
        }
        ++i;
      } else if (in_tag) {
        if (c == '"' || c == '\'') quote = c;
        if (c == '>') in_tag = false;
        ++i;
      } else if (t.substr(i, 4) == "<!--") {
        skip_to(i, "-->");
      } else if (t.substr(i, 9) == "<![CDATA[") {
        skip_to(i, "]]>");
      } else if (t.substr(i, 2) == "<?") {
        skip_to(i, "?>");
      } else if (t.substr(i, 9) == "<!DOCTYPE") {
        std::size_t bracket = t.find('[', i), close = t.find('>', i);
        if (bracket != std::string_view::npos && bracket < close) {
          i = bracket;
          skip_to(i, "]");
        }
        skip_to(i, ">");
      } else if (c == '<') {
        in_tag = true;
        ++i;
      } else if (c == '&' && !reference_ok(i)) {
        const bool named = i + 1 < t.size() && (std::isalpha(static_cast<unsigned char>(t[i + 1])) != 0);
        diags_.error(at(i), named ? "the XML refers to an entity it does not declare"
                                  : "the XML is not well-formed: '&' that starts no entity reference",
                     named ? "only &lt; &gt; &amp; &apos; &quot; and character references are defined"
                           : "write it &amp;");
        return false;
      } else {
        ++i;
      }
    }
    return true;
  }

  // Liquibase's XML schema orders the children of these elements (a sequence); basalt checks the
  // order, not the versions: children of the same rank may mix.
  void check_order(const std::string& name, const std::vector<std::pair<std::string, SourceLocation>>& children) {
    auto rank = [&](std::string_view child) -> int {
      if (name == "databaseChangeLog") {
        if (child == "removeChangeSetProperty") return 0;
        if (child == "property") return 1;
        if (child == "preConditions") return 2;
        return 3;
      }
      if (child == "validCheckSum") return 0;
      if (child == "preConditions") return 1;
      if (child == "modifySql") return 3;
      return 2;  // changes, comment and rollback, in any order
    };
    const char* order = name == "databaseChangeLog"
                            ? "removeChangeSetProperty, property, preConditions, then changeSet, include and includeAll"
                            : "validCheckSum, preConditions, then the changes, comment and rollback, then modifySql";
    int highest = -1;
    std::string highest_name;
    for (const auto& [child, where] : children) {
      const int r = rank(child);
      if (r < highest) {
        diags_.error(where, "<" + child + "> cannot come after <" + highest_name + "> in <" + name + ">",
                     std::string("Liquibase's XML schema refuses it: the order is ") + order);
        return;
      }
      if (r > highest) {
        highest = r;
        highest_name = child;
      }
    }
  }

  // pugixml neither reads a DTD nor expands its entities, which Liquibase would.
  bool refuse_entities(pugi::xml_node doctype) {
    std::string_view body = doctype.value();
    if (body.find("<!ENTITY") == std::string_view::npos) return true;
    diags_.error(offset_at(body.data()), "DTD entity declarations are not supported by basalt",
                 "write the text in place of the entity (Liquibase expands them, and reads a SYSTEM entity's file)");
    return false;
  }

  using Hook = std::function<bool(MapEntry&)>;

  // One element to its node, its children converted first; `hook` sees each child entry of the root.
  Node element(pugi::xml_node el, const Scope& parent_scope, const Hook& hook = {}) {
    Scope scope;
    enter(el, scope, parent_scope);
    const std::string_view ns = namespace_of(el.name(), scope);
    const bool checked = ns == kChangelogNamespace || ns.starts_with(std::string(kChangelogNamespace) + "/");
    const std::string name(local_name(el.name()));
    Node out;
    out.kind = Node::Kind::map;
    out.where = element_at(el);
    out.schema_checked = checked;
    for (pugi::xml_attribute a : el.attributes()) {
      std::string_view attribute = a.name();
      if (attribute == "xmlns" || attribute.starts_with("xmlns:")) continue;
      std::string_view attribute_ns = attribute_namespace(attribute, ns, scope);
      if (attribute_ns == kInstanceNamespace) continue;
      Node value = scalar(a.value(), value_at(a));
      value.quoted = true;
      value.schema_checked = attribute_ns == ns && checked;
      out.entries.push_back(MapEntry{std::string(local_name(attribute)), offset_at(attribute.data()), std::move(value)});
    }
    // Liquibase gathers every piece of text of the element, then trims the whole.
    std::vector<std::pair<std::string, SourceLocation>> ordered;  // child elements of the namespace
    std::string gathered;
    const char* first_piece = nullptr;
    int pieces = 0;
    for (pugi::xml_node child : el.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        std::string_view piece = child.value();
        if (!java_trim(piece).empty()) {
          if (first_piece == nullptr) first_piece = piece.data();
          ++pieces;
        }
        gathered += piece;
      } else if (child.type() == pugi::node_element) {
        MapEntry entry{std::string(local_name(child.name())), element_at(child), element(child, scope)};
        if (entry.value.schema_checked) ordered.emplace_back(entry.key, entry.key_where);
        if (hook && hook(entry)) entry.value = Node{};
        out.entries.push_back(std::move(entry));
      }
    }
    if (checked && (name == "changeSet" || name == "databaseChangeLog")) check_order(name, ordered);
    const std::string_view content = java_trim(gathered);
    if (!content.empty()) {
      Node text = scalar(std::string(content), offset_at(first_piece + (java_trim(first_piece).data() - first_piece)));
      text.quoted = true;
      text.schema_checked = checked;
      // The text stands in the file as it is when it is one piece, no reference was expanded in it,
      // and its lines continue at the first column (a one-line text, or one starting a line).
      const std::size_t start = static_cast<std::size_t>(java_trim(first_piece).data() - buffer_.data());
      text.exact = pieces == 1 && text_.substr(start, content.size()) == content &&
                   (content.find('\n') == std::string_view::npos || text.where.column == 1);
      if (checked && !listed(kTextElements, name)) {
        if (listed(kIgnoredTextElements, name)) {
          diags_.warning(text.where, "text in <" + name + "> is ignored", "Liquibase ignores it too; remove it");
        } else {
          diags_.error(text.where, "<" + name + "> cannot hold text",
                       "Liquibase's XML schema refuses it: its content is elements only");
        }
      } else if (out.entries.empty()) {
        return text;
      } else {
        out.items.push_back(std::move(text));
      }
    }
    if (out.entries.empty() && out.items.empty()) {
      Node empty;
      empty.where = out.where;
      empty.schema_checked = checked;
      return empty;
    }
    return out;
  }

  SourceLocation at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    return SourceLocation{file_, static_cast<int>(line - line_starts_.begin()) + 1,
                          static_cast<int>(offset - *line) + 1};
  }

  // Where a pointer into the parsed copy stands in the file (pugixml points some empty values at a
  // constant of its own: those get the unknown position).
  SourceLocation offset_at(const char* p) const {
    if (p < buffer_.data() || p > buffer_.data() + buffer_.size()) return SourceLocation{file_, 0, 0};
    return at(static_cast<std::size_t>(p - buffer_.data()));
  }

  // An element is where its `<` is.
  SourceLocation element_at(pugi::xml_node el) const {
    SourceLocation where = offset_at(el.name());
    if (where.column > 1) --where.column;
    return where;
  }

  SourceLocation value_at(pugi::xml_attribute a) const {
    SourceLocation where = offset_at(a.value());
    return where.line > 0 ? where : offset_at(a.name());
  }

  std::string_view text_;
  std::string buffer_;  // parsed in place
  const std::string& file_;
  Diagnostics& diags_;
  std::vector<std::size_t> line_starts_;
  pugi::xml_document document_;
};

}  // namespace

std::optional<Node> parse_xml(std::string_view text, const std::string& file, Diagnostics& diags,
                              const TopLevelEntryHook& hook) {
  return XmlReader(text, file, diags).read(hook);
}

}  // namespace basalt::formats
