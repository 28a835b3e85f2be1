// Generic accessors over the Change variant.
#include "engine/model/change.h"

namespace basalt::model {

std::string_view name_of(const Change& c) {
  return std::visit([](const auto& x) { return std::remove_cvref_t<decltype(x)>::kName; }, c);
}

const SourceLocation& location_of(const Change& c) {
  return std::visit([](const auto& x) -> const SourceLocation& { return x.where; }, c);
}

}  // namespace basalt::model
