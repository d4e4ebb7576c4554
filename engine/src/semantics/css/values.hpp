#pragma once
// Value grammars shared by the cascade: colours (CSS Color 4), lengths and
// angles (CSS Values 4), split into component values.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "semantics/css/computed_style.hpp"
#include "semantics/css/token.hpp"

namespace rampa::css {

// A value is invalid (the declaration is dropped, as browsers do), valid but
// not resolvable statically, or resolved.
template <class T>
struct Parsed {
  enum class State : std::uint8_t { invalid, unknown, value };
  State state = State::invalid;
  T value{};

  static Parsed invalid() { return {}; }
  static Parsed unknown() { return {State::unknown, T{}}; }
  static Parsed of(T v) { return {State::value, std::move(v)}; }
  bool ok() const { return state == State::value; }
  bool is_invalid() const { return state == State::invalid; }
};

// One component value: a token, or a function or block with its contents.
using Component = std::span<const Token>;

// Top-level component values of a declaration value, whitespace dropped;
// commas are components of their own.
std::vector<Component> components(std::span<const Token> value);

// `currentcolor` stays symbolic: it resolves against the element's color.
struct ColorValue {
  bool current = false;
  Rgba rgba;
};

// CSS Color 4: named colours, transparent, currentcolor, #rgb[a] and
// #rrggbb[aa], rgb()/rgba() and hsl()/hsla() in legacy (comma) and modern
// (space, "/ alpha") syntax. Other valid colours (system colours, lab(),
// color-mix()...) are unknown; anything else invalid.
Parsed<ColorValue> parse_color(Component c);
Parsed<ColorValue> parse_color(std::string_view text);
std::optional<Rgba> named_color(std::string_view name);  // ASCII-case-insensitive

struct LengthContext {
  std::optional<double> font_size_px;       // for em
  std::optional<double> root_font_size_px;  // for rem
};

// An absolute or font-relative length in px. Percentages are not lengths
// here (their basis is the caller's). Viewport units, ex, ch and calc()
// of more than one term are unknown; calc(x) is x.
Parsed<double> parse_length(Component c, const LengthContext& ctx);
// An angle in degrees: deg, rad, grad, turn, and unitless 0.
Parsed<double> parse_angle(Component c);
// A plain number (calc(x) unwrapped).
Parsed<double> parse_number(Component c);

// A single keyword: the lowercased ident when `c` is one ident.
std::optional<std::string> keyword(Component c);

}  // namespace rampa::css
