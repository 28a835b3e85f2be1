// model::Text: an attribute's text as written, or nothing; a std::optional<std::string> in one word.
//
// A column has some thirty text attributes of which two or three are set; as std::optional each
// would cost 40 bytes set or not, which made a 5000 change-set changelog cost more than a megabyte
// per thousand columns. Absent text costs one null pointer here, and set text a string of its own.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace basalt::model {

class Text {
 public:
  Text() = default;
  Text(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as std::optional
  Text(std::string s) : value_(std::make_unique<std::string>(std::move(s))) {}  // NOLINT
  Text(const char* s) : Text(std::string(s)) {}                                 // NOLINT

  Text(const Text& other) : value_(other.value_ ? std::make_unique<std::string>(*other.value_) : nullptr) {}
  Text(Text&&) noexcept = default;
  Text& operator=(const Text& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<std::string>(*other.value_) : nullptr;
    return *this;
  }
  Text& operator=(Text&&) noexcept = default;
  Text& operator=(std::nullopt_t) {
    value_.reset();
    return *this;
  }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }

  /// Undefined when absent, as with std::optional.
  const std::string& operator*() const { return *value_; }
  std::string& operator*() { return *value_; }
  const std::string* operator->() const { return value_.get(); }
  std::string* operator->() { return value_.get(); }

  /// The text, or `fallback` when absent.
  std::string value_or(std::string_view fallback) const {
    return value_ ? *value_ : std::string(fallback);
  }

  void reset() { value_.reset(); }

  operator std::optional<std::string>() const {  // NOLINT(google-explicit-constructor)
    return value_ ? std::optional<std::string>(*value_) : std::nullopt;
  }

  friend bool operator==(const Text& a, const Text& b) {
    if (!a.value_ || !b.value_) return !a.value_ && !b.value_;
    return *a.value_ == *b.value_;
  }
  friend bool operator==(const Text& a, std::nullopt_t) { return !a.value_; }
  /// Set, and equal to `s`.
  friend bool operator==(const Text& a, std::string_view s) { return a.value_ && *a.value_ == s; }
  friend bool operator==(const Text& a, const std::string& s) { return a == std::string_view(s); }
  friend bool operator==(const Text& a, const char* s) { return a == std::string_view(s); }

 private:
  std::unique_ptr<std::string> value_;
};

}  // namespace basalt::model
