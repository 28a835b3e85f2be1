// Formatted SQL, line by line: each line is a directive Liquibase 4.28 recognizes (in the order it
// tries them, with its case-insensitive patterns) or a line of the current change-set's SQL.
#include "changelog-formats/sql/formatted_sql.h"

#include <algorithm>
#include <vector>

#include "engine/core/text.h"

namespace basalt::formats {
namespace {

// Java's \s and \w (ASCII).
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\x0B' || c == '\f' || c == '\r'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool iequals_at(std::string_view s, std::size_t i, std::string_view word) {
  return i <= s.size() && s.size() - i >= word.size() && text::iequals(s.substr(i, word.size()), word);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

std::string_view trimmed(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// How a directive may begin: `\s*--\s*word` (indented), `--\s*word` (at the start of the line), or
// with one dash only, which Liquibase reports as a mistyped directive.
enum class Lead { indented_two, two, indented_one, one, indented_dashes };

// The position after `word` when `line` begins as `lead` says, else npos.
std::size_t after_lead(std::string_view line, Lead lead, std::string_view word) {
  std::size_t i = 0;
  if (lead == Lead::indented_two || lead == Lead::indented_one || lead == Lead::indented_dashes) i = skip_spaces(line, i);
  std::size_t dashes = 0;
  while (i + dashes < line.size() && line[i + dashes] == '-') ++dashes;
  const bool ok = lead == Lead::indented_dashes ? dashes >= 1
                  : (lead == Lead::one || lead == Lead::indented_one) ? dashes >= 1
                                                                      : dashes >= 2;
  if (!ok) return std::string_view::npos;
  // Exactly the dashes the pattern names: a third dash of `---changeset` is not whitespace.
  const std::size_t wanted = lead == Lead::indented_dashes ? dashes : (lead == Lead::one || lead == Lead::indented_one) ? 1 : 2;
  i += wanted;
  i = skip_spaces(line, i);
  if (!iequals_at(line, i, word)) return std::string_view::npos;
  return i + word.size();
}

// `name:` followed by a value of the given shape, the last occurrence on the line that has one (the
// greedy `.*name:(...).*` Liquibase matches with).
// word_with_properties: a word that may hold ${name} references, which Liquibase expands before it
// reads the word (basalt expands them once every file is read).
enum class Value { word, word_or_empty, word_with_properties, non_space, quoted_or_non_space, dbms };

// The end of a word starting at `p`, counting ${...} references as part of it.
std::size_t word_end(std::string_view line, std::size_t p, bool properties) {
  std::size_t e = p;
  while (e < line.size()) {
    if (is_word(line[e])) {
      ++e;
    } else if (properties && line.substr(e, 2) == "${" && line.find('}', e + 2) != std::string_view::npos) {
      e = line.find('}', e + 2) + 1;
    } else {
      break;
    }
  }
  return e;
}

struct Found {
  std::string text;
  std::size_t column;  // 0-based offset of the value
};

std::optional<Found> attribute(std::string_view line, std::string_view name, Value shape) {
  const std::string key = std::string(name) + ":";
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i + key.size() <= line.size(); ++i)
    if (iequals_at(line, i, key)) at.push_back(i + key.size());
  for (auto it = at.rbegin(); it != at.rend(); ++it) {
    const std::size_t p = *it;
    std::size_t e = p;
    switch (shape) {
      case Value::word:
      case Value::word_or_empty:
      case Value::word_with_properties:
        e = word_end(line, p, shape == Value::word_with_properties);
        if (shape != Value::word_or_empty && e == p) continue;
        break;
      case Value::non_space:
        while (e < line.size() && !is_space(line[e])) ++e;
        break;
      case Value::quoted_or_non_space:
        if (p < line.size() && line[p] == '"') {
          std::size_t close = line.find('"', p + 1);
          if (close != std::string_view::npos) {
            e = close + 1;
            break;
          }
        }
        while (e < line.size() && !is_space(line[e])) ++e;
        break;
      case Value::dbms: {
        if (p >= line.size() || line[p] == ',') continue;
        e = p + 1;
        while (e < line.size() && (is_word(line[e]) || line[e] == '!' || line[e] == ',')) ++e;
        if (e == p + 1) continue;
        break;
      }
    }
    return Found{std::string(line.substr(p, e - p)), p};
  }
  return std::nullopt;
}

std::string without_enclosing_quotes(std::string s) {
  if (s.size() > 1 && (s.front() == '"' || s.front() == '\'') && s.front() == s.back()) return s.substr(1, s.size() - 2);
  return s;
}

// A change-set's or property's contexts: contextFilter wins over context when it is not empty;
// enclosing quotes go. Nothing when empty.
std::optional<Found> contexts_of(std::string_view line) {
  std::optional<Found> filter = attribute(line, "contextFilter", Value::quoted_or_non_space);
  std::optional<Found> f = filter && !filter->text.empty() ? filter : attribute(line, "context", Value::quoted_or_non_space);
  if (f) f->text = without_enclosing_quotes(f->text);
  return f && !f->text.empty() ? f : std::nullopt;
}

std::optional<Found> labels_of(std::string_view line) {
  std::optional<Found> f = attribute(line, "labels", Value::quoted_or_non_space);
  if (f) f->text = without_enclosing_quotes(f->text);
  return f && !f->text.empty() ? f : std::nullopt;
}

struct Line {
  std::string_view text;
  int number;
};

std::vector<Line> lines_of(std::string_view text) {
  // As Java's readLine: \n, \r\n and \r end a line.
  std::vector<Line> out;
  std::size_t start = 0;
  int number = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      out.push_back({text.substr(start, i - start), number++});
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) out.push_back({text.substr(start), number});
  return out;
}

Node map_node(SourceLocation where) {
  Node n;
  n.kind = Node::Kind::map;
  n.where = std::move(where);
  return n;
}

Node list_node(SourceLocation where) {
  Node n;
  n.kind = Node::Kind::list;
  n.where = std::move(where);
  return n;
}

void add(Node& map, std::string key, SourceLocation where, Node value) {
  map.entries.push_back({std::move(key), std::move(where), std::move(value)});
}

// One change-set as it is being read.
struct Pending {
  SourceLocation where;  // of `--changeset`
  Node attributes;       // the change-set's map, without changes and rollback yet
  Node change;           // the sql change's map, without its text yet
  std::string sql;
  std::vector<int> sql_lines;  // file line of each line of `sql`
  std::string rollback;
  SourceLocation rollback_where;
  bool rollback_split_given = false;
  std::string rollback_split;
  std::optional<Found> rollback_end_delimiter;
  bool end_delimiter_given = false;
  Node preconditions;
  bool has_preconditions = false;
  Node checksums;
};

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, Diagnostics& diags, const TopLevelEntryHook& hook)
      : lines_(lines_of(text)), file_(file), diags_(diags), hook_(hook) {}

  std::optional<Node> read() {
    std::size_t first = 0;
    while (first < lines_.size() && trimmed(lines_[first].text).empty()) ++first;
    if (first == lines_.size()) {
      diags_.error(at(1, 0), "this SQL file is empty", "Liquibase refuses an empty changelog file too");
      return std::nullopt;
    }
    if (!is_first_line(lines_[first].text)) return raw(first);
    for (std::size_t i = 0; i < lines_.size(); ++i) i = line(i);
    finish(true);
    Node root = map_node(at(1, 0));
    add(root, "databaseChangeLog", at(1, 0), std::move(body_));
    return root;
  }

 private:
  SourceLocation at(int line, std::size_t offset) const { return SourceLocation{file_, line, static_cast<int>(offset) + 1}; }

  // A .sql file without the `--liquibase formatted sql` line is one change-set of its whole text,
  // as Liquibase reads it: id "raw", author "includeAll", not split, comments kept.
  std::optional<Node> raw(std::size_t first) {
    const SourceLocation where = at(lines_[first].number, skip_spaces(lines_[first].text, 0));
    Node cs = map_node(where);
    add(cs, "id", where, scalar("raw", where));
    add(cs, "author", where, scalar("includeAll", where));
    Node change = map_node(where);
    std::string text;
    for (const Line& l : lines_) text += std::string(l.text) + "\n";
    Node sql = scalar(std::string(trimmed(text)), where);
    sql.exact = skip_spaces(lines_[first].text, 0) == 0;
    add(change, "sql", where, std::move(sql));
    add(change, "splitStatements", where, scalar("false", where));
    add(change, "stripComments", where, scalar("false", where));
    Node item = map_node(where);
    add(item, "sql", where, std::move(change));
    Node changes = list_node(where);
    changes.items.push_back(std::move(item));
    add(cs, "changes", where, std::move(changes));
    Node entry = map_node(where);
    add(entry, "changeSet", where, std::move(cs));
    body_.items.push_back(std::move(entry));
    Node root = map_node(at(1, 0));
    add(root, "databaseChangeLog", at(1, 0), std::move(body_));
    return root;
  }

  // `\s*OPENER\s*liquibase\s*WORD`: the position after WORD, else npos.
  static std::size_t after_liquibase(std::string_view l, std::string_view opener, std::string_view word) {
    std::size_t i = skip_spaces(l, 0);
    if (l.substr(i, opener.size()) != opener) return std::string_view::npos;
    i = skip_spaces(l, i + opener.size());
    if (!iequals_at(l, i, "liquibase")) return std::string_view::npos;
    i = skip_spaces(l, i + 9);
    return iequals_at(l, i, word) ? i + word.size() : std::string_view::npos;
  }

  static bool is_first_line(std::string_view l) {  // \s*--\s*liquibase\s*formatted.*
    return after_liquibase(l, "--", "formatted") != std::string_view::npos;
  }

  void malformed(const Line& l, std::string message, std::string hint) {
    diags_.error(at(l.number, skip_spaces(l.text, 0)), std::move(message), std::move(hint));
  }

  // Reads line `i` (and any it swallows); returns the index of the last line used.
  std::size_t line(std::size_t i) {
    const Line& l = lines_[i];
    const std::string_view s = l.text;
    if (std::size_t p = after_lead(s, Lead::indented_two, "property"); p != std::string_view::npos && is_property(s, p)) {
      property(l);
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::indented_dashes, "property");
        p != std::string_view::npos && p < s.size() && is_space(s[p])) {
      malformed(l, "a property is written '--property name:NAME value:VALUE'", "");
      return i;
    }
    if (is_first_line(s)) {
      if (auto path = attribute(s, "logicalFilePath", Value::non_space); path && !path->text.empty()) {
        Node entry = map_node(at(l.number, 0));
        add(entry, "logicalFilePath", at(l.number, path->column - 16), scalar(path->text, at(l.number, path->column)));
        body_.items.push_back(std::move(entry));
      }
    }
    if (std::size_t p = after_lead(s, Lead::two, "ignoreLines:"); p != std::string_view::npos && ignore_lines_end(s, p)) {
      return ignore_lines(i, std::string(s.substr(p)));
    }
    if (one_dash(s, "ignoreLines:") || is_bare_ignore(s)) {
      malformed(l, "lines are skipped with '--ignoreLines:start' ... '--ignoreLines:end', or '--ignoreLines:N'", "");
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::indented_two, "changeset"); p != std::string_view::npos) {
      header(l, p);
      return i;
    }
    if (one_dash(s, "changeset", true)) {
      malformed(l, "a change-set starts with '--changeset author:id'", "");
      return i;
    }
    if (current_) return in_change_set(i);
    if (after_lead(s, Lead::two, "comment") != std::string_view::npos && is_comment(s)) {
      malformed(l, "a '--comment' line must be inside a change-set", "Liquibase refuses it there too");
    }
    return i;  // before the first change-set: ignored, as Liquibase ignores it
  }

  // `--property` needs two `x:y` parts: `\s+(.*:.*)\s+(.*:.*)`.
  static bool is_property(std::string_view s, std::size_t p) {
    if (p >= s.size() || !is_space(s[p])) return false;
    std::string_view rest = s.substr(p);
    std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos) return false;
    for (std::size_t j = colon + 1; j < rest.size(); ++j)
      if (is_space(rest[j]) && rest.find(':', j + 1) != std::string_view::npos) return true;
    return false;
  }

  // `-word` with one dash (at the start of the line, or `\s*-` when `indented`), a mistyped directive.
  static bool one_dash(std::string_view s, std::string_view word, bool need_space = false) {
    std::size_t p = after_lead(s, Lead::one, word);
    if (p == std::string_view::npos || s.substr(0, 2) == "--") return false;
    return !need_space || (p < s.size() && is_space(s[p]));
  }

  static bool is_bare_ignore(std::string_view s) {
    std::size_t p = after_lead(s, Lead::two, "ignore:");
    if (p == std::string_view::npos || p == s.size()) return false;
    for (std::size_t j = p; j < s.size(); ++j)
      if (!is_word(s[j])) return false;
    return true;
  }

  static bool ignore_lines_end(std::string_view s, std::size_t p) {
    if (p == s.size()) return false;
    for (std::size_t j = p; j < s.size(); ++j)
      if (!is_word(s[j])) return false;
    return true;
  }

  std::size_t ignore_lines(std::size_t i, const std::string& what) {
    const Line& l = lines_[i];
    if (what == "start") {
      for (std::size_t j = i + 1; j < lines_.size(); ++j) {
        std::string_view s = lines_[j].text;
        std::size_t p = after_lead(s, Lead::two, "ignoreLines:");
        if (p != std::string_view::npos && ignore_lines_end(s, p)) {
          if (s.substr(p) == "end") return j;
        } else if (one_dash(s, "ignoreLines:")) {
          malformed(lines_[j], "lines are skipped with '--ignoreLines:start' ... '--ignoreLines:end', or '--ignoreLines:N'",
                    "");
        }
      }
      return lines_.size();
    }
    if (what.find_first_not_of("0123456789") != std::string::npos || what.size() > 18) {
      malformed(l, "'--ignoreLines:" + what + "' is neither start, end nor a number of lines", "");
      return i;
    }
    return std::min<std::size_t>(lines_.size(), i + static_cast<std::size_t>(std::stoull(what)));
  }

  static bool is_comment(std::string_view s) {
    // --\s*comment:? (.*)
    std::size_t p = after_lead(s, Lead::two, "comment");
    if (p == std::string_view::npos || s.substr(0, 2) != "--") return false;
    if (p < s.size() && s[p] == ':') ++p;
    return p < s.size() && s[p] == ' ';
  }

  // ---- change-set headers ---------------------------------------------------------------------------

  void header(const Line& l, std::size_t p) {
    const std::string_view s = l.text;
    // \s+ ("[^"]+" | [^:]+) : \s* ("[^"]+" | \S+)
    std::size_t a = skip_spaces(s, p);
    if (a == p) return bad_header(l);
    std::size_t author_end = std::string_view::npos;
    if (a < s.size() && s[a] == '"') {
      std::size_t close = s.find('"', a + 1);
      if (close != std::string_view::npos && close > a + 1 && close + 1 < s.size() && s[close + 1] == ':')
        author_end = close + 1;
    }
    if (author_end == std::string_view::npos) {
      author_end = s.find(':', a);
      if (author_end == std::string_view::npos || author_end == a) return bad_header(l);
    }
    std::size_t id_start = author_end + 1;
    if (id_start < s.size() && is_space(s[id_start])) return bad_header(l);  // `author: id`
    std::size_t id_end = id_start;
    if (id_start < s.size() && s[id_start] == '"') {
      std::size_t close = s.find('"', id_start + 1);
      if (close != std::string_view::npos && close > id_start + 1) id_end = close + 1;
    }
    if (id_end == id_start)
      while (id_end < s.size() && !is_space(s[id_end])) ++id_end;
    if (id_end == id_start) return bad_header(l);

    finish(false);
    current_.emplace();
    Pending& cs = *current_;
    cs.where = at(l.number, skip_spaces(s, 0));
    cs.attributes = map_node(cs.where);
    const std::string author = without_enclosing_quotes(std::string(s.substr(a, author_end - a)));
    const std::string id = without_enclosing_quotes(std::string(s.substr(id_start, id_end - id_start)));
    add(cs.attributes, "id", at(l.number, id_start), scalar(id, at(l.number, id_start)));
    add(cs.attributes, "author", at(l.number, a), scalar(author, at(l.number, a)));

    auto put = [&](std::string_view name, Value shape, std::string key, bool strip_quotes = false) {
      std::optional<Found> f = attribute(s, name, shape);
      if (!f) return f;
      std::string text = strip_quotes ? without_enclosing_quotes(f->text) : f->text;
      add(cs.attributes, std::move(key), at(l.number, f->column - name.size() - 1), scalar(text, at(l.number, f->column)));
      return f;
    };
    put("runOnChange", Value::word, "runOnChange");
    put("runAlways", Value::word, "runAlways");
    put("runInTransaction", Value::word, "runInTransaction");
    put("failOnError", Value::word, "failOnError");
    if (std::optional<Found> context = contexts_of(s))
      add(cs.attributes, "context", at(l.number, context->column), scalar(context->text, at(l.number, context->column)));
    if (std::optional<Found> labels = labels_of(s))
      add(cs.attributes, "labels", at(l.number, labels->column), scalar(labels->text, at(l.number, labels->column)));
    if (std::optional<Found> path = attribute(s, "logicalFilePath", Value::non_space); path && !path->text.empty())
      add(cs.attributes, "logicalFilePath", at(l.number, path->column), scalar(path->text, at(l.number, path->column)));
    put("dbms", Value::dbms, "dbms");
    if (std::optional<Found> ignore = attribute(s, "ignore", Value::word_or_empty))
      add(cs.attributes, "ignore", at(l.number, ignore->column),
          scalar(text::iequals(ignore->text, "true") ? "true" : "false", at(l.number, ignore->column)));
    put("runWith", Value::non_space, "runWith");
    put("lockTimeout", Value::non_space, "lockTimeout");
    put("statementTimeout", Value::non_space, "statementTimeout");

    cs.change = map_node(cs.where);
    if (std::optional<Found> split = attribute(s, "splitStatements", Value::word))
      add(cs.change, "splitStatements", at(l.number, split->column), scalar(split->text, at(l.number, split->column)));
    // Liquibase strips comments from formatted SQL unless told not to.
    std::optional<Found> strip = attribute(s, "stripComments", Value::word);
    add(cs.change, "stripComments", strip ? at(l.number, strip->column) : cs.where,
        scalar(strip ? strip->text : "true", strip ? at(l.number, strip->column) : cs.where));
    if (std::optional<Found> delimiter = attribute(s, "endDelimiter", Value::non_space)) {
      cs.end_delimiter_given = true;
      add(cs.change, "endDelimiter", at(l.number, delimiter->column), scalar(delimiter->text, at(l.number, delimiter->column)));
    }
    if (std::optional<Found> split = attribute(s, "rollbackSplitStatements", Value::word)) {
      cs.rollback_split_given = true;
      cs.rollback_split = split->text;
    }
    cs.rollback_end_delimiter = attribute(s, "rollbackEndDelimiter", Value::non_space);
  }

  void bad_header(const Line& l) {
    malformed(l, "a change-set starts with '--changeset author:id' (no space after the colon)",
              "quote an author or id holding spaces or colons: --changeset \"J. Doe\":\"1:a\"");
  }

  // ---- lines of a change-set ----------------------------------------------------------------------

  std::size_t in_change_set(std::size_t i) {
    const Line& l = lines_[i];
    const std::string_view s = l.text;
    Pending& cs = *current_;
    if (is_comment(s)) {
      std::size_t p = after_lead(s, Lead::two, "comment");
      if (s[p] == ':') ++p;
      cs.attributes.entries.erase(std::remove_if(cs.attributes.entries.begin(), cs.attributes.entries.end(),
                                                 [](const MapEntry& e) { return e.key == "comment"; }),
                                  cs.attributes.entries.end());
      Node comment = scalar(std::string(s.substr(p + 1)), at(l.number, p + 1));
      comment.verbatim = true;  // Liquibase expands no ${property} in a --comment
      add(cs.attributes, "comment", at(l.number, 0), std::move(comment));
      return i;
    }
    if ((one_dash(s, "comment") && one_dash_comment(s)) || is_plural_comment(s)) {
      malformed(l, "a change-set's comment is written '--comment: TEXT'", "");
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::two, "validCheckSum"); p != std::string_view::npos && s.substr(0, 2) == "--") {
      if (p < s.size() && s[p] == ':') ++p;
      if (p < s.size() && s[p] == ' ') {
        if (cs.checksums.kind != Node::Kind::list) cs.checksums = list_node(at(l.number, 0));
        cs.checksums.items.push_back(scalar(std::string(s.substr(p + 1)), at(l.number, p + 1)));
        return i;
      }
    }
    if (one_dash(s, "validCheckSum")) {
      malformed(l, "a valid checksum is written '--validCheckSum: CHECKSUM'", "");
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::indented_two, "rollback"); p != std::string_view::npos && p < s.size() && s[p] == ' ') {
      if (cs.rollback.empty() && cs.rollback_where.line == 0) cs.rollback_where = at(l.number, skip_spaces(s, 0));
      cs.rollback += std::string(s.substr(p + 1)) + "\n";
      return i;
    }
    if (after_lead(s, Lead::indented_one, "rollback") != std::string_view::npos && s.find("--") != skip_spaces(s, 0)) {
      std::size_t p = after_lead(s, Lead::indented_one, "rollback");
      if (p < s.size() && is_space(s[p])) {
        malformed(l, "a rollback line is written '--rollback SQL'", "");
        return i;
      }
    }
    if (is_rollback_block_start(s)) return rollback_block(i);
    if (std::size_t p = after_lead(s, Lead::indented_two, "preconditions"); p != std::string_view::npos) {
      preconditions(l, s.substr(p));
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::indented_one, "preconditions");
        p != std::string_view::npos && s.find("--") != skip_spaces(s, 0) && p < s.size() && is_space(s[p])) {
      malformed(l, "preconditions are written '--preconditions onFail:... onError:...'", "");
      return i;
    }
    if (std::size_t p = after_lead(s, Lead::indented_two, "precondition-"); p != std::string_view::npos) {
      std::size_t name_end = p;  // [a-zA-Z0-9-]+
      while (name_end < s.size() && ((is_word(s[name_end]) && s[name_end] != '_') || s[name_end] == '-')) ++name_end;
      const std::string name(s.substr(p, name_end - p));
      if (!name.empty() && name_end < s.size() && s[name_end] == ' ') {
        precondition(l, name, trimmed(s.substr(name_end + 1)));
        return i;
      }
      if (!name.empty() && name_end == s.size()) {
        malformed(l, "precondition '" + name + "' needs its attributes on the same line",
                  "as in '--precondition-sql-check expectedResult:0 SELECT count(*) FROM t'");
        return i;
      }
    }
    if (std::size_t p = after_lead(s, Lead::indented_one, "precondition");
        p != std::string_view::npos && s.find("--") != skip_spaces(s, 0)) {
      malformed(l, "a precondition is written '--precondition-sql-check ...' (two dashes)", "");
      return i;
    }
    cs.sql += std::string(s) + "\n";
    cs.sql_lines.push_back(l.number);
    return i;
  }

  static bool one_dash_comment(std::string_view s) {
    std::size_t p = after_lead(s, Lead::one, "comment");
    if (p < s.size() && s[p] == ':') ++p;
    return p < s.size() && s[p] == ' ';
  }

  static bool is_plural_comment(std::string_view s) {
    std::size_t p = after_lead(s, Lead::two, "comments");
    if (p == std::string_view::npos || s.substr(0, 2) != "--") return false;
    if (p < s.size() && s[p] == ':') ++p;
    return p < s.size() && s[p] == ' ';
  }

  static bool is_rollback_block_start(std::string_view s) {  // \s*/\*\s*liquibase\s*rollback\s*$
    std::size_t i = after_liquibase(s, "/*", "rollback");
    return i != std::string_view::npos && skip_spaces(s, i) == s.size();
  }

  // The lines up to one ending in `*/`, joined without line breaks (as Liquibase joins them).
  std::size_t rollback_block(std::size_t i) {
    Pending& cs = *current_;
    if (cs.rollback_where.line == 0) cs.rollback_where = at(lines_[i].number, skip_spaces(lines_[i].text, 0));
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      std::string_view s = lines_[j].text;
      std::string_view end = trimmed(s);
      if (end.size() >= 2 && end.substr(end.size() - 2) == "*/") {
        std::string_view before = s.substr(0, s.rfind("*/"));
        if (!trimmed(before).empty()) cs.rollback += std::string(before);
        return j;
      }
      cs.rollback += std::string(s);
    }
    malformed(lines_[i], "this rollback block is never closed with '*/'", "");
    return lines_.size();
  }

  void preconditions(const Line& l, std::string_view body) {
    Pending& cs = *current_;
    // A second --preconditions line starts the block afresh, as in Liquibase.
    cs.preconditions = list_node(at(l.number, skip_spaces(l.text, 0)));
    cs.has_preconditions = true;
    std::optional<Found> on_sql_output = attribute(body, "onSqlOutput", Value::word);
    std::optional<Found> on_update_sql = attribute(body, "onUpdateSQL", Value::word);
    if (on_sql_output && on_update_sql) {
      malformed(l, "preconditions give both onSqlOutput and onUpdateSQL", "keep one (they mean the same)");
      return;
    }
    const std::size_t offset = static_cast<std::size_t>(body.data() - l.text.data());
    auto put = [&](const std::optional<Found>& f, const char* key) {
      if (!f) return;
      Node item = map_node(at(l.number, offset + f->column));
      add(item, key, at(l.number, offset + f->column), scalar(f->text, at(l.number, offset + f->column)));
      cs.preconditions.items.push_back(std::move(item));
    };
    put(attribute(body, "onFail", Value::word), "onFail");
    put(attribute(body, "onError", Value::word), "onError");
    put(on_sql_output ? on_sql_output : on_update_sql, "onSqlOutput");
  }

  void precondition(const Line& l, const std::string& name, std::string_view body) {
    Pending& cs = *current_;
    if (!cs.has_preconditions) {
      cs.preconditions = list_node(at(l.number, skip_spaces(l.text, 0)));
      cs.has_preconditions = true;
    }
    const SourceLocation where = at(l.number, skip_spaces(l.text, 0));
    const std::size_t offset = static_cast<std::size_t>(body.data() - l.text.data());
    Node check = map_node(where);
    if (name == "sql-check") {
      // expectedResult:WORD SQL, or 'text' / "text" for a result with spaces; `expectedResult:` may
      // be left out.
      std::string_view rest = body;
      std::size_t skip = iequals_at(rest, 0, "expectedResult:") ? 15 : 0;
      std::string_view v = rest.substr(skip);
      std::string expected;
      std::size_t sql_at = std::string_view::npos;
      if (!v.empty() && (v[0] == '\'' || v[0] == '"')) {
        std::size_t close = v.find(v[0], 1);
        if (close != std::string_view::npos && close > 1 && close + 1 < v.size() && v[close + 1] == ' ') {
          expected = std::string(v.substr(1, close - 1));
          sql_at = close + 2;
        }
      }
      if (sql_at == std::string_view::npos) {
        std::size_t e = word_end(v, 0, true);
        if (e > 0 && e < v.size() && v[e] == ' ') {
          expected = std::string(v.substr(0, e));
          sql_at = e + 1;
        }
      }
      if (sql_at == std::string_view::npos) {
        malformed(l, "a sql-check precondition is written '--precondition-sql-check expectedResult:VALUE SQL'", "");
        return;
      }
      add(check, "expectedResult", at(l.number, offset + skip), scalar(expected, at(l.number, offset + skip)));
      add(check, "sql", at(l.number, offset + skip + sql_at),
          scalar(std::string(v.substr(sql_at)), at(l.number, offset + skip + sql_at)));
      Node item = map_node(where);
      add(item, "sqlCheck", where, std::move(check));
      cs.preconditions.items.push_back(std::move(item));
      return;
    }
    if (name == "table-exists" || name == "view-exists") {
      const bool table = name == "table-exists";
      std::optional<Found> object = attribute(body, table ? "table" : "view", Value::word_with_properties);
      if (!object) {
        malformed(l, std::string("a ") + name + " precondition names its " + (table ? "table" : "view") + ": '--precondition-" +
                         name + " " + (table ? "table" : "view") + ":NAME schema:NAME'",
                  "");
        return;
      }
      add(check, table ? "tableName" : "viewName", at(l.number, offset + object->column),
          scalar(object->text, at(l.number, offset + object->column)));
      if (std::optional<Found> schema = attribute(body, "schema", Value::word_with_properties))
        add(check, "schemaName", at(l.number, offset + schema->column), scalar(schema->text, at(l.number, offset + schema->column)));
      Node item = map_node(where);
      add(item, table ? "tableExists" : "viewExists", where, std::move(check));
      cs.preconditions.items.push_back(std::move(item));
      return;
    }
    malformed(l, "precondition '" + name + "' is not one formatted SQL has",
              "formatted SQL has sql-check, table-exists and view-exists (Liquibase refuses the others too)");
  }

  // ---- the end of a change-set --------------------------------------------------------------------

  void finish(bool at_end) {
    if (!current_) return;
    Pending cs = std::move(*current_);
    current_.reset();
    std::string_view sql = trimmed(cs.sql);
    if (sql.empty()) {
      diags_.error(cs.where, "this change-set has no SQL",
                   "write its statements below the --changeset line (Liquibase refuses an empty change-set "
                   "followed by another, and runs the one before again for an empty last one)");
    }
    // A last change-set ending in a line holding only `/` is split at such lines, as in Liquibase.
    if (at_end && !cs.end_delimiter_given && sql.size() >= 2 && sql.substr(sql.size() - 2) == "\n/")
      add(cs.change, "endDelimiter", cs.where, scalar("\n/$", cs.where));
    const std::size_t lead = static_cast<std::size_t>(sql.data() - cs.sql.data());
    SourceLocation sql_where = cs.where;
    bool exact = false;
    if (!sql.empty()) {
      // The line and column of the first character, and whether the text is the file's lines as
      // they stand (then a server's error position becomes a place in the file).
      std::size_t line_start = 0, index = 0;
      for (std::size_t nl = cs.sql.find('\n'); nl != std::string::npos && nl < lead; nl = cs.sql.find('\n', line_start)) {
        line_start = nl + 1;
        ++index;
      }
      const std::size_t column = lead - line_start;
      sql_where = at(cs.sql_lines.at(index), column);
      exact = column == 0;
      for (std::size_t k = index + 1; k < cs.sql_lines.size() && exact; ++k) exact = cs.sql_lines[k] == cs.sql_lines[k - 1] + 1;
    }
    Node text = scalar(std::string(sql), sql_where);
    text.exact = exact;
    add(cs.change, "sql", sql_where, std::move(text));
    Node changes = list_node(cs.where);
    Node item = map_node(cs.where);
    add(item, "sql", cs.where, std::move(cs.change));
    changes.items.push_back(std::move(item));
    if (cs.has_preconditions) add(cs.attributes, "preConditions", cs.preconditions.where, std::move(cs.preconditions));
    if (cs.checksums.kind == Node::Kind::list) add(cs.attributes, "validCheckSum", cs.checksums.where, std::move(cs.checksums));
    add(cs.attributes, "changes", cs.where, std::move(changes));
    if (std::optional<Node> rollback = rollback_of(cs)) add(cs.attributes, "rollback", cs.rollback_where, std::move(*rollback));

    Node entry = map_node(cs.where);
    add(entry, "changeSet", cs.where, std::move(cs.attributes));
    if (hook_ && hook_("databaseChangeLog", entry.entries.back())) {
      MapEntry& e = entry.entries.back();
      e.value = Node{};
      e.value.where = e.key_where;
    }
    body_.items.push_back(std::move(entry));
  }

  std::optional<Node> rollback_of(Pending& cs) {
    std::string_view text = trimmed(cs.rollback);
    if (text.empty()) return std::nullopt;
    const std::string lower = text::lower(text);
    const SourceLocation& where = cs.rollback_where;
    if (lower.starts_with("not required") || lower.starts_with("empty")) return scalar("", where);
    if (lower.find("changesetid") != std::string::npos) {
      std::string joined;
      for (char c : cs.rollback)
        if (c != '\n' && c != '\r') joined += c;
      Node ref = map_node(where);
      std::optional<Found> id = attribute(joined, "changeSetId", Value::non_space);
      std::optional<Found> author = attribute(joined, "changesetAuthor", Value::non_space);
      std::optional<Found> path = attribute(joined, "changesetPath", Value::non_space);
      if (!id || id->text.empty() || !author || author->text.empty()) {
        diags_.error(where, "a rollback that replays another change-set names it: '--rollback changesetId:ID changesetAuthor:AUTHOR'",
                     "changesetPath:PATH too, when it is in another file");
        return std::nullopt;
      }
      add(ref, "changeSetId", where, scalar(id->text, where));
      add(ref, "changeSetAuthor", where, scalar(author->text, where));
      if (path && !path->text.empty()) add(ref, "changeSetPath", where, scalar(path->text, where));
      return ref;
    }
    Node change = map_node(where);
    add(change, "sql", where, scalar(std::string(text), where));
    if (cs.rollback_split_given) add(change, "splitStatements", where, scalar(cs.rollback_split, where));
    if (cs.rollback_end_delimiter) add(change, "endDelimiter", where, scalar(cs.rollback_end_delimiter->text, where));
    Node item = map_node(where);
    add(item, "sql", where, std::move(change));
    Node list = list_node(where);
    list.items.push_back(std::move(item));
    return list;
  }

  void property(const Line& l) {
    const std::string_view s = l.text;
    Node p = map_node(at(l.number, skip_spaces(s, 0)));
    auto value_after = [&](std::string_view name) -> std::optional<Found> {
      // name:\s*(\S+), the last occurrence
      const std::string key = std::string(name) + ":";
      for (std::size_t i = s.size(); i-- > 0;) {
        if (!iequals_at(s, i, key)) continue;
        std::size_t v = skip_spaces(s, i + key.size()), e = v;
        while (e < s.size() && !is_space(s[e])) ++e;
        if (e > v) return Found{std::string(s.substr(v, e - v)), v};
      }
      return std::nullopt;
    };
    auto put = [&](const char* key, const std::optional<Found>& f, std::string text) {
      if (f) add(p, key, at(l.number, f->column), scalar(std::move(text), at(l.number, f->column)));
    };
    std::optional<Found> name = value_after("name");
    std::optional<Found> value = value_after("value");
    put("name", name, name ? name->text : "");
    put("value", value, value ? value->text : "");
    if (std::optional<Found> context = contexts_of(s)) put("context", context, context->text);
    if (std::optional<Found> labels = labels_of(s)) put("labels", labels, labels->text);
    if (std::optional<Found> dbms = attribute(s, "dbms", Value::dbms)) put("dbms", dbms, std::string(trimmed(dbms->text)));
    if (std::optional<Found> global = attribute(s, "global", Value::non_space))
      put("global", global, text::iequals(global->text, "true") ? "true" : "false");
    Node entry = map_node(p.where);
    add(entry, "property", p.where, std::move(p));
    body_.items.push_back(std::move(entry));
  }

  std::vector<Line> lines_;
  FileName file_;
  Diagnostics& diags_;
  const TopLevelEntryHook& hook_;
  Node body_ = list_node({});
  std::optional<Pending> current_;
};

}  // namespace

std::optional<Node> parse_formatted_sql(std::string_view text, const std::string& file, Diagnostics& diags,
                                        const TopLevelEntryHook& hook) {
  return Reader(text, file, diags, hook).read();
}

}  // namespace basalt::formats
