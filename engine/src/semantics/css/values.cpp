#include "semantics/css/values.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "semantics/css/tokenizer.hpp"

namespace rampa::css {

namespace {

struct NamedColor {
  std::string_view name;
  std::uint32_t rgb;
};

// CSS Color 4 §6.1, sorted for binary search.
constexpr std::array<NamedColor, 148> kNamedColors = {{
    {"aliceblue", 0xf0f8ff}, {"antiquewhite", 0xfaebd7}, {"aqua", 0x00ffff},
    {"aquamarine", 0x7fffd4}, {"azure", 0xf0ffff}, {"beige", 0xf5f5dc}, {"bisque", 0xffe4c4},
    {"black", 0x000000}, {"blanchedalmond", 0xffebcd}, {"blue", 0x0000ff},
    {"blueviolet", 0x8a2be2}, {"brown", 0xa52a2a}, {"burlywood", 0xdeb887},
    {"cadetblue", 0x5f9ea0}, {"chartreuse", 0x7fff00}, {"chocolate", 0xd2691e},
    {"coral", 0xff7f50}, {"cornflowerblue", 0x6495ed}, {"cornsilk", 0xfff8dc},
    {"crimson", 0xdc143c}, {"cyan", 0x00ffff}, {"darkblue", 0x00008b}, {"darkcyan", 0x008b8b},
    {"darkgoldenrod", 0xb8860b}, {"darkgray", 0xa9a9a9}, {"darkgreen", 0x006400},
    {"darkgrey", 0xa9a9a9}, {"darkkhaki", 0xbdb76b}, {"darkmagenta", 0x8b008b},
    {"darkolivegreen", 0x556b2f}, {"darkorange", 0xff8c00}, {"darkorchid", 0x9932cc},
    {"darkred", 0x8b0000}, {"darksalmon", 0xe9967a}, {"darkseagreen", 0x8fbc8f},
    {"darkslateblue", 0x483d8b}, {"darkslategray", 0x2f4f4f}, {"darkslategrey", 0x2f4f4f},
    {"darkturquoise", 0x00ced1}, {"darkviolet", 0x9400d3}, {"deeppink", 0xff1493},
    {"deepskyblue", 0x00bfff}, {"dimgray", 0x696969}, {"dimgrey", 0x696969},
    {"dodgerblue", 0x1e90ff}, {"firebrick", 0xb22222}, {"floralwhite", 0xfffaf0},
    {"forestgreen", 0x228b22}, {"fuchsia", 0xff00ff}, {"gainsboro", 0xdcdcdc},
    {"ghostwhite", 0xf8f8ff}, {"gold", 0xffd700}, {"goldenrod", 0xdaa520}, {"gray", 0x808080},
    {"green", 0x008000}, {"greenyellow", 0xadff2f}, {"grey", 0x808080}, {"honeydew", 0xf0fff0},
    {"hotpink", 0xff69b4}, {"indianred", 0xcd5c5c}, {"indigo", 0x4b0082}, {"ivory", 0xfffff0},
    {"khaki", 0xf0e68c}, {"lavender", 0xe6e6fa}, {"lavenderblush", 0xfff0f5},
    {"lawngreen", 0x7cfc00}, {"lemonchiffon", 0xfffacd}, {"lightblue", 0xadd8e6},
    {"lightcoral", 0xf08080}, {"lightcyan", 0xe0ffff}, {"lightgoldenrodyellow", 0xfafad2},
    {"lightgray", 0xd3d3d3}, {"lightgreen", 0x90ee90}, {"lightgrey", 0xd3d3d3},
    {"lightpink", 0xffb6c1}, {"lightsalmon", 0xffa07a}, {"lightseagreen", 0x20b2aa},
    {"lightskyblue", 0x87cefa}, {"lightslategray", 0x778899}, {"lightslategrey", 0x778899},
    {"lightsteelblue", 0xb0c4de}, {"lightyellow", 0xffffe0}, {"lime", 0x00ff00},
    {"limegreen", 0x32cd32}, {"linen", 0xfaf0e6}, {"magenta", 0xff00ff}, {"maroon", 0x800000},
    {"mediumaquamarine", 0x66cdaa}, {"mediumblue", 0x0000cd}, {"mediumorchid", 0xba55d3},
    {"mediumpurple", 0x9370db}, {"mediumseagreen", 0x3cb371}, {"mediumslateblue", 0x7b68ee},
    {"mediumspringgreen", 0x00fa9a}, {"mediumturquoise", 0x48d1cc},
    {"mediumvioletred", 0xc71585}, {"midnightblue", 0x191970}, {"mintcream", 0xf5fffa},
    {"mistyrose", 0xffe4e1}, {"moccasin", 0xffe4b5}, {"navajowhite", 0xffdead},
    {"navy", 0x000080}, {"oldlace", 0xfdf5e6}, {"olive", 0x808000}, {"olivedrab", 0x6b8e23},
    {"orange", 0xffa500}, {"orangered", 0xff4500}, {"orchid", 0xda70d6},
    {"palegoldenrod", 0xeee8aa}, {"palegreen", 0x98fb98}, {"paleturquoise", 0xafeeee},
    {"palevioletred", 0xdb7093}, {"papayawhip", 0xffefd5}, {"peachpuff", 0xffdab9},
    {"peru", 0xcd853f}, {"pink", 0xffc0cb}, {"plum", 0xdda0dd}, {"powderblue", 0xb0e0e6},
    {"purple", 0x800080}, {"rebeccapurple", 0x663399}, {"red", 0xff0000},
    {"rosybrown", 0xbc8f8f}, {"royalblue", 0x4169e1}, {"saddlebrown", 0x8b4513},
    {"salmon", 0xfa8072}, {"sandybrown", 0xf4a460}, {"seagreen", 0x2e8b57},
    {"seashell", 0xfff5ee}, {"sienna", 0xa0522d}, {"silver", 0xc0c0c0}, {"skyblue", 0x87ceeb},
    {"slateblue", 0x6a5acd}, {"slategray", 0x708090}, {"slategrey", 0x708090},
    {"snow", 0xfffafa}, {"springgreen", 0x00ff7f}, {"steelblue", 0x4682b4}, {"tan", 0xd2b48c},
    {"teal", 0x008080}, {"thistle", 0xd8bfd8}, {"tomato", 0xff6347}, {"turquoise", 0x40e0d0},
    {"violet", 0xee82ee}, {"wheat", 0xf5deb3}, {"white", 0xffffff}, {"whitesmoke", 0xf5f5f5},
    {"yellow", 0xffff00}, {"yellowgreen", 0x9acd32},
}};

// CSS Color 4 §6.2: system colours depend on the user's platform and theme.
bool is_system_color(std::string_view n) {
  static constexpr std::array<std::string_view, 46> kNames = {
      "accentcolor", "accentcolortext", "activetext", "buttonborder", "buttonface", "buttontext",
      "canvas", "canvastext", "field", "fieldtext", "graytext", "highlight", "highlighttext",
      "linktext", "mark", "marktext", "selecteditem", "selecteditemtext", "visitedtext",
      "activeborder", "activecaption", "appworkspace", "background", "buttonhighlight",
      "buttonshadow", "captiontext", "inactiveborder", "inactivecaption", "inactivecaptiontext",
      "infobackground", "infotext", "menu", "menutext", "scrollbar", "threeddarkshadow",
      "threedface", "threedhighlight", "threedlightshadow", "threedshadow", "window",
      "windowframe", "windowtext", "-webkit-link", "-webkit-activelink", "-webkit-focus-ring-color",
      "-moz-default-color"};
  return std::find(kNames.begin(), kNames.end(), n) != kNames.end();
}

Rgba from_hex24(std::uint32_t v) {
  return {static_cast<double>((v >> 16) & 0xff), static_cast<double>((v >> 8) & 0xff),
          static_cast<double>(v & 0xff), 1.0};
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CSS Color 4 §5.2: 3, 4, 6 or 8 hex digits.
std::optional<Rgba> hex_color(std::string_view h) {
  if (h.size() != 3 && h.size() != 4 && h.size() != 6 && h.size() != 8) return std::nullopt;
  std::array<int, 8> d{};
  for (std::size_t i = 0; i < h.size(); ++i)
    if ((d[i] = hex_digit(h[i])) < 0) return std::nullopt;
  if (h.size() <= 4) {
    Rgba c{d[0] * 17.0, d[1] * 17.0, d[2] * 17.0, 1.0};
    if (h.size() == 4) c.a = d[3] * 17.0 / 255.0;
    return c;
  }
  Rgba c{d[0] * 16.0 + d[1], d[2] * 16.0 + d[3], d[4] * 16.0 + d[5], 1.0};
  if (h.size() == 8) c.a = (d[6] * 16.0 + d[7]) / 255.0;
  return c;
}

// CSS Color 4 §7.1: HSL to sRGB, hue in degrees, s and l in 0..1.
Rgba hsl_to_rgb(double h, double s, double l) {
  h = std::fmod(h, 360.0);
  if (h < 0) h += 360.0;
  auto f = [&](double n) {
    double k = std::fmod(n + h / 30.0, 12.0);
    double a = s * std::min(l, 1.0 - l);
    return l - a * std::max(-1.0, std::min({k - 3.0, 9.0 - k, 1.0}));
  };
  return {f(0) * 255.0, f(8) * 255.0, f(4) * 255.0, 1.0};
}

bool is_ws(const Token& t) { return t.type == TokenType::whitespace; }

// A colour function's arguments: legacy (commas) or modern (spaces, "/").
struct ColorArgs {
  std::vector<const Token*> values;  // channels, then alpha when present
  bool legacy = false;
  bool has_alpha = false;
  bool complex = false;  // a nested function (calc(), var()...)
};

std::optional<ColorArgs> color_args(Component c) {
  ColorArgs out;
  std::size_t commas = 0, slashes = 0;
  std::size_t end = c.size() > 1 && c.back().is(TokenType::close_paren) ? c.size() - 1 : c.size();
  for (std::size_t i = 1; i < end; ++i) {
    const Token& t = c[i];
    if (is_ws(t)) continue;
    if (t.is(TokenType::comma)) {
      ++commas;
      continue;
    }
    if (t.is_delim('/')) {
      ++slashes;
      if (out.values.size() != 3) return std::nullopt;
      continue;
    }
    if (t.is(TokenType::function)) {
      out.complex = true;
      i = skip_block(c, i + 1, TokenType::function) - 1;
      out.values.push_back(nullptr);
      continue;
    }
    out.values.push_back(&t);
  }
  out.legacy = commas > 0;
  if (out.legacy && (slashes > 0 || commas + 1 != out.values.size())) return std::nullopt;
  if (slashes > 1 || out.values.size() < 3 || out.values.size() > 4) return std::nullopt;
  if (!out.legacy && out.values.size() == 4 && slashes == 0) return std::nullopt;
  out.has_alpha = out.values.size() == 4;
  return out;
}

std::optional<double> alpha_of(const Token& t) {
  if (t.is(TokenType::number)) return std::clamp(t.number, 0.0, 1.0);
  if (t.is(TokenType::percentage)) return std::clamp(t.number / 100.0, 0.0, 1.0);
  if (t.is_ident("none")) return 0.0;
  return std::nullopt;
}

Parsed<ColorValue> rgb_function(Component c) {
  std::optional<ColorArgs> args = color_args(c);
  if (!args) return Parsed<ColorValue>::invalid();
  if (args->complex) return Parsed<ColorValue>::unknown();
  ColorValue v;
  double channel[3];
  bool any_percent = false, any_number = false;
  for (int k = 0; k < 3; ++k) {
    const Token& t = *args->values[static_cast<std::size_t>(k)];
    if (t.is(TokenType::number)) {
      channel[k] = t.number;
      any_number = true;
    } else if (t.is(TokenType::percentage)) {
      channel[k] = t.number * 2.55;
      any_percent = true;
    } else if (t.is_ident("none") && !args->legacy) {
      channel[k] = 0;
    } else {
      return Parsed<ColorValue>::invalid();
    }
    channel[k] = std::clamp(channel[k], 0.0, 255.0);
  }
  // Legacy syntax takes all numbers or all percentages.
  if (args->legacy && any_percent && any_number) return Parsed<ColorValue>::invalid();
  v.rgba = {channel[0], channel[1], channel[2], 1.0};
  if (args->has_alpha) {
    std::optional<double> a = alpha_of(*args->values[3]);
    if (!a) return Parsed<ColorValue>::invalid();
    v.rgba.a = *a;
  }
  return Parsed<ColorValue>::of(v);
}

Parsed<ColorValue> hsl_function(Component c) {
  std::optional<ColorArgs> args = color_args(c);
  if (!args) return Parsed<ColorValue>::invalid();
  if (args->complex) return Parsed<ColorValue>::unknown();
  const Token& h = *args->values[0];
  double hue;
  if (h.is(TokenType::number)) hue = h.number;
  else if (h.is(TokenType::dimension)) {
    Parsed<double> deg = parse_angle(Component(&h, 1));
    if (!deg.ok()) return Parsed<ColorValue>::invalid();
    hue = deg.value;
  } else if (h.is_ident("none") && !args->legacy) {
    hue = 0;
  } else {
    return Parsed<ColorValue>::invalid();
  }
  double sl[2];
  for (int k = 0; k < 2; ++k) {
    const Token& t = *args->values[static_cast<std::size_t>(k) + 1];
    if (t.is(TokenType::percentage)) sl[k] = t.number / 100.0;
    else if (!args->legacy && t.is(TokenType::number)) sl[k] = t.number / 100.0;
    else if (!args->legacy && t.is_ident("none")) sl[k] = 0;
    else return Parsed<ColorValue>::invalid();
    sl[k] = std::clamp(sl[k], 0.0, 1.0);
  }
  ColorValue v;
  v.rgba = hsl_to_rgb(hue, sl[0], sl[1]);
  if (args->has_alpha) {
    std::optional<double> a = alpha_of(*args->values[3]);
    if (!a) return Parsed<ColorValue>::invalid();
    v.rgba.a = *a;
  }
  return Parsed<ColorValue>::of(v);
}

// calc(x) is x; the loop unwraps calc(calc(x)) without recursion.
Component unwrap_calc(Component c) {
  while (c.size() >= 2 && c.front().is_function("calc")) {
    std::vector<Component> inner = components(c.subspan(1, c.size() - 2));
    if (inner.size() != 1 || !c.back().is(TokenType::close_paren)) break;
    c = inner.front();
  }
  return c;
}

bool is_math_function(const Token& t) {
  for (std::string_view f : {"calc", "min", "max", "clamp", "round", "mod", "rem", "abs", "sign",
                             "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "pow", "sqrt",
                             "hypot", "log", "exp", "var", "env", "attr"})
    if (t.is_function(f)) return true;
  return false;
}

}  // namespace

std::vector<Component> components(std::span<const Token> value) {
  std::vector<Component> out;
  std::size_t i = 0;
  while (i < value.size()) {
    const Token& t = value[i];
    if (is_ws(t)) {
      ++i;
      continue;
    }
    std::size_t end = opens_block(t.type) ? skip_block(value, i + 1, t.type) : i + 1;
    out.push_back(value.subspan(i, end - i));
    i = end;
  }
  return out;
}

std::optional<std::string> keyword(Component c) {
  if (c.size() != 1 || !c.front().is(TokenType::ident)) return std::nullopt;
  return ascii_lower(c.front().value);
}

std::optional<Rgba> named_color(std::string_view name) {
  std::string n = ascii_lower(name);
  auto it = std::lower_bound(kNamedColors.begin(), kNamedColors.end(), n,
                             [](const NamedColor& a, const std::string& b) { return a.name < b; });
  if (it == kNamedColors.end() || it->name != n) return std::nullopt;
  return from_hex24(it->rgb);
}

Parsed<ColorValue> parse_color(Component c) {
  if (c.empty()) return Parsed<ColorValue>::invalid();
  const Token& t = c.front();
  if (c.size() == 1 && t.is(TokenType::ident)) {
    std::string n = ascii_lower(t.value);
    if (n == "currentcolor") return Parsed<ColorValue>::of({true, {}});
    if (n == "transparent") return Parsed<ColorValue>::of({false, {0, 0, 0, 0}});
    if (std::optional<Rgba> named = named_color(n)) return Parsed<ColorValue>::of({false, *named});
    if (is_system_color(n)) return Parsed<ColorValue>::unknown();
    return Parsed<ColorValue>::invalid();
  }
  if (c.size() == 1 && t.is(TokenType::hash)) {
    std::optional<Rgba> h = hex_color(t.value);
    if (!h) return Parsed<ColorValue>::invalid();
    return Parsed<ColorValue>::of({false, *h});
  }
  if (!t.is(TokenType::function)) return Parsed<ColorValue>::invalid();
  if (t.is_function("rgb") || t.is_function("rgba")) return rgb_function(c);
  if (t.is_function("hsl") || t.is_function("hsla")) return hsl_function(c);
  for (std::string_view f : {"hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix",
                             "light-dark", "contrast-color", "device-cmyk", "var", "env", "attr"})
    if (t.is_function(f)) return Parsed<ColorValue>::unknown();
  return Parsed<ColorValue>::invalid();
}

Parsed<ColorValue> parse_color(std::string_view text) {
  std::vector<Token> t = tokenize(text);
  std::vector<Component> parts = components(t);
  if (parts.size() != 1) return Parsed<ColorValue>::invalid();
  return parse_color(parts.front());
}

Parsed<double> parse_length(Component c, const LengthContext& ctx) {
  c = unwrap_calc(c);
  if (c.empty()) return Parsed<double>::invalid();
  const Token& t = c.front();
  if (t.is(TokenType::function)) return is_math_function(t) ? Parsed<double>::unknown() : Parsed<double>::invalid();
  if (c.size() != 1) return Parsed<double>::invalid();
  if (t.is(TokenType::number)) {
    return t.number == 0 ? Parsed<double>::of(0.0) : Parsed<double>::invalid();
  }
  if (!t.is(TokenType::dimension)) return Parsed<double>::invalid();
  std::string unit = ascii_lower(t.value);
  // CSS Values 4 §6.2: absolute units in px.
  struct Unit {
    std::string_view name;
    double px;
  };
  static constexpr std::array<Unit, 7> kAbsolute = {{{"px", 1.0}, {"pt", 4.0 / 3.0}, {"pc", 16.0},
                                                    {"in", 96.0}, {"cm", 96.0 / 2.54},
                                                    {"mm", 96.0 / 25.4}, {"q", 96.0 / 101.6}}};
  for (const Unit& u : kAbsolute)
    if (unit == u.name) return Parsed<double>::of(t.number * u.px);
  if (unit == "em") {
    if (!ctx.font_size_px) return Parsed<double>::unknown();
    return Parsed<double>::of(t.number * *ctx.font_size_px);
  }
  if (unit == "rem") {
    if (!ctx.root_font_size_px) return Parsed<double>::unknown();
    return Parsed<double>::of(t.number * *ctx.root_font_size_px);
  }
  // Font metrics (ex, ch, cap, ic, lh) and viewport or container sizes are
  // not known without rendering.
  for (std::string_view u : {"ex", "ch", "cap", "ic", "lh", "rlh", "rex", "rch", "rcap", "ric",
                             "vw", "vh", "vi", "vb", "vmin", "vmax", "svw", "svh", "lvw", "lvh",
                             "dvw", "dvh", "svmin", "svmax", "lvmin", "lvmax", "dvmin", "dvmax",
                             "cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax"})
    if (unit == u) return Parsed<double>::unknown();
  return Parsed<double>::invalid();
}

Parsed<double> parse_angle(Component c) {
  c = unwrap_calc(c);
  if (c.empty()) return Parsed<double>::invalid();
  const Token& t = c.front();
  if (t.is(TokenType::function)) return is_math_function(t) ? Parsed<double>::unknown() : Parsed<double>::invalid();
  if (c.size() != 1) return Parsed<double>::invalid();
  if (t.is(TokenType::number) && t.number == 0) return Parsed<double>::of(0.0);
  if (!t.is(TokenType::dimension)) return Parsed<double>::invalid();
  std::string unit = ascii_lower(t.value);
  if (unit == "deg") return Parsed<double>::of(t.number);
  if (unit == "rad") return Parsed<double>::of(t.number * 180.0 / 3.14159265358979323846);
  if (unit == "grad") return Parsed<double>::of(t.number * 0.9);
  if (unit == "turn") return Parsed<double>::of(t.number * 360.0);
  return Parsed<double>::invalid();
}

Parsed<double> parse_number(Component c) {
  c = unwrap_calc(c);
  if (c.empty()) return Parsed<double>::invalid();
  const Token& t = c.front();
  if (t.is(TokenType::function)) return is_math_function(t) ? Parsed<double>::unknown() : Parsed<double>::invalid();
  if (c.size() != 1 || !t.is(TokenType::number)) return Parsed<double>::invalid();
  return Parsed<double>::of(t.number);
}

}  // namespace rampa::css
