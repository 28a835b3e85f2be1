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

Node scalar(std::string text, SourceLocation where) {
  Node n;
  n.kind = Node::Kind::scalar;
  n.text = std::move(text);
  n.where = std::move(where);
  return n;
}

}  // namespace basalt::formats
