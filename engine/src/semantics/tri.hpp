#pragma once
// Three-valued answers: what a static checker cannot know is `unknown`, and a
// rule turns unknown into cantTell, never into a guess.
#include <cstdint>

namespace rampa {

enum class Tri : std::uint8_t { no, yes, unknown };

constexpr Tri tri(bool b) noexcept { return b ? Tri::yes : Tri::no; }
constexpr Tri operator!(Tri t) noexcept {
  return t == Tri::unknown ? Tri::unknown : (t == Tri::yes ? Tri::no : Tri::yes);
}
constexpr Tri operator||(Tri a, Tri b) noexcept {
  if (a == Tri::yes || b == Tri::yes) return Tri::yes;
  if (a == Tri::unknown || b == Tri::unknown) return Tri::unknown;
  return Tri::no;
}
constexpr Tri operator&&(Tri a, Tri b) noexcept {
  if (a == Tri::no || b == Tri::no) return Tri::no;
  if (a == Tri::unknown || b == Tri::unknown) return Tri::unknown;
  return Tri::yes;
}

}  // namespace rampa
