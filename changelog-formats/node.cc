// Small helpers over the neutral tree.
#include "changelog-formats/node.h"

namespace basalt::formats {

std::string_view describe(const Node& n) {
  switch (n.kind) {
    case Node::Kind::null:
      return "nothing";
    case Node::Kind::scalar:
      return "text";
    case Node::Kind::map:
      return "a map";
    case Node::Kind::list:
      return "a list";
  }
  return "nothing";
}

std::optional<std::string> text_of(const Node& n) {
  if (n.is_scalar()) return n.text;
  if (!n.is_list() || n.items.empty()) return std::nullopt;
  std::string joined;
  for (const Node& item : n.items) {
    if (!item.is_scalar() && !item.is_null()) return std::nullopt;
    if (!joined.empty()) joined += ", ";
    joined += item.is_null() ? "null" : item.text;
  }
  if (n.items.size() == 1) return joined;
  return "[" + joined + "]";
}

Node scalar(std::string text, SourceLocation where) {
  Node n;
  n.kind = Node::Kind::scalar;
  n.text = std::move(text);
  n.where = std::move(where);
  return n;
}

}  // namespace basalt::formats
