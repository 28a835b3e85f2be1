// Generic accessors over the Change variant.
#include "engine/model/change.h"
#include "engine/model/change_set.h"

namespace basalt::model {

std::string_view name_of(const Change& c) {
  return std::visit([](const auto& x) { return std::remove_cvref_t<decltype(x)>::kName; }, c);
}

const SourceLocation& location_of(const Change& c) {
  return std::visit([](const auto& x) -> const SourceLocation& { return x.where; }, c);
}

std::string_view SqlEdit::name() const {
  switch (kind) {
    case Kind::append:
      return "append";
    case Kind::prepend:
      return "prepend";
    case Kind::replace:
      return "replace";
    case Kind::reg_exp_replace:
      return "regExpReplace";
  }
  return "append";
}

}  // namespace basalt::model
