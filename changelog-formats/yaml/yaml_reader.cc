// YAML text to the neutral tree through yaml-cpp's event parser (the only user of yaml-cpp).
//
// The event interface, rather than YAML::Load, gives us the style of every scalar (plain or quoted)
// and the mark of every key, lets us bound nesting and alias expansion ourselves, and never builds
// yaml-cpp's own node graph.
#include "changelog-formats/yaml/yaml_reader.h"

#include "changelog-formats/yaml/scalars.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <map>
#include <istream>
#include <streambuf>
#include <utility>
#include <vector>

namespace basalt::formats {
namespace {

// Thrown from inside the event handler to stop yaml-cpp once the document is known to be too big.
struct TooManyValues {};

std::size_t count_values(const Node& n) {
  std::size_t count = 1;
  for (const Node& item : n.items) count += count_values(item);
  for (const MapEntry& e : n.entries) count += 1 + count_values(e.value);
  return count;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& file, Diagnostics& diags, const TopLevelEntryHook& hook)
      : text_(text), file_(file), diags_(diags), hook_(hook) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  Node take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  // yaml-cpp reports plain nulls (`~`, `null`, an empty value) here, and quoted or tagged ones as scalars.
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping_ > 0) return;
    Node n;
    n.where = at(mark);
    finish(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping_ > 0) return;
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {  // an alias of a skipped (too deep) value
      Node n;
      n.where = at(mark);
      finish(std::move(n), 0);
      return;
    }
    count(it->second.second);
    finish(Node(it->second.first), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (skipping_ > 0) return;
    Node n = scalar(value, at(mark));
    n.quoted = tag != "?";  // yaml-cpp tags plain scalars "?" and quoted or block scalars "!"
    if (n.quoted && !quote_closed(mark)) {
      // yaml-cpp takes a quote left open as running to the end of the file; SnakeYAML refuses it.
      diags_.error(n.where, "this quoted value is never closed: it runs to the end of the file",
                   "add the closing quote");
      unclosed_ = true;
    }
    locate_text(mark, tag, value, n);
    // Keys stay as written; values become the text Liquibase sees once SnakeYAML has typed them.
    bool is_key = !stack_.empty() && stack_.back().node.is_map() && !stack_.back().have_key;
    if (!is_key) {
      yaml::Resolved r = n.quoted ? yaml::resolve_tagged(tag, value) : yaml::resolve_plain(value);
      if (r.error) diags_.error(n.where, *r.error, "quote the value to keep it as text");
      if (r.type == yaml::ScalarType::null) {
        n.kind = Node::Kind::null;
        n.text.clear();
      } else {
        n.text = std::move(r.text);
        n.date = r.date;
      }
    }
    finish(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    start(Node::Kind::list, mark, anchor);
  }
  void OnSequenceEnd() override { end(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    start(Node::Kind::map, mark, anchor);
    if (skipping_ == 0) stack_.back().flow = style == YAML::EmitterStyle::Flow;
  }
  void OnMapEnd() override { end(); }

 private:
  struct Frame {
    Node node;
    YAML::anchor_t anchor = 0;
    bool have_key = false;  // map: the key of the next value has been seen
    bool bad_key = false;   // map: that key was not text, drop its value
    bool flow = false;      // map written as {...}
    bool key_plain = false;
    std::string key;
    SourceLocation key_where;
  };

  SourceLocation at(const YAML::Mark& m) const {
    if (m.is_null()) return {file_, 0, 0};
    return {file_, m.line + 1, m.column + 1};
  }

  void count(std::size_t n) {
    values_ += n;
    if (values_ > kMaxValues) throw TooManyValues{};
  }

  void start(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (skipping_ > 0 || stack_.size() >= static_cast<std::size_t>(kMaxNesting)) {
      if (skipping_ == 0) {
        skip_where_ = at(mark);
        diags_.error(skip_where_, "values nest deeper than " + std::to_string(kMaxNesting) + " levels",
                     "a changelog never needs this much nesting; check the indentation and brackets");
      }
      ++skipping_;
      return;
    }
    Frame f;
    f.node.kind = kind;
    f.node.where = at(mark);
    f.anchor = anchor;
    stack_.push_back(std::move(f));
  }

  void end() {
    if (skipping_ > 0) {
      if (--skipping_ == 0) {
        Node n;
        n.where = skip_where_;
        finish(std::move(n), 0);
      }
      return;
    }
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.node.is_map()) drop_duplicate_keys(f.node);
    // Vectors grow by doubling; a whole changelog's tree kept at that slack costs a third more.
    f.node.entries.shrink_to_fit();
    f.node.items.shrink_to_fit();
    finish(std::move(f.node), f.anchor);
  }

  // SnakeYAML keeps the last of two equal keys without a word; a repeated key is nearly always a
  // mistake, so it is reported and the first one kept.
  void drop_duplicate_keys(Node& map) {
    if (map.entries.size() < 2) return;
    std::vector<std::size_t> order(map.entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return map.entries[a].key < map.entries[b].key; });
    std::vector<bool> drop(map.entries.size(), false);
    std::size_t first = order[0];  // stable sort: the earliest of equal keys leads its group
    for (std::size_t i = 1; i < order.size(); ++i) {
      const MapEntry& again = map.entries[order[i]];
      if (again.key != map.entries[first].key) {
        first = order[i];
        continue;
      }
      diags_.error(again.key_where,
                   "key '" + again.key + "' appears twice in the same map (first at line " +
                       std::to_string(map.entries[first].key_where.line) + ")",
                   "remove one of them");
      drop[order[i]] = true;
    }
    std::vector<MapEntry> kept;
    kept.reserve(map.entries.size());
    for (std::size_t i = 0; i < map.entries.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(map.entries[i]));
    map.entries = std::move(kept);
  }

  void finish(Node n, YAML::anchor_t anchor) {
    count(1);
    if (anchor != 0) anchors_[anchor] = {n, count_values(n)};
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.is_list()) {
      top.node.items.push_back(std::move(n));
      return;
    }
    if (!top.have_key) {
      top.have_key = true;
      top.bad_key = !n.is_scalar();
      if (top.bad_key) {
        diags_.error(n.where, "a map key must be text, not " + std::string(describe(n)));
        return;
      }
      top.key = std::move(n.text);
      top.key_where = std::move(n.where);
      top.key_plain = !n.quoted;
      return;
    }
    top.have_key = false;
    if (top.bad_key) return;
    if (top.flow && top.key_plain && n.is_null() && !colon_follows(top.key, top.key_where)) {
      // SnakeYAML refuses `{type: decimal(5,2)}`; yaml-cpp reads a key "2)" without a value.
      diags_.error(top.key_where,
                   "'" + top.key + "' has no value: in a {...} map a comma ends the value before it",
                   "quote a value that holds commas: 'decimal(5,2)'");
      return;
    }
    // An empty value has no place of its own (yaml-cpp marks the next token): point at its key.
    if (n.is_null()) n.where = top.key_where;
    top.node.entries.push_back({std::move(top.key), std::move(top.key_where), std::move(n)});
    // An entry of an item of the top-level list: root map, its list, the item map.
    if (hook_ && stack_.size() == 3 && stack_[0].node.is_map() && stack_[1].node.is_list()) {
      MapEntry& e = top.node.entries.back();
      if (hook_(stack_[0].key, e)) {
        e.value = Node{};
        e.value.where = e.key_where;
      }
    }
  }

  // Where a scalar's text stands in the file, when it stands there as it is (Node::exact): a server
  // error position inside a sql change then becomes a line and column of the changelog.
  void locate_text(const YAML::Mark& mark, const std::string& tag, const std::string& value, Node& n) const {
    if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return;
    const std::size_t pos = static_cast<std::size_t>(mark.pos);
    const char first = text_[pos];
    if (tag == "?") {  // plain: exact when written on one line, as it reads
      n.exact = text_.compare(pos, value.size(), value) == 0;
    } else if (first == '"' || first == '\'') {  // quoted: exact when nothing in it is escaped
      n.exact = value.find('\n') == std::string::npos && text_.compare(pos + 1, value.size(), value) == 0 &&
                pos + 1 + value.size() < text_.size() && text_[pos + 1 + value.size()] == first;
      if (n.exact) ++n.where.column;
    } else if (first == '|') {  // literal block: its lines are the file's, less their indentation
      std::size_t line = text_.find('\n', pos);
      while (line != std::string_view::npos && line + 1 < text_.size()) {
        std::size_t begin = line + 1, i = begin;
        while (i < text_.size() && text_[i] == ' ') ++i;
        if (i < text_.size() && text_[i] != '\n' && text_[i] != '\r') {
          // The text starts on the line after the indicator (leading blank lines are part of it);
          // the first line with content gives the indentation yaml-cpp took off every line.
          n.where.line += 1;
          n.where.column = static_cast<int>(i - begin) + 1;
          n.exact = true;
          return;
        }
        line = text_.find('\n', begin);
      }
    }
  }

  // Whether the quoted scalar starting at `mark` has its closing quote ('' and \" do not close).
  bool quote_closed(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return true;
    std::size_t pos = static_cast<std::size_t>(mark.pos);
    const char quote = text_[pos];
    if (quote != '"' && quote != '\'') return true;  // a block scalar (| or >) or a tagged one
    for (std::size_t i = pos + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return true;
      }
    }
    return false;
  }

 public:
  bool unclosed() const { return unclosed_; }

 private:
  // Whether the source has a ':' after the plain key written at `where` (`{a: }`, not `{a}`).
  bool colon_follows(const std::string& key, const SourceLocation& where) const {
    if (where.line < 1 || static_cast<std::size_t>(where.line) > line_starts_.size() || where.column < 1)
      return true;
    std::size_t pos =
        line_starts_[static_cast<std::size_t>(where.line - 1)] + static_cast<std::size_t>(where.column - 1);
    if (pos > text_.size() || text_.compare(pos, key.size(), key) != 0)
      return true;  // cannot tell: assume it is fine
    pos += key.size();
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos < text_.size() && text_[pos] == ':';
  }

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  FileName file_;  // interned once, not at every location
  Diagnostics& diags_;
  const TopLevelEntryHook& hook_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::pair<Node, std::size_t>> anchors_;
  Node root_;
  int skipping_ = 0;
  bool unclosed_ = false;
  SourceLocation skip_where_;
  std::size_t values_ = 0;
};

// Sees a second document only to report it.
class DocumentProbe final : public YAML::EventHandler {
 public:
  YAML::Mark start;
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
  }
  void OnMapEnd() override {}
};

SourceLocation location(const YAML::Mark& m, const std::string& file) {
  if (m.is_null()) return {file, 0, 0};
  return {file, m.line + 1, m.column + 1};
}

// An input stream over text already in memory (std::istringstream would copy it).
class ViewBuffer final : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // NOLINT: the get area is only read
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

std::optional<Node> parse_yaml(std::string_view text, const std::string& file, Diagnostics& diags,
                               const TopLevelEntryHook& hook) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  Diagnostics found;
  try {
    YAML::Parser parser(in);
    TreeBuilder builder(text, file, found, hook);
    parser.HandleNextDocument(builder);
    if (builder.unclosed()) {  // the rest of the file is inside that value: nothing else is reliable
      for (const Diagnostic& d : found.items())
        if (d.message.starts_with("this quoted value is never closed")) diags.add(d);
      return std::nullopt;
    }
    Node root = builder.take_root();
    DocumentProbe probe;
    if (parser.HandleNextDocument(probe)) {
      found.error(location(probe.start, file),
                  "a changelog holds one YAML document; a second one starts here",
                  "remove the '---' line or move the rest to a file of its own");
    }
    diags.append(found);
    return root;
  } catch (const YAML::Exception& e) {
    // What the builder found in a document yaml-cpp then gave up on is noise (an unclosed `[1` has
    // already produced a half map): only the parse error is reported.
    diags.error(location(e.mark, file), "invalid YAML: " + e.msg);
  } catch (const TooManyValues&) {
    diags.append(found);
    diags.error(
        {file, 0, 0}, "more than " + std::to_string(kMaxValues) + " values in one file",
        "aliases (*name) that repeat large values multiply them; write the values out or split the file");
  }
  return std::nullopt;
}

}  // namespace basalt::formats
