#pragma once
// Expected failures as values: a Result holds a T or an Error.
#include <string>
#include <utility>
#include <variant>

namespace rampa {

enum class ErrorCode {
  not_found,     // the path does not exist
  unreadable,    // it exists but cannot be read
  bad_input,     // it was read but cannot be audited (empty, binary, too large...)
  bad_config,    // the configuration is invalid
  internal,      // a bug: never expected
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string path;    // the file the error is about, as the user gave it; may be empty
  std::string detail;  // one sentence: what is wrong and where
  // "path: detail", or just detail when there is no path.
  std::string message() const { return path.empty() ? detail : path + ": " + detail; }
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}       // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}   // NOLINT: implicit by design

  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace rampa
