#pragma once
// ASCII helpers for HTML, ARIA and CSS values: those specs define their
// whitespace and case folding in ASCII only, so no Unicode rules apply here.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rampa::ascii {

// HTML's ASCII whitespace.
constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

constexpr char lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

constexpr bool blank(std::string_view s) noexcept {
  for (char c : s)
    if (!is_space(c)) return false;
  return true;
}

inline std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = lower(c);
  return r;
}

// Whether `pred` holds for some whitespace-separated token of an attribute
// value (id lists, classes), stopping at the first; allocates nothing, for
// the per-element paths of the cascade.
template <class Pred>
bool any_token(std::string_view s, Pred&& pred) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    std::size_t b = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > b && pred(s.substr(b, i - b))) return true;
  }
  return false;
}

// The whitespace-separated tokens of an attribute value (id lists, classes).
inline std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  any_token(s, [&](std::string_view t) {
    out.push_back(t);
    return false;
  });
  return out;
}

}  // namespace rampa::ascii
