#include "semantics/css/cascade.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "document/ascii.hpp"
#include "semantics/css/parser.hpp"
#include "semantics/css/selectors.hpp"
#include "semantics/css/values.hpp"

namespace rampa::css {

namespace {

// The longhands computed; shorthands expand into these.
enum class Prop : std::uint8_t {
  font_size, color,  // first: other values depend on them (em, currentcolor)
  display, visibility, content_visibility, opacity, position, clip, clip_path, overflow_x,
  overflow_y, width, height, top, left, background_color, background_image, font_weight,
  line_height, letter_spacing, word_spacing, outline_style, outline_width, outline_color,
  border_top_style, border_right_style, border_bottom_style, border_left_style,
  border_top_width, border_right_width, border_bottom_width, border_left_width, box_shadow,
  transform, rotate, text_transform, text_shadow, list_style_type, list_style_image,
  count_,
  custom,  // --name
};
constexpr std::size_t kPropCount = static_cast<std::size_t>(Prop::count_);

bool inherited(Prop p) {
  switch (p) {
    case Prop::font_size: case Prop::color: case Prop::visibility: case Prop::font_weight:
    case Prop::line_height: case Prop::letter_spacing: case Prop::word_spacing:
    case Prop::text_transform: case Prop::text_shadow: case Prop::list_style_type:
    case Prop::list_style_image:
      return true;
    default:
      return false;
  }
}

const std::unordered_map<std::string_view, Prop>& longhand_names() {
  static const std::unordered_map<std::string_view, Prop> names = {
      {"display", Prop::display}, {"visibility", Prop::visibility},
      {"content-visibility", Prop::content_visibility}, {"opacity", Prop::opacity},
      {"position", Prop::position}, {"clip", Prop::clip}, {"clip-path", Prop::clip_path},
      {"-webkit-clip-path", Prop::clip_path}, {"overflow-x", Prop::overflow_x},
      {"overflow-y", Prop::overflow_y}, {"width", Prop::width}, {"height", Prop::height},
      {"top", Prop::top}, {"left", Prop::left}, {"inset-block-start", Prop::top},
      {"inset-inline-start", Prop::left}, {"color", Prop::color},
      {"background-color", Prop::background_color}, {"background-image", Prop::background_image},
      {"font-size", Prop::font_size}, {"font-weight", Prop::font_weight},
      {"line-height", Prop::line_height}, {"letter-spacing", Prop::letter_spacing},
      {"word-spacing", Prop::word_spacing}, {"outline-style", Prop::outline_style},
      {"outline-width", Prop::outline_width}, {"outline-color", Prop::outline_color},
      {"border-top-style", Prop::border_top_style}, {"border-right-style", Prop::border_right_style},
      {"border-bottom-style", Prop::border_bottom_style}, {"border-left-style", Prop::border_left_style},
      {"border-top-width", Prop::border_top_width}, {"border-right-width", Prop::border_right_width},
      {"border-bottom-width", Prop::border_bottom_width}, {"border-left-width", Prop::border_left_width},
      {"border-block-start-style", Prop::border_top_style},
      {"border-block-end-style", Prop::border_bottom_style},
      {"border-inline-start-style", Prop::border_left_style},
      {"border-inline-end-style", Prop::border_right_style},
      {"border-block-start-width", Prop::border_top_width},
      {"border-block-end-width", Prop::border_bottom_width},
      {"border-inline-start-width", Prop::border_left_width},
      {"border-inline-end-width", Prop::border_right_width},
      {"box-shadow", Prop::box_shadow}, {"transform", Prop::transform},
      {"-webkit-transform", Prop::transform}, {"rotate", Prop::rotate},
      {"text-transform", Prop::text_transform}, {"text-shadow", Prop::text_shadow},
      {"list-style-type", Prop::list_style_type}, {"list-style-image", Prop::list_style_image},
  };
  return names;
}

// Shorthands (CSS Cascade 4 §3): name -> the longhands it sets.
const std::unordered_map<std::string_view, std::vector<Prop>>& shorthand_names() {
  using P = Prop;
  static const std::vector<P> kStyles = {P::border_top_style, P::border_right_style,
                                         P::border_bottom_style, P::border_left_style};
  static const std::vector<P> kWidths = {P::border_top_width, P::border_right_width,
                                         P::border_bottom_width, P::border_left_width};
  static const std::unordered_map<std::string_view, std::vector<Prop>> names = {
      {"overflow", {P::overflow_x, P::overflow_y}},
      {"background", {P::background_color, P::background_image}},
      {"outline", {P::outline_style, P::outline_width, P::outline_color}},
      {"border", {P::border_top_style, P::border_right_style, P::border_bottom_style,
                  P::border_left_style, P::border_top_width, P::border_right_width,
                  P::border_bottom_width, P::border_left_width}},
      {"border-top", {P::border_top_style, P::border_top_width}},
      {"border-right", {P::border_right_style, P::border_right_width}},
      {"border-bottom", {P::border_bottom_style, P::border_bottom_width}},
      {"border-left", {P::border_left_style, P::border_left_width}},
      {"border-block-start", {P::border_top_style, P::border_top_width}},
      {"border-block-end", {P::border_bottom_style, P::border_bottom_width}},
      {"border-inline-start", {P::border_left_style, P::border_left_width}},
      {"border-inline-end", {P::border_right_style, P::border_right_width}},
      {"border-block", {P::border_top_style, P::border_bottom_style, P::border_top_width,
                        P::border_bottom_width}},
      {"border-inline", {P::border_left_style, P::border_right_style, P::border_left_width,
                         P::border_right_width}},
      {"border-style", kStyles},
      {"border-width", kWidths},
      {"font", {P::font_size, P::font_weight, P::line_height}},
      {"inset", {P::top, P::left}},
      {"list-style", {P::list_style_type, P::list_style_image}},
  };
  return names;
}

Token make_ident(std::string_view v) {
  Token t;
  t.type = TokenType::ident;
  t.value = std::string(v);
  return t;
}

bool is_wide_keyword(std::string_view k) {
  return k == "inherit" || k == "initial" || k == "unset" || k == "revert" || k == "revert-layer";
}

bool contains_var(std::span<const Token> v) {
  for (const Token& t : v)
    if (t.is_function("var") || t.is_function("env") || t.is_function("attr")) return true;
  return false;
}

// A longhand's specified value, from a declaration or a shorthand.
struct Longhand {
  Prop prop = Prop::display;
  std::vector<Token> value;
  // The value is the whole shorthand's, with var() in it: it is expanded
  // once var() is substituted (CSS Variables 1 §3, pending-substitution).
  std::string pending_shorthand;
  // A shorthand form this checker does not follow (system fonts): unknown.
  bool unknown = false;
  std::string custom_name;  // Prop::custom
  const Declaration* source = nullptr;
};

std::vector<Token> copy(Component c) { return {c.begin(), c.end()}; }

bool is_line_style(std::string_view k) {
  for (std::string_view s : {"none", "hidden", "dotted", "dashed", "solid", "double", "groove",
                             "ridge", "inset", "outset"})
    if (k == s) return true;
  return false;
}

bool is_line_width(Component c) {
  if (std::optional<std::string> k = keyword(c)) return *k == "thin" || *k == "medium" || *k == "thick";
  return !parse_length(c, {16.0, 16.0}).is_invalid();
}

void put_longhand(std::vector<Longhand>& out, Prop p, std::vector<Token> v) {
  Longhand l;
  l.prop = p;
  l.value = std::move(v);
  out.push_back(std::move(l));
}

bool expand_overflow(const std::vector<Component>& comps, std::vector<Longhand>& out) {
  if (comps.size() > 2) return false;
  put_longhand(out, Prop::overflow_x, copy(comps[0]));
  put_longhand(out, Prop::overflow_y, copy(comps.size() == 2 ? comps[1] : comps[0]));
  return true;
}

bool expand_background(const std::vector<Component>& comps, std::vector<Longhand>& out) {
  std::vector<Token> image{make_ident("none")};
  std::vector<Token> color{make_ident("transparent")};
  bool last_layer = true;
  for (std::size_t k = comps.size(); k-- > 0;) {
    const Token& t = comps[k].front();
    if (t.is(TokenType::comma)) {
      last_layer = false;
      continue;
    }
    bool image_like = t.is(TokenType::url) || t.is(TokenType::bad_url) ||
                      (t.is(TokenType::function) && parse_color(comps[k]).is_invalid());
    if (image_like) image = copy(comps[k]);
    else if (last_layer && !parse_color(comps[k]).is_invalid()) color = copy(comps[k]);
  }
  put_longhand(out, Prop::background_color, std::move(color));
  put_longhand(out, Prop::background_image, std::move(image));
  return true;
}

bool expand_outline(const std::vector<Component>& comps, std::vector<Longhand>& out) {
  // CSS UI 4 §3.1: <outline-color> || <outline-style> || <outline-width>
  std::vector<Token> style{make_ident("none")}, width{make_ident("medium")}, color{make_ident("currentcolor")};
  bool has_style = false, has_width = false, has_color = false;
  for (Component comp : comps) {
    std::optional<std::string> k = keyword(comp);
    if (!has_style && k && (is_line_style(*k) || *k == "auto")) {
      style = copy(comp);
      has_style = true;
    } else if (!has_width && is_line_width(comp)) {
      width = copy(comp);
      has_width = true;
    } else if (!has_color && (!parse_color(comp).is_invalid() || k == "invert")) {
      color = copy(comp);
      has_color = true;
    } else {
      return false;
    }
  }
  put_longhand(out, Prop::outline_style, std::move(style));
  put_longhand(out, Prop::outline_width, std::move(width));
  put_longhand(out, Prop::outline_color, std::move(color));
  return true;
}

// border and border-<side>: <line-width> || <line-style> || <color>; the
// colour is validated, not computed.
bool expand_border(const std::vector<Component>& comps, const std::vector<Prop>& props, std::vector<Longhand>& out) {
  std::vector<Prop> styles, widths;
  for (Prop p : props) {
    if (p >= Prop::border_top_style && p <= Prop::border_left_style) styles.push_back(p);
    else widths.push_back(p);
  }
  std::vector<Token> s{make_ident("none")}, w{make_ident("medium")};
  bool has_s = false, has_w = false, has_c = false;
  for (Component comp : comps) {
    std::optional<std::string> k = keyword(comp);
    if (!has_s && k && is_line_style(*k)) {
      s = copy(comp);
      has_s = true;
    } else if (!has_w && is_line_width(comp)) {
      w = copy(comp);
      has_w = true;
    } else if (!has_c && !parse_color(comp).is_invalid()) {
      has_c = true;
    } else {
      return false;
    }
  }
  for (Prop p : styles) put_longhand(out, p, s);
  for (Prop p : widths) put_longhand(out, p, w);
  return true;
}

bool expand_sides(std::string_view name, const std::vector<Component>& comps, const std::vector<Prop>& props,
                  std::vector<Longhand>& out) {
  if (comps.size() > 4) return false;
  // CSS Backgrounds 3 §4: one to four values, top right bottom left.
  std::array<std::size_t, 4> pick = {0, comps.size() > 1 ? 1u : 0u, comps.size() > 2 ? 2u : 0u,
                                     comps.size() > 3 ? 3u : (comps.size() > 1 ? 1u : 0u)};
  if (name == "inset") {
    put_longhand(out, Prop::top, copy(comps[pick[0]]));
    put_longhand(out, Prop::left, copy(comps[pick[3]]));
  } else {
    for (std::size_t side = 0; side < 4; ++side) put_longhand(out, props[side], copy(comps[pick[side]]));
  }
  return true;
}

bool expand_font(const std::vector<Component>& comps, const std::vector<Prop>& props, std::vector<Longhand>& out) {
  // CSS Fonts 4 §2.8: [style || variant || weight || stretch]? size [/ line-height]? family
  if (comps.size() == 1) {
    std::optional<std::string> k = keyword(comps[0]);
    if (k && (*k == "caption" || *k == "icon" || *k == "menu" || *k == "message-box" ||
              *k == "small-caption" || *k == "status-bar")) {
      for (Prop p : props) {
        Longhand l;
        l.prop = p;
        l.unknown = true;
        out.push_back(std::move(l));
      }
      return true;
    }
  }
  std::vector<Token> weight{make_ident("normal")}, line_height{make_ident("normal")};
  std::size_t k = 0;
  for (; k < comps.size(); ++k) {
    std::optional<std::string> kw = keyword(comps[k]);
    const Token& t = comps[k].front();
    if (kw && (*kw == "bold" || *kw == "bolder" || *kw == "lighter")) {
      weight = copy(comps[k]);
    } else if (kw && (*kw == "normal" || *kw == "italic" || *kw == "oblique" || *kw == "small-caps" ||
                      kw->ends_with("condensed") || kw->ends_with("expanded"))) {
    } else if (t.is(TokenType::number) && t.number >= 1 && t.number <= 1000 && comps[k].size() == 1) {
      weight = copy(comps[k]);
    } else if (t.is(TokenType::dimension) && k > 0 && keyword(comps[k - 1]) == "oblique" &&
               parse_angle(comps[k]).ok()) {
    } else {
      break;
    }
  }
  if (k >= comps.size()) return false;
  std::vector<Token> size = copy(comps[k++]);
  if (k < comps.size() && comps[k].front().is_delim('/')) {
    if (k + 1 >= comps.size()) return false;
    line_height = copy(comps[k + 1]);
    k += 2;
  }
  if (k >= comps.size()) return false;  // a family is required
  put_longhand(out, Prop::font_size, std::move(size));
  put_longhand(out, Prop::font_weight, std::move(weight));
  put_longhand(out, Prop::line_height, std::move(line_height));
  return true;
}

// CSS Lists 3 §3.4: <position> || <image> || <type>, where a `none` sets
// whichever of image and type is not given otherwise.
bool expand_list_style(const std::vector<Component>& comps, std::vector<Longhand>& out) {
  std::optional<std::vector<Token>> type, image;
  int nones = 0;
  bool position = false;
  for (Component comp : comps) {
    std::optional<std::string> k = keyword(comp);
    const Token& t = comp.front();
    if (k && (*k == "inside" || *k == "outside")) {
      if (position) return false;
      position = true;
    } else if (k && *k == "none") {
      ++nones;
    } else if (t.is(TokenType::url) || t.is(TokenType::bad_url) ||
               (t.is(TokenType::function) && !t.is_function("symbols"))) {
      if (image) return false;
      image = copy(comp);
    } else {
      if (type) return false;
      type = copy(comp);
    }
  }
  if (nones > 2 || (nones == 2 && (type || image)) || (nones == 1 && type && image)) return false;
  if (!type) type = std::vector<Token>{make_ident(nones > 0 ? "none" : "disc")};
  if (!image) image = std::vector<Token>{make_ident("none")};
  put_longhand(out, Prop::list_style_type, std::move(*type));
  put_longhand(out, Prop::list_style_image, std::move(*image));
  return true;
}

// Expands a shorthand after var() substitution; false when invalid.
bool expand_shorthand(std::string_view name, std::span<const Token> value, std::vector<Longhand>& out) {
  std::vector<Component> comps = components(value);
  if (comps.empty()) return false;
  if (name == "overflow") return expand_overflow(comps, out);
  if (name == "background") return expand_background(comps, out);
  if (name == "outline") return expand_outline(comps, out);
  const std::vector<Prop>& props = shorthand_names().at(name);
  if (name.starts_with("border") && name != "border-style" && name != "border-width")
    return expand_border(comps, props, out);
  if (name == "border-style" || name == "border-width" || name == "inset")
    return expand_sides(name, comps, props, out);
  if (name == "font") return expand_font(comps, props, out);
  if (name == "list-style") return expand_list_style(comps, out);
  return false;
}


// ---------------------------------------------------------------------------
// Computed values (CSS Cascade 4 §4.4): one longhand at a time.

struct ComputeContext {
  const ComputedStyle& parent;
  std::optional<double> root_font_size;
  bool is_root = false;
};

void set_unknown(Prop p, ComputedStyle& s) {
  switch (p) {
    case Prop::display: s.display.reset(); break;
    case Prop::visibility: s.visibility.reset(); break;
    case Prop::content_visibility: s.content_visibility.reset(); break;
    case Prop::opacity: s.opacity.reset(); break;
    case Prop::position: s.position.reset(); break;
    case Prop::clip: s.clip_empty = Tri::unknown; break;
    case Prop::clip_path: s.clip_path_hides = Tri::unknown; break;
    case Prop::overflow_x: s.overflow_x.reset(); break;
    case Prop::overflow_y: s.overflow_y.reset(); break;
    case Prop::width: s.width.reset(); break;
    case Prop::height: s.height.reset(); break;
    case Prop::top: s.top.reset(); break;
    case Prop::left: s.left.reset(); break;
    case Prop::color: s.color.reset(); break;
    case Prop::background_color: s.background_color.reset(); break;
    case Prop::background_image: s.background_image = Tri::unknown; break;
    case Prop::font_size: s.font_size_px.reset(); break;
    case Prop::font_weight: s.font_weight.reset(); break;
    case Prop::line_height: s.line_height.reset(); break;
    case Prop::letter_spacing: s.letter_spacing_px.reset(); break;
    case Prop::word_spacing: s.word_spacing_px.reset(); break;
    case Prop::outline_style: s.outline_style.reset(); break;
    case Prop::outline_width: s.outline_width_px.reset(); break;
    case Prop::outline_color: s.outline_color.reset(); break;
    case Prop::border_top_style: case Prop::border_right_style: case Prop::border_bottom_style:
    case Prop::border_left_style:
      s.border_style[static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_style)].reset();
      break;
    case Prop::border_top_width: case Prop::border_right_width: case Prop::border_bottom_width:
    case Prop::border_left_width:
      s.border_width_px[static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_width)].reset();
      break;
    case Prop::box_shadow: s.box_shadow = Tri::unknown; break;
    case Prop::transform: s.transform = Tri::unknown; s.transform_rotation_deg.reset(); break;
    case Prop::rotate: s.rotate_deg.reset(); break;
    case Prop::text_transform: s.text_transform.reset(); break;
    case Prop::text_shadow: s.text_shadow = Tri::unknown; break;
    case Prop::list_style_type: s.list_style_type.reset(); break;
    case Prop::list_style_image: s.list_style_image = Tri::unknown; break;
    case Prop::count_: case Prop::custom: break;
  }
}

void copy_prop(Prop p, ComputedStyle& d, const ComputedStyle& s) {
  switch (p) {
    case Prop::display: d.display = s.display; break;
    case Prop::visibility: d.visibility = s.visibility; break;
    case Prop::content_visibility: d.content_visibility = s.content_visibility; break;
    case Prop::opacity: d.opacity = s.opacity; break;
    case Prop::position: d.position = s.position; break;
    case Prop::clip: d.clip_empty = s.clip_empty; break;
    case Prop::clip_path: d.clip_path_hides = s.clip_path_hides; break;
    case Prop::overflow_x: d.overflow_x = s.overflow_x; break;
    case Prop::overflow_y: d.overflow_y = s.overflow_y; break;
    case Prop::width: d.width = s.width; break;
    case Prop::height: d.height = s.height; break;
    case Prop::top: d.top = s.top; break;
    case Prop::left: d.left = s.left; break;
    case Prop::color: d.color = s.color; break;
    case Prop::background_color: d.background_color = s.background_color; break;
    case Prop::background_image: d.background_image = s.background_image; break;
    case Prop::font_size: d.font_size_px = s.font_size_px; break;
    case Prop::font_weight: d.font_weight = s.font_weight; break;
    case Prop::line_height: d.line_height = s.line_height; break;
    case Prop::letter_spacing: d.letter_spacing_px = s.letter_spacing_px; break;
    case Prop::word_spacing: d.word_spacing_px = s.word_spacing_px; break;
    case Prop::outline_style: d.outline_style = s.outline_style; break;
    case Prop::outline_width: d.outline_width_px = s.outline_width_px; break;
    case Prop::outline_color: d.outline_color = s.outline_color; break;
    case Prop::border_top_style: case Prop::border_right_style: case Prop::border_bottom_style:
    case Prop::border_left_style: {
      std::size_t i = static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_style);
      d.border_style[i] = s.border_style[i];
      break;
    }
    case Prop::border_top_width: case Prop::border_right_width: case Prop::border_bottom_width:
    case Prop::border_left_width: {
      std::size_t i = static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_width);
      d.border_width_px[i] = s.border_width_px[i];
      break;
    }
    case Prop::box_shadow: d.box_shadow = s.box_shadow; break;
    case Prop::transform:
      d.transform = s.transform;
      d.transform_rotation_deg = s.transform_rotation_deg;
      break;
    case Prop::rotate: d.rotate_deg = s.rotate_deg; break;
    case Prop::text_transform: d.text_transform = s.text_transform; break;
    case Prop::text_shadow: d.text_shadow = s.text_shadow; break;
    case Prop::list_style_type: d.list_style_type = s.list_style_type; break;
    case Prop::list_style_image: d.list_style_image = s.list_style_image; break;
    case Prop::count_: case Prop::custom: break;
  }
}

// The initial values (each property's definition table).
// Equal styles hash alike. It reads only the properties in which styles
// usually differ: equality is decided by operator==, so a property left out
// costs sharing only between styles that differ in nothing else.
std::size_t style_hash(const ComputedStyle& s) {
  std::size_t h = 0;
  auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
  auto opt = [&mix](const auto& o) {
    if (!o) return mix(0x51);
    if constexpr (std::is_same_v<std::decay_t<decltype(*o)>, Rgba>)
      for (double c : {o->r, o->g, o->b, o->a}) mix(std::hash<double>{}(c));
    else if constexpr (std::is_same_v<std::decay_t<decltype(*o)>, Length>)
      mix(std::hash<double>{}(o->px) + o->is_auto);
    else if constexpr (std::is_same_v<std::decay_t<decltype(*o)>, LineHeight>)
      mix(std::hash<double>{}(o->value) + static_cast<std::size_t>(o->kind));
    else if constexpr (std::is_enum_v<std::decay_t<decltype(*o)>>)
      mix(static_cast<std::size_t>(*o) + 1);
    else
      mix(std::hash<double>{}(*o));
  };
  opt(s.display);
  opt(s.visibility);
  opt(s.position);
  opt(s.opacity);
  opt(s.color);
  opt(s.background_color);
  opt(s.font_size_px);
  opt(s.font_weight);
  opt(s.line_height);
  opt(s.width);
  opt(s.height);
  opt(s.outline_style);
  opt(s.outline_width_px);
  opt(s.border_style[0]);
  opt(s.text_transform);
  mix(static_cast<std::size_t>(s.background_image) * 3 + static_cast<std::size_t>(s.transform) * 5 +
      s.viewport_dependent * 7 + s.inline_letter_spacing.declared * 11 + s.inline_word_spacing.declared * 13 +
      s.inline_line_height.declared * 17);
  return h;
}

const ComputedStyle& initial_style() {
  static const ComputedStyle s = [] {
    ComputedStyle i;
    i.display = Display::inline_;
    i.visibility = Visibility::visible;
    i.content_visibility = ContentVisibility::visible;
    i.opacity = 1.0;
    i.position = Position::static_;
    i.overflow_x = i.overflow_y = Overflow::visible;
    i.width = i.height = i.top = i.left = Length{true, 0};
    i.color = Rgba{0, 0, 0, 1};  // CanvasText in the light scheme every browser starts with
    i.background_color = Rgba{0, 0, 0, 0};
    i.font_size_px = 16.0;  // medium
    i.font_weight = 400.0;
    i.line_height = LineHeight{};
    i.letter_spacing_px = i.word_spacing_px = 0.0;
    i.outline_style = LineStyle::none;
    i.outline_width_px = 0.0;  // medium, computed to 0 as the style is none
    i.outline_color = Rgba{0, 0, 0, 1};
    for (std::size_t k = 0; k < 4; ++k) {
      i.border_style[k] = LineStyle::none;
      i.border_width_px[k] = 0.0;
    }
    i.text_transform = TextTransform::none;
    i.list_style_type = ListStyleType::disc;
    return i;
  }();
  return s;
}

// What an element's style is when the cascade could not work it out:
// nothing known, so no rule concludes from it.
ComputedStyle unknown_style() {
  ComputedStyle s;
  s.clip_empty = s.clip_path_hides = s.background_image = s.box_shadow = s.transform = s.list_style_image =
      s.text_shadow = Tri::unknown;
  s.transform_rotation_deg = std::nullopt;
  s.rotate_deg = std::nullopt;
  return s;
}

std::optional<LineStyle> line_style(std::string_view k, bool allow_auto) {
  static constexpr std::array<std::pair<std::string_view, LineStyle>, 11> kStyles = {{
      {"none", LineStyle::none}, {"hidden", LineStyle::hidden}, {"dotted", LineStyle::dotted},
      {"dashed", LineStyle::dashed}, {"solid", LineStyle::solid}, {"double", LineStyle::double_},
      {"groove", LineStyle::groove}, {"ridge", LineStyle::ridge}, {"inset", LineStyle::inset},
      {"outset", LineStyle::outset}, {"auto", LineStyle::auto_}}};
  for (const auto& [name, style] : kStyles)
    if (k == name && (allow_auto || style != LineStyle::auto_)) return style;
  return std::nullopt;
}

std::optional<Display> display_value(const std::vector<Component>& comps) {
  std::vector<std::string> k;
  for (Component c : comps) {
    std::optional<std::string> kw = keyword(c);
    if (!kw) return std::nullopt;
    k.push_back(*kw);
  }
  static const std::map<std::string_view, Display> kOne = {
      {"none", Display::none}, {"contents", Display::contents}, {"inline", Display::inline_},
      {"block", Display::block}, {"inline-block", Display::inline_block},
      {"flow-root", Display::flow_root}, {"flex", Display::flex}, {"inline-flex", Display::inline_flex},
      {"grid", Display::grid}, {"inline-grid", Display::inline_grid}, {"list-item", Display::list_item},
      {"table", Display::table}, {"inline-table", Display::inline_table},
      {"table-row-group", Display::table_row_group}, {"table-header-group", Display::table_header_group},
      {"table-footer-group", Display::table_footer_group}, {"table-row", Display::table_row},
      {"table-cell", Display::table_cell}, {"table-column-group", Display::table_column_group},
      {"table-column", Display::table_column}, {"table-caption", Display::table_caption},
      {"ruby", Display::ruby}, {"run-in", Display::other}, {"ruby-base", Display::other},
      {"ruby-text", Display::other}, {"ruby-base-container", Display::other},
      {"ruby-text-container", Display::other}, {"math", Display::other},
      {"-webkit-box", Display::other}, {"-webkit-inline-box", Display::other},
      {"-webkit-flex", Display::flex}, {"-webkit-inline-flex", Display::inline_flex},
      {"-ms-flexbox", Display::flex}, {"-ms-inline-flexbox", Display::inline_flex},
      {"-ms-grid", Display::grid}, {"-ms-inline-grid", Display::inline_grid}};
  if (k.size() == 1) {
    auto it = kOne.find(k[0]);
    if (it == kOne.end()) return std::nullopt;
    return it->second;
  }
  // CSS Display 3 §2: multi-keyword syntax, <outside> || <inside> [list-item].
  std::string outside, inside;
  bool list_item = false;
  for (const std::string& w : k) {
    if ((w == "block" || w == "inline" || w == "run-in") && outside.empty()) outside = w;
    else if ((w == "flow" || w == "flow-root" || w == "table" || w == "flex" || w == "grid" || w == "ruby") &&
             inside.empty())
      inside = w;
    else if (w == "list-item" && !list_item) list_item = true;
    else return std::nullopt;
  }
  if (list_item) return Display::list_item;
  bool in_line = outside == "inline";
  if (inside.empty() || inside == "flow") return in_line ? Display::inline_ : Display::block;
  if (inside == "flow-root") return in_line ? Display::inline_block : Display::flow_root;
  if (inside == "table") return in_line ? Display::inline_table : Display::table;
  if (inside == "flex") return in_line ? Display::inline_flex : Display::flex;
  if (inside == "grid") return in_line ? Display::inline_grid : Display::grid;
  return Display::ruby;
}

// clip: rect(top, right, bottom, left) encloses no area (CSS Masking 1 §5).
Tri clip_rect_empty(Component c, const LengthContext& lc, bool& valid) {
  valid = false;
  if (c.empty() || !c.front().is_function("rect")) return Tri::unknown;
  std::vector<Component> args;
  for (Component a : components(c.subspan(1, c.size() - (c.back().is(TokenType::close_paren) ? 2 : 1))))
    if (!a.front().is(TokenType::comma)) args.push_back(a);
  if (args.size() != 4) return Tri::unknown;
  std::array<std::optional<double>, 4> v;  // nullopt: auto
  bool unresolved = false;
  for (std::size_t k = 0; k < 4; ++k) {
    if (keyword(args[k]) == "auto") continue;
    Parsed<double> len = parse_length(args[k], lc);
    if (len.is_invalid()) return Tri::unknown;
    if (!len.ok()) unresolved = true;
    else v[k] = len.value;
  }
  valid = true;
  if (unresolved) return Tri::unknown;
  // auto right/bottom are the box's far edges; auto top/left are 0.
  auto span_empty = [](std::optional<double> from, std::optional<double> to) {
    double start = from.value_or(0.0);
    if (!to) return start <= 0 ? Tri::no : Tri::unknown;
    return tri(*to <= start);
  };
  return span_empty(v[3], v[1]) || span_empty(v[0], v[2]);
}

// clip-path basic shapes that leave no area (CSS Shapes 1 §3.1).
Parsed<Tri> clip_path_hides(const std::vector<Component>& comps) {
  if (comps.size() == 1 && keyword(comps[0]) == "none") return Parsed<Tri>::of(Tri::no);
  Tri result = Tri::no;
  for (Component c : comps) {
    const Token& t = c.front();
    if (t.is(TokenType::ident)) {
      std::string k = ascii_lower(t.value);
      if (k == "border-box" || k == "padding-box" || k == "content-box" || k == "margin-box" ||
          k == "fill-box" || k == "stroke-box" || k == "view-box")
        continue;
      return Parsed<Tri>::invalid();
    }
    if (t.is(TokenType::url)) {
      result = result || Tri::unknown;
      continue;
    }
    if (!t.is(TokenType::function)) return Parsed<Tri>::invalid();
    std::size_t inner_end = c.back().is(TokenType::close_paren) ? c.size() - 1 : c.size();
    std::vector<Component> args = components(c.subspan(1, inner_end - 1));
    std::string f = ascii_lower(t.value);
    auto zero = [](Component a) {
      return a.size() == 1 && (a[0].is(TokenType::number) || a[0].is(TokenType::dimension) ||
                               a[0].is(TokenType::percentage)) && a[0].number == 0;
    };
    if (f == "inset") {
      // Percentages of the box: opposite insets meeting leave nothing.
      std::vector<Component> len;
      for (Component a : args) {
        if (keyword(a) == "round") break;
        len.push_back(a);
      }
      if (len.empty() || len.size() > 4) return Parsed<Tri>::invalid();
      std::array<std::size_t, 4> pick = {0, len.size() > 1 ? 1u : 0u, len.size() > 2 ? 2u : 0u,
                                         len.size() > 3 ? 3u : (len.size() > 1 ? 1u : 0u)};
      auto pct = [&](std::size_t i) -> std::optional<double> {
        Component a = len[pick[i]];
        if (a.size() == 1 && a[0].is(TokenType::percentage)) return a[0].number;
        if (zero(a)) return 0.0;
        return std::nullopt;
      };
      std::optional<double> top = pct(0), right = pct(1), bottom = pct(2), left = pct(3);
      if (top && bottom && right && left)
        result = result || tri(*top + *bottom >= 100.0 || *left + *right >= 100.0);
      else result = result || Tri::unknown;  // lengths against an unknown box size
    } else if (f == "circle" || f == "ellipse") {
      std::size_t radii = f == "circle" ? 1 : 2;
      bool any_zero = false;
      std::size_t n = 0;
      for (Component a : args) {
        if (keyword(a) == "at") break;
        any_zero = any_zero || zero(a);
        ++n;
      }
      if (n > radii) return Parsed<Tri>::invalid();
      result = result || tri(any_zero);
    } else if (f == "polygon") {
      // No area when every vertex is the same point.
      std::vector<std::string> points(1);
      for (Component a : args) {
        if (a.front().is(TokenType::comma)) points.emplace_back();
        else if (!(a.front().is(TokenType::ident) && points.size() == 1 && points[0].empty()))
          points.back() += std::to_string(a.front().number) + a.front().value + " ";
      }
      bool same = std::all_of(points.begin(), points.end(), [&](const std::string& p) { return p == points[0]; });
      result = result || tri(same);
    } else if (f == "path" || f == "xywh" || f == "rect" || f == "shape") {
      result = result || Tri::unknown;
    } else {
      return Parsed<Tri>::invalid();
    }
  }
  return Parsed<Tri>::of(result);
}

// Rotation of a transform list, when only rotations, translations and
// rotation matrices are involved (CSS Transforms 1 §9).
Parsed<std::optional<double>> transform_rotation(const std::vector<Component>& comps) {
  double deg = 0;
  bool known = true;
  for (Component c : comps) {
    const Token& t = c.front();
    if (!t.is(TokenType::function)) return Parsed<std::optional<double>>::invalid();
    std::size_t inner_end = c.back().is(TokenType::close_paren) ? c.size() - 1 : c.size();
    std::vector<Component> args;
    for (Component a : components(c.subspan(1, inner_end - 1)))
      if (!a.front().is(TokenType::comma)) args.push_back(a);
    std::string f = ascii_lower(t.value);
    if (f == "rotate" || f == "rotatez") {
      if (args.size() != 1) return Parsed<std::optional<double>>::invalid();
      Parsed<double> a = parse_angle(args[0]);
      if (a.is_invalid()) return Parsed<std::optional<double>>::invalid();
      if (a.ok()) deg += a.value;
      else known = false;
    } else if (f == "matrix") {
      if (args.size() != 6) return Parsed<std::optional<double>>::invalid();
      std::array<double, 4> m{};
      for (std::size_t k = 0; k < 4; ++k) {
        Parsed<double> n = parse_number(args[k]);
        if (n.is_invalid()) return Parsed<std::optional<double>>::invalid();
        if (!n.ok()) known = false;
        m[k] = n.value;
      }
      // A rotation (times a positive uniform scale) has a = d and b = -c.
      bool rotation = std::abs(m[0] - m[3]) < 1e-6 && std::abs(m[1] + m[2]) < 1e-6 && m[0] * m[3] - m[1] * m[2] > 0;
      if (known && rotation) deg += std::atan2(m[1], m[0]) * 180.0 / 3.14159265358979323846;
      else known = false;
    } else if (f.starts_with("translate") || f == "perspective") {
      continue;
    } else if (f.starts_with("scale") || f.starts_with("skew") || f.starts_with("rotate") ||
               f == "matrix3d") {
      known = false;
    } else {
      return Parsed<std::optional<double>>::invalid();
    }
  }
  return Parsed<std::optional<double>>::of(known ? std::optional<double>(deg) : std::nullopt);
}

double bolder(double p) { return p < 350 ? 400 : p < 550 ? 700 : 900; }
double lighter(double p) { return p < 100 ? p : p < 550 ? 100 : p < 750 ? 400 : 700; }

// One declaration's value, split into components once for all of
// apply_value's helpers.
struct DeclaredValue {
  Prop prop;
  std::vector<Component> comps;
  std::optional<std::string> kw;  // when the value is a single keyword
  LengthContext own;              // em and rem against this element's font size
};

// The value is valid but cannot be resolved here.
bool leave_unknown(const DeclaredValue& v, ComputedStyle& out) {
  set_unknown(v.prop, out);
  return true;
}

template <typename E>
bool enum_of(const DeclaredValue& v, std::optional<E>& field,
             std::initializer_list<std::pair<std::string_view, std::type_identity_t<E>>> table) {
  if (!v.kw) return false;
  for (const auto& [name, e] : table)
    if (*v.kw == name) {
      field = e;
      return true;
    }
  return false;
}

bool length_or_auto(const DeclaredValue& v, ComputedStyle& out, std::optional<Length>& field, bool allow_negative) {
  if (v.comps.size() != 1) return false;
  const std::optional<std::string>& kw = v.kw;
  if (kw == "auto") {
    field = Length{true, 0};
    return true;
  }
  if (v.comps[0].front().is(TokenType::percentage)) return leave_unknown(v, out);
  if (kw && (*kw == "min-content" || *kw == "max-content" || *kw == "fit-content" || *kw == "stretch" ||
             *kw == "-webkit-fill-available" || *kw == "-moz-available"))
    return leave_unknown(v, out);
  if (v.comps[0].front().is_function("fit-content") || v.comps[0].front().is_function("anchor") ||
      v.comps[0].front().is_function("anchor-size"))
    return leave_unknown(v, out);
  Parsed<double> len = parse_length(v.comps[0], v.own);
  if (len.is_invalid()) return false;
  if (!len.ok()) return leave_unknown(v, out);
  if (!allow_negative && len.value < 0) return false;
  field = Length{false, len.value};
  return true;
}

bool spacing(const DeclaredValue& v, ComputedStyle& out, std::optional<double>& field, bool allow_percent) {
  if (v.comps.size() != 1) return false;
  if (v.kw == "normal") {
    field = 0.0;
    return true;
  }
  if (v.comps[0].front().is(TokenType::percentage)) return allow_percent ? leave_unknown(v, out) : false;
  Parsed<double> len = parse_length(v.comps[0], v.own);
  if (len.is_invalid()) return false;
  if (!len.ok()) return leave_unknown(v, out);
  field = len.value;
  return true;
}

bool line_width(const DeclaredValue& v, ComputedStyle& out, std::optional<double>& field) {
  if (v.comps.size() != 1) return false;
  if (v.kw == "thin") field = 1.0;
  else if (v.kw == "medium") field = 3.0;
  else if (v.kw == "thick") field = 5.0;
  else {
    Parsed<double> len = parse_length(v.comps[0], v.own);
    if (len.is_invalid() || (len.ok() && len.value < 0)) return false;
    if (!len.ok()) return leave_unknown(v, out);
    field = len.value;
  }
  return true;
}

// `current` is the colour currentcolor stands for: the parent's for `color`
// itself, this element's for the others.
bool color_of(const DeclaredValue& v, ComputedStyle& out, std::optional<Rgba>& field,
              const std::optional<Rgba>& current) {
  if (v.comps.size() != 1) return false;
  Parsed<ColorValue> c = parse_color(v.comps[0]);
  if (c.is_invalid()) return false;
  if (!c.ok()) return leave_unknown(v, out);
  if (c.value.current) field = current;
  else field = c.value.rgba;
  return true;
}

bool present(const DeclaredValue& v, Tri& field) {
  field = tri(v.kw != "none");
  return true;
}

bool apply_box(const DeclaredValue& v, ComputedStyle& out) {
  switch (v.prop) {
    case Prop::display: {
      std::optional<Display> d = display_value(v.comps);
      if (!d) return false;
      out.display = d;
      return true;
    }
    case Prop::visibility:
      return enum_of(v, out.visibility, {{"visible", Visibility::visible}, {"hidden", Visibility::hidden},
                                         {"collapse", Visibility::collapse}});
    case Prop::content_visibility:
      return enum_of(v, out.content_visibility, {{"visible", ContentVisibility::visible},
                                                 {"hidden", ContentVisibility::hidden},
                                                 {"auto", ContentVisibility::auto_}});
    case Prop::position:
      return enum_of(v, out.position, {{"static", Position::static_}, {"relative", Position::relative},
                                       {"absolute", Position::absolute}, {"fixed", Position::fixed},
                                       {"sticky", Position::sticky}, {"-webkit-sticky", Position::sticky}});
    case Prop::overflow_x: case Prop::overflow_y:
      return enum_of(v, v.prop == Prop::overflow_x ? out.overflow_x : out.overflow_y,
                     {{"visible", Overflow::visible}, {"hidden", Overflow::hidden}, {"clip", Overflow::clip},
                      {"scroll", Overflow::scroll}, {"auto", Overflow::auto_}, {"overlay", Overflow::auto_}});
    case Prop::opacity: {
      if (v.comps.size() != 1) return false;
      const Token& t = v.comps[0].front();
      if (t.is(TokenType::percentage)) {
        out.opacity = std::clamp(t.number / 100.0, 0.0, 1.0);
        return true;
      }
      Parsed<double> n = parse_number(v.comps[0]);
      if (n.is_invalid()) return false;
      if (!n.ok()) return leave_unknown(v, out);
      out.opacity = std::clamp(n.value, 0.0, 1.0);
      return true;
    }
    case Prop::clip: {
      if (v.kw == "auto") {
        out.clip_empty = Tri::no;
        return true;
      }
      if (v.comps.size() != 1) return false;
      bool valid = false;
      out.clip_empty = clip_rect_empty(v.comps[0], v.own, valid);
      return valid;
    }
    case Prop::clip_path: {
      Parsed<Tri> h = clip_path_hides(v.comps);
      if (h.is_invalid()) return false;
      out.clip_path_hides = h.value;
      return true;
    }
    default: return false;
  }
}

bool apply_lengths(const DeclaredValue& v, ComputedStyle& out) {
  switch (v.prop) {
    case Prop::width: return length_or_auto(v, out, out.width, false);
    case Prop::height: return length_or_auto(v, out, out.height, false);
    case Prop::top: return length_or_auto(v, out, out.top, true);
    case Prop::left: return length_or_auto(v, out, out.left, true);
    default: return false;
  }
}

bool apply_font_size(const DeclaredValue& v, const ComputeContext& ctx, ComputedStyle& out) {
  if (v.comps.size() != 1) return false;
  const std::optional<std::string>& kw = v.kw;
  std::optional<double> parent = ctx.parent.font_size_px;
  // CSS Fonts 4 §2.5: absolute-size keywords as browsers map them.
  static constexpr std::array<std::pair<std::string_view, double>, 8> kSizes = {{
      {"xx-small", 9}, {"x-small", 10}, {"small", 13}, {"medium", 16}, {"large", 18},
      {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}}};
  if (kw) {
    for (const auto& [name, px] : kSizes)
      if (*kw == name) {
        out.font_size_px = px;
        return true;
      }
    if (*kw == "larger" || *kw == "smaller") {
      out.font_size_px = parent ? std::optional<double>(*kw == "larger" ? *parent * 1.2 : *parent / 1.2)
                                : std::nullopt;
      return true;
    }
    if (*kw == "math") return leave_unknown(v, out);
    return false;
  }
  const Token& t = v.comps[0].front();
  if (t.is(TokenType::percentage)) {
    if (t.number < 0) return false;
    out.font_size_px = parent ? std::optional<double>(*parent * t.number / 100.0) : std::nullopt;
    return true;
  }
  // em and rem in font-size refer to the parent's and the root's.
  LengthContext lc{parent, ctx.is_root ? std::optional<double>(16.0) : ctx.root_font_size};
  Parsed<double> len = parse_length(v.comps[0], lc);
  if (len.is_invalid() || (len.ok() && len.value < 0)) return false;
  if (!len.ok()) return leave_unknown(v, out);
  out.font_size_px = len.value;
  return true;
}

bool apply_line_height(const DeclaredValue& v, ComputedStyle& out) {
  if (v.comps.size() != 1) return false;
  if (v.kw == "normal") {
    out.line_height = LineHeight{};
    return true;
  }
  const Token& t = v.comps[0].front();
  if (t.is(TokenType::percentage)) {
    if (t.number < 0) return false;
    if (!out.font_size_px) return leave_unknown(v, out);
    out.line_height = LineHeight{LineHeight::Kind::px, *out.font_size_px * t.number / 100.0};
    return true;
  }
  Parsed<double> n = parse_number(v.comps[0]);
  if (n.ok()) {
    if (n.value < 0) return false;
    out.line_height = LineHeight{LineHeight::Kind::number, n.value};
    return true;
  }
  Parsed<double> len = parse_length(v.comps[0], v.own);
  if (len.is_invalid() && n.is_invalid()) return false;
  if (!len.ok()) return leave_unknown(v, out);
  if (len.value < 0) return false;
  out.line_height = LineHeight{LineHeight::Kind::px, len.value};
  return true;
}

bool apply_text(const DeclaredValue& v, const ComputeContext& ctx, ComputedStyle& out) {
  switch (v.prop) {
    case Prop::text_transform:
      if (v.kw == "full-width" || v.kw == "full-size-kana" || v.kw == "math-auto") {
        out.text_transform = TextTransform::other;
        return true;
      }
      return enum_of(v, out.text_transform, {{"none", TextTransform::none},
                                             {"capitalize", TextTransform::capitalize},
                                             {"uppercase", TextTransform::uppercase},
                                             {"lowercase", TextTransform::lowercase}});
    case Prop::font_size: return apply_font_size(v, ctx, out);
    case Prop::font_weight: {
      if (v.comps.size() != 1) return false;
      std::optional<double> parent = ctx.parent.font_weight;
      if (v.kw == "normal") out.font_weight = 400.0;
      else if (v.kw == "bold") out.font_weight = 700.0;
      else if (v.kw == "bolder") out.font_weight = parent ? std::optional<double>(bolder(*parent)) : std::nullopt;
      else if (v.kw == "lighter") out.font_weight = parent ? std::optional<double>(lighter(*parent)) : std::nullopt;
      else {
        Parsed<double> n = parse_number(v.comps[0]);
        if (n.is_invalid() || (n.ok() && (n.value < 1 || n.value > 1000))) return false;
        if (!n.ok()) return leave_unknown(v, out);
        out.font_weight = n.value;
      }
      return true;
    }
    case Prop::line_height: return apply_line_height(v, out);
    case Prop::letter_spacing: return spacing(v, out, out.letter_spacing_px, false);
    case Prop::word_spacing: return spacing(v, out, out.word_spacing_px, true);
    default: return false;
  }
}

bool apply_list(const DeclaredValue& v, ComputedStyle& out) {
  if (v.comps.size() != 1) return false;
  const Token& t = v.comps[0].front();
  if (v.prop == Prop::list_style_image) {
    if (t.is_ident("none")) out.list_style_image = Tri::no;
    else if (t.is(TokenType::url) || t.is(TokenType::function)) out.list_style_image = Tri::yes;
    else return false;
    return true;
  }
  if (enum_of(v, out.list_style_type,
              {{"none", ListStyleType::none}, {"disc", ListStyleType::disc}, {"circle", ListStyleType::circle},
               {"square", ListStyleType::square}, {"decimal", ListStyleType::decimal},
               {"decimal-leading-zero", ListStyleType::decimal_leading_zero},
               {"lower-alpha", ListStyleType::lower_alpha}, {"lower-latin", ListStyleType::lower_alpha},
               {"upper-alpha", ListStyleType::upper_alpha}, {"upper-latin", ListStyleType::upper_alpha},
               {"lower-roman", ListStyleType::lower_roman}, {"upper-roman", ListStyleType::upper_roman}}))
    return true;
  // Any other counter style (<counter-style-name>), a string or symbols().
  if (!(t.is(TokenType::ident) || t.is(TokenType::string) || t.is_function("symbols"))) return false;
  out.list_style_type = ListStyleType::other;
  return true;
}

bool apply_paint(const DeclaredValue& v, const ComputeContext& ctx, ComputedStyle& out) {
  switch (v.prop) {
    case Prop::color: return color_of(v, out, out.color, ctx.parent.color);
    case Prop::background_color: return color_of(v, out, out.background_color, out.color);
    case Prop::background_image: {
      for (Component c : v.comps) {
        const Token& t = c.front();
        if (!(t.is(TokenType::comma) || t.is(TokenType::url) || t.is(TokenType::function) ||
              (t.is(TokenType::ident) && t.is_ident("none"))))
          return false;
      }
      bool any = std::any_of(v.comps.begin(), v.comps.end(), [](Component c) {
        return !c.front().is(TokenType::comma) && !c.front().is_ident("none");
      });
      out.background_image = tri(any);
      return true;
    }
    case Prop::box_shadow: return present(v, out.box_shadow);
    case Prop::text_shadow: return present(v, out.text_shadow);
    default: return false;
  }
}

bool apply_outline_border(const DeclaredValue& v, ComputedStyle& out) {
  switch (v.prop) {
    case Prop::outline_color:
      if (v.kw == "invert" || v.kw == "auto") return leave_unknown(v, out);  // the platform's focus ring colour
      return color_of(v, out, out.outline_color, out.color);
    case Prop::outline_style: {
      if (!v.kw) return false;
      std::optional<LineStyle> ls = line_style(*v.kw, true);
      if (!ls || ls == LineStyle::hidden) return false;
      out.outline_style = ls;
      return true;
    }
    case Prop::outline_width: return line_width(v, out, out.outline_width_px);
    case Prop::border_top_style: case Prop::border_right_style: case Prop::border_bottom_style:
    case Prop::border_left_style: {
      if (!v.kw) return false;
      std::optional<LineStyle> ls = line_style(*v.kw, false);
      if (!ls) return false;
      out.border_style[static_cast<std::size_t>(v.prop) - static_cast<std::size_t>(Prop::border_top_style)] = ls;
      return true;
    }
    case Prop::border_top_width: case Prop::border_right_width: case Prop::border_bottom_width:
    case Prop::border_left_width:
      return line_width(v, out, out.border_width_px[static_cast<std::size_t>(v.prop) -
                                                    static_cast<std::size_t>(Prop::border_top_width)]);
    default: return false;
  }
}

bool apply_transform(const DeclaredValue& v, ComputedStyle& out) {
  if (v.prop == Prop::transform) {
    if (v.kw == "none") {
      out.transform = Tri::no;
      out.transform_rotation_deg = 0.0;
      return true;
    }
    Parsed<std::optional<double>> r = transform_rotation(v.comps);
    if (r.is_invalid()) return false;
    out.transform = Tri::yes;
    out.transform_rotation_deg = r.value;
    return true;
  }
  if (v.kw == "none") {
    out.rotate_deg = 0.0;
    return true;
  }
  // CSS Transforms 2 §4: [x | y | z | <number>{3}]? <angle>; only
  // rotation about z turns the page's content in its plane.
  const std::vector<Component>& comps = v.comps;
  Parsed<double> a = parse_angle(comps.back());
  if (a.is_invalid()) return false;
  bool about_z = comps.size() == 1 || (comps.size() == 2 && keyword(comps[0]) == "z");
  if (comps.size() == 4) {
    Parsed<double> x = parse_number(comps[0]), y = parse_number(comps[1]), z = parse_number(comps[2]);
    about_z = x.ok() && y.ok() && z.ok() && x.value == 0 && y.value == 0 && z.value > 0;
  }
  if (!a.ok() || !about_z) return leave_unknown(v, out);
  out.rotate_deg = a.value;
  return true;
}

// Computes `value` for `p` into `out`; false when the value is invalid for
// the property. Unresolvable values leave the property unknown.
bool apply_value(Prop p, std::span<const Token> value, const ComputeContext& ctx, ComputedStyle& out) {
  DeclaredValue v{p, components(value), std::nullopt, LengthContext{out.font_size_px, ctx.root_font_size}};
  if (v.comps.empty()) return false;
  if (v.comps.size() == 1) v.kw = keyword(v.comps[0]);
  switch (p) {
    case Prop::display: case Prop::visibility: case Prop::content_visibility: case Prop::position:
    case Prop::overflow_x: case Prop::overflow_y: case Prop::opacity: case Prop::clip: case Prop::clip_path:
      return apply_box(v, out);
    case Prop::width: case Prop::height: case Prop::top: case Prop::left:
      return apply_lengths(v, out);
    case Prop::text_transform: case Prop::font_size: case Prop::font_weight: case Prop::line_height:
    case Prop::letter_spacing: case Prop::word_spacing:
      return apply_text(v, ctx, out);
    case Prop::color: case Prop::background_color: case Prop::background_image: case Prop::box_shadow:
    case Prop::text_shadow:
      return apply_paint(v, ctx, out);
    case Prop::outline_color: case Prop::outline_style: case Prop::outline_width:
    case Prop::border_top_style: case Prop::border_right_style: case Prop::border_bottom_style:
    case Prop::border_left_style: case Prop::border_top_width: case Prop::border_right_width:
    case Prop::border_bottom_width: case Prop::border_left_width:
      return apply_outline_border(v, out);
    case Prop::transform: case Prop::rotate:
      return apply_transform(v, out);
    case Prop::list_style_type: case Prop::list_style_image:
      return apply_list(v, out);
    case Prop::count_: case Prop::custom: return false;
  }
  return false;
}

// Validates a longhand value the way a parser would: unknown-but-valid
// passes, invalid is dropped before the cascade (CSS Syntax 3 §5.4.6).
bool valid_value(Prop p, std::span<const Token> value) {
  ComputedStyle scratch = initial_style();
  ComputeContext ctx{initial_style(), 16.0, false};
  if (p == Prop::outline_color) {
    std::vector<Component> c = components(value);
    if (c.size() == 1 && (keyword(c[0]) == "invert" || keyword(c[0]) == "auto")) return true;
  }
  return apply_value(p, value, ctx, scratch);
}

// Turns one declaration into longhands; nothing when it is invalid or of a
// property not computed here.
void expand(const Declaration& d, std::vector<Longhand>& out) {
  if (d.property.starts_with("--")) {
    Longhand l;
    l.prop = Prop::custom;
    l.custom_name = d.property;
    l.value = d.value;
    l.source = &d;
    out.push_back(std::move(l));
    return;
  }
  std::size_t first = out.size();
  std::vector<Component> comps = components(d.value);
  std::optional<std::string> kw = comps.size() == 1 ? keyword(comps[0]) : std::nullopt;
  bool wide = kw && is_wide_keyword(*kw);
  auto longhand = longhand_names().find(d.property);
  auto shorthand = shorthand_names().find(d.property);
  if (d.property == "all") {
    if (!wide) return;
    for (std::size_t p = 0; p < kPropCount; ++p) {
      Longhand l;
      l.prop = static_cast<Prop>(p);
      l.value = d.value;
      out.push_back(std::move(l));
    }
  } else if (longhand != longhand_names().end()) {
    if (!wide && !contains_var(d.value) && !valid_value(longhand->second, d.value)) return;
    Longhand l;
    l.prop = longhand->second;
    l.value = d.value;
    out.push_back(std::move(l));
  } else if (shorthand != shorthand_names().end()) {
    if (wide || contains_var(d.value)) {
      for (Prop p : shorthand->second) {
        Longhand l;
        l.prop = p;
        l.value = d.value;
        if (!wide) l.pending_shorthand = d.property;
        out.push_back(std::move(l));
      }
    } else {
      if (!expand_shorthand(d.property, d.value, out)) {
        out.resize(first);
        return;
      }
      for (std::size_t k = first; k < out.size(); ++k) {
        if (!out[k].unknown && !valid_value(out[k].prop, out[k].value)) {
          out.resize(first);
          return;
        }
      }
    }
  }
  for (std::size_t k = first; k < out.size(); ++k) out[k].source = &d;
}

// ---------------------------------------------------------------------------
// The cascade proper.

// CSS Cascade 5 §6.1 sort order, highest wins: importance, style attribute,
// layer (reversed for important declarations), specificity, order.
struct Priority {
  std::uint8_t important = 0;
  std::uint8_t attached = 0;
  std::uint32_t layer = 0;
  Specificity specificity;
  std::uint32_t order = 0;
  friend auto operator<=>(const Priority&, const Priority&) = default;
};

struct Candidate {
  Priority priority;
  Tri certain = Tri::yes;
  bool viewport = false;
  const Longhand* longhand = nullptr;
};

struct RuleEntry {
  const ComplexSelector* selector = nullptr;
  const std::vector<Longhand>* normal = nullptr;     // the rule's normal longhands
  const std::vector<Longhand>* important = nullptr;  // and !important ones
  Condition condition;
  std::uint32_t layer_rank = 0;
  std::uint32_t order = 0;
  AncestorHashes ancestors;
};

// Lets the buckets be searched with a string_view, without a copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using Buckets = std::unordered_map<std::string, std::vector<std::uint32_t>, TextHash, std::equal_to<>>;

struct CustomValue {
  bool known = true;
  std::vector<Token> tokens;
};
using CustomProps = std::unordered_map<std::string, CustomValue>;

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && a[i].is(TokenType::whitespace)) ++i;
    while (j < b.size() && b[j].is(TokenType::whitespace)) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    const Token &x = a[i++], &y = b[j++];
    if (x.type != y.type || x.value != y.value || x.number != y.number || x.delim != y.delim) return false;
  }
}

bool same_longhand(const Longhand& a, const Longhand& b) {
  return a.unknown == b.unknown && a.pending_shorthand == b.pending_shorthand && same_tokens(a.value, b.value);
}

// CSS Variables 1 §3: replaces var() with custom property values. nullopt
// with `unknown` false: invalid at computed-value time (the property is
// unset); with `unknown` true: a value this checker cannot know.
std::optional<std::vector<Token>> substitute(std::span<const Token> in, const CustomProps* props, bool& unknown,
                                             int depth = 0) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const Token& t = in[i];
    if (t.is_function("env") || t.is_function("attr")) {
      unknown = true;
      return std::nullopt;
    }
    if (!t.is_function("var")) {
      out.push_back(t);
      continue;
    }
    std::size_t end = skip_block(in, i + 1, TokenType::function);
    std::size_t close = end > i + 1 && in[end - 1].is(TokenType::close_paren) ? end - 1 : end;
    std::size_t k = i + 1;
    while (k < close && in[k].is(TokenType::whitespace)) ++k;
    if (k >= close || !in[k].is(TokenType::ident) || !in[k].value.starts_with("--")) return std::nullopt;
    const std::string& name = in[k].value;
    ++k;
    while (k < close && in[k].is(TokenType::whitespace)) ++k;
    bool has_fallback = k < close && in[k].is(TokenType::comma);
    const CustomValue* v = nullptr;
    if (props != nullptr) {
      auto it = props->find(name);
      if (it != props->end()) v = &it->second;
    }
    if (v != nullptr && !v->known) {
      unknown = true;
      return std::nullopt;
    }
    if (v != nullptr && !v->tokens.empty()) {
      out.insert(out.end(), v->tokens.begin(), v->tokens.end());
    } else if (has_fallback) {
      // Fallbacks may hold var() too; the depth cap keeps this recursion
      // bounded whatever the input.
      if (depth >= 16) {
        unknown = true;
        return std::nullopt;
      }
      std::optional<std::vector<Token>> fb = substitute(in.subspan(k + 1, close - k - 1), props, unknown, depth + 1);
      if (!fb) return std::nullopt;
      out.insert(out.end(), fb->begin(), fb->end());
    } else {
      return std::nullopt;
    }
    i = end - 1;
  }
  return out;
}

struct ParsedRule {
  const StyleRule* rule = nullptr;
  std::uint32_t sheet = 0;
  const SelectorList* selectors = nullptr;
  std::vector<Longhand> normal, important;
};

}  // namespace

struct Styles::Impl {
  const Document* doc = nullptr;
  std::vector<AuthorSheet> sheets;  // a sheet's id is its index
  std::vector<std::unique_ptr<ParsedRule>> rules;
  std::vector<RuleEntry> entries;
  Buckets by_id, by_class, by_tag, by_attribute;
  std::vector<std::uint32_t> universal;
  bool focus_beyond_subject = false;
  std::unique_ptr<StructureIndex> structure;
  // Elements share equal styles (siblings in a list, a child that only
  // inherits, every field of a form): each element points into a table of
  // distinct styles, which keeps a page of 100,000 elements to a few dozen
  // styles in memory.
  std::vector<ComputedStyle> styles;
  std::vector<std::uint32_t> style_of;  // per element, into `styles`
  // Each distinct style by its hash (a collision takes the next key), for
  // sharing beyond parent and sibling.
  std::unordered_map<std::size_t, std::uint32_t> style_by_hash;
  std::vector<std::shared_ptr<const CustomProps>> customs;
  ComputedStyle template_style;
  std::vector<std::string> unreadable;
  std::vector<std::string> over_css_limit;  // sheets left out past CascadeOptions::max_css_bytes
  std::size_t css_bytes = 0;
  std::unordered_set<const ParsedSheet*> counted;  // the distinct sheets in css_bytes
  Tri complete = Tri::yes;
  std::uint64_t work = 0;
  bool over_budget = false;
  std::uint64_t max_match_work = 0;
  mutable std::atomic<std::uint64_t> focus_work{0};
  std::uint32_t unlayered_rank = 0;
  // The root element's font size, for rem; set once the root is computed.
  std::optional<double> root_font_size;

  void gather(const CascadeOptions& options);
  void add_sheet(std::shared_ptr<const ParsedSheet> parsed, const Node& owner, std::string href,
                 Condition condition, const CascadeOptions& options, int depth, std::set<std::string>& seen);
  bool within_css_limit(const ParsedSheet& sheet, const std::string& href, const CascadeOptions& options);
  void drop_repeated_sheets();
  void index();
  void assign_layer_ranks();
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> layer_rank;  // (sheet, local) -> rank

  struct Scratch {
    std::vector<std::uint32_t> entries;
    std::vector<Candidate> candidates;
    std::vector<Declaration> inline_decls;
    std::vector<Longhand> inline_longhands;
    std::vector<std::string_view> classes;
    std::string tag;
    std::uint64_t matched = 0;
  };
  std::pair<ComputedStyle, std::shared_ptr<const CustomProps>> compute(
      const Node& e, const ComputedStyle& parent, const std::shared_ptr<const CustomProps>& parent_custom,
      const Node* focused, Scratch& scratch, const AncestorFilter* filter = nullptr) const;
  // The first two steps of compute: the candidate declarations, into `scratch`.
  void candidate_rules(const Node& e, Scratch& scratch) const;
  bool collect_candidates(const Node& e, const Node* focused, Scratch& scratch, const AncestorFilter* filter) const;
};

namespace {

bool rel_has(std::string_view rel, std::string_view token) {
  std::size_t i = 0;
  while (i < rel.size()) {
    while (i < rel.size() && std::string_view(" \t\n\r\f").find(rel[i]) != std::string_view::npos) ++i;
    std::size_t j = i;
    while (j < rel.size() && std::string_view(" \t\n\r\f").find(rel[j]) == std::string_view::npos) ++j;
    if (j > i && iequals(rel.substr(i, j - i), token)) return true;
    i = j;
  }
  return false;
}

// An @import href relative to the sheet that imports it.
std::string join_href(const std::string& base, const std::string& href) {
  if (base.empty() || href.find("://") != std::string::npos || href.starts_with("/") || href.starts_with("data:"))
    return href;
  std::size_t slash = base.rfind('/');
  return slash == std::string::npos ? href : base.substr(0, slash + 1) + href;
}

bool inside(const Node& n, Name name) {
  for (const Node* p = n.parent; p != nullptr; p = p->parent)
    if (p->is(name)) return true;
  return false;
}

}  // namespace

void Styles::Impl::add_sheet(std::shared_ptr<const ParsedSheet> parsed, const Node& owner, std::string href,
                             Condition condition, const CascadeOptions& options, int depth,
                             std::set<std::string>& seen) {
  if (parsed->sheet.lossy) complete = complete && Tri::unknown;
  // CSS Cascade 4 §2: an imported sheet's rules come before the importer's.
  for (const Import& imp : parsed->sheet.imports) {
    Condition c = condition && imp.condition;
    if (c.applies == Tri::no) continue;
    std::string imported_href = join_href(href, imp.href);
    if (depth >= 8 || !seen.insert(imported_href).second) {
      if (depth >= 8) complete = complete && Tri::unknown;
      continue;  // a cycle imports nothing new
    }
    std::shared_ptr<const ParsedSheet> imported = options.resolve ? options.resolve(imported_href) : nullptr;
    if (!imported) {
      unreadable.push_back(imported_href);
      complete = complete && Tri::unknown;
      continue;
    }
    if (within_css_limit(*imported, imported_href, options))
      add_sheet(std::move(imported), owner, std::move(imported_href), c, options, depth + 1, seen);
  }
  sheets.push_back({&owner, std::move(href), std::move(parsed), condition});
}

// Whether the page's CSS may grow by this sheet: the distinct sheets of a
// page together stay within the limit (the same sheet linked twice counts
// once). False after noting the sheet as left out.
bool Styles::Impl::within_css_limit(const ParsedSheet& sheet, const std::string& href, const CascadeOptions& options) {
  if (counted.contains(&sheet)) return true;
  if (css_bytes + sheet.text.size() > options.max_css_bytes) {
    over_css_limit.push_back(href.empty() ? std::string("<style>") : href);
    complete = complete && Tri::unknown;
    return false;
  }
  css_bytes += sheet.text.size();
  counted.insert(&sheet);
  return true;
}

// The same sheet brought in again under the same conditions (one file
// linked many times, with query strings that change nothing) adds nothing
// but its position: only its last time counts, as the later one wins every
// tie anyway. Sheets declaring layers keep every place, as layer order
// follows first appearance.
void Styles::Impl::drop_repeated_sheets() {
  std::unordered_map<const ParsedSheet*, std::size_t> last;
  for (std::size_t i = 0; i < sheets.size(); ++i) last[sheets[i].parsed.get()] = i;
  if (last.size() == sheets.size()) return;
  std::vector<AuthorSheet> kept;
  kept.reserve(last.size());
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const AuthorSheet& a = sheets[i];
    std::size_t l = last[a.parsed.get()];
    const AuthorSheet& later = sheets[l];
    if (l != i && a.condition == later.condition && a.parsed->sheet.layers.empty()) continue;
    kept.push_back(a);
  }
  sheets = std::move(kept);
}

void Styles::Impl::gather(const CascadeOptions& options) {
  std::set<std::string> seen;
  for (const Node* e : doc->elements()) {
    if (e->in_template) continue;
    bool style = e->is(tag::style) || e->is_in(Namespace::svg, tag::style);
    bool link = e->is(tag::link);
    if (!style && !link) continue;
    // With scripting on, <noscript> content is never rendered.
    if (inside(*e, tag::noscript)) continue;
    Condition condition;
    if (std::optional<std::string_view> media = e->attr(attr::media)) condition = evaluate_media(*media);
    if (condition.applies == Tri::no) continue;
    if (style) {
      std::optional<std::string_view> type = e->attr(attr::type);
      if (type && !type->empty() && !iequals(*type, "text/css")) continue;
      auto parsed = std::make_shared<const ParsedSheet>(read_sheet(doc->text_content(*e)));
      if (within_css_limit(*parsed, {}, options)) add_sheet(std::move(parsed), *e, {}, condition, options, 0, seen);
      continue;
    }
    std::string_view rel = e->attr(attr::rel).value_or("");
    if (!rel_has(rel, "stylesheet") || rel_has(rel, "alternate") || e->has(attr::disabled)) continue;
    std::string href(e->attr(attr::href).value_or(""));
    if (href.empty()) continue;
    std::shared_ptr<const ParsedSheet> linked = options.resolve ? options.resolve(href) : nullptr;
    if (!linked) {
      unreadable.push_back(href);
      complete = complete && Tri::unknown;
      continue;
    }
    seen.insert(href);
    if (within_css_limit(*linked, href, options)) add_sheet(std::move(linked), *e, std::move(href), condition, options, 0, seen);
  }
  drop_repeated_sheets();
}

// CSS Cascade 5 §6.4: layers order by first declaration; a layer's
// sublayers come before its own rules, and unlayered rules come last. One
// tree of all sheets' layer names, numbered in post-order.
void Styles::Impl::assign_layer_ranks() {
  struct LayerNode {
    std::map<std::string, std::size_t> by_name;
    std::vector<std::size_t> children;  // in first-appearance order
    std::uint32_t rank = 0;
  };
  std::vector<LayerNode> tree(1);
  std::vector<std::vector<std::size_t>> node_of(sheets.size());
  for (std::uint32_t sheet = 0; sheet < sheets.size(); ++sheet) {
    for (const LayerName& name : sheets[sheet].parsed->sheet.layers) {
      std::size_t cur = 0;
      for (const std::string& part0 : name.path) {
        // Anonymous layers are unique to their sheet.
        std::string part = !part0.empty() && part0[0] == '\0' ? part0 + "#" + std::to_string(sheet) : part0;
        auto it = tree[cur].by_name.find(part);
        if (it == tree[cur].by_name.end()) {
          tree.emplace_back();
          std::size_t id = tree.size() - 1;
          tree[cur].by_name.emplace(part, id);
          tree[cur].children.push_back(id);
          cur = id;
        } else {
          cur = it->second;
        }
      }
      node_of[sheet].push_back(cur);
    }
  }
  // Iterative post-order: (node, next child index).
  std::vector<std::pair<std::size_t, std::size_t>> stack{{0, 0}};
  std::uint32_t next = 0;
  while (!stack.empty()) {
    auto& [node, child] = stack.back();
    if (child < tree[node].children.size()) {
      std::size_t c = tree[node].children[child++];
      stack.push_back({c, 0});
    } else {
      tree[node].rank = next++;
      stack.pop_back();
    }
  }
  unlayered_rank = tree[0].rank;
  for (std::uint32_t sheet = 0; sheet < sheets.size(); ++sheet)
    for (std::size_t k = 0; k < node_of[sheet].size(); ++k)
      layer_rank[{sheet, static_cast<std::uint32_t>(k)}] = tree[node_of[sheet][k]].rank;
}

void Styles::Impl::index() {
  assign_layer_ranks();
  std::uint32_t order = 0;
  for (std::uint32_t sheet_id = 0; sheet_id < sheets.size(); ++sheet_id) {
    const AuthorSheet& sheet = sheets[sheet_id];
    for (std::size_t r = 0; r < sheet.parsed->sheet.rules.size(); ++r) {
      const StyleRule& rule = sheet.parsed->sheet.rules[r];
      Condition condition = sheet.condition && rule.condition;
      if (condition.applies == Tri::no) continue;
      const RuleSelectors& selectors = sheet.parsed->selectors[r];
      // A rule this checker cannot read may style any element.
      if (selectors.too_deep) complete = complete && Tri::unknown;
      if (!selectors.list) continue;  // invalid: the whole rule is dropped
      auto parsed = std::make_unique<ParsedRule>();
      parsed->rule = &rule;
      parsed->sheet = sheet_id;
      parsed->selectors = &*selectors.list;
      for (const Declaration& d : rule.declarations) expand(d, d.important ? parsed->important : parsed->normal);
      if (parsed->normal.empty() && parsed->important.empty()) continue;
      std::uint32_t rank =
          rule.layer == kUnlayered ? unlayered_rank : layer_rank.at({sheet_id, rule.layer});
      for (const ComplexSelector& sel : *parsed->selectors) {
        if (!sel.pseudo_element.empty()) continue;  // styles a pseudo-element, not the element
        if (never_matches(sel)) continue;            // a:hover, :visited... at rest and under focus alike
        focus_beyond_subject = focus_beyond_subject || sel.focus_beyond_subject;
        auto id = static_cast<std::uint32_t>(entries.size());
        entries.push_back(
            {&sel, &parsed->normal, &parsed->important, condition, rank, order++, ancestor_hashes(sel)});
        // Bucket by the rightmost compound's most selective simple selector.
        const Compound& right = sel.compounds.front();
        const SimpleSelector* best = nullptr;
        for (std::uint32_t k = right.begin; k < right.end; ++k) {
          const SimpleSelector& simple = sel.simples[k];
          auto weight = [](const SimpleSelector* x) {
            if (x == nullptr) return 0;
            switch (x->kind) {
              case SimpleSelector::Kind::id: return 4;
              case SimpleSelector::Kind::class_: return 3;
              case SimpleSelector::Kind::type: return 2;
              case SimpleSelector::Kind::attribute: return 1;  // [hidden], [aria-expanded=true]
              default: return 0;
            }
          };
          if (weight(&simple) > weight(best)) best = &simple;
        }
        if (best == nullptr) universal.push_back(id);
        else if (best->kind == SimpleSelector::Kind::id) by_id[best->text].push_back(id);
        else if (best->kind == SimpleSelector::Kind::class_) by_class[best->text].push_back(id);
        else if (best->kind == SimpleSelector::Kind::type) by_tag[best->text].push_back(id);
        else by_attribute[best->text].push_back(id);
      }
      rules.push_back(std::move(parsed));
    }
  }
}

namespace {

// The display of each element the user-agent sheet names; others are inline.
const std::unordered_map<std::uint32_t, Display>& ua_displays() {
  static const std::unordered_map<std::uint32_t, Display> kDisplay = [] {
    std::unordered_map<std::uint32_t, Display> m;
    for (Name n : {tag::head, tag::script, tag::style, tag::template_, tag::title, tag::meta, tag::link,
                   tag::base, tag::noscript, tag::area, tag::datalist, tag::param, tag::source, tag::track})
      m[n.id] = Display::none;
    for (Name n : {tag::html, tag::body, tag::address, tag::article, tag::aside, tag::blockquote,
                   tag::details, tag::dialog, tag::dd, tag::div, tag::dl, tag::dt, tag::fieldset,
                   tag::figcaption, tag::figure, tag::footer, tag::form, tag::h1, tag::h2, tag::h3,
                   tag::h4, tag::h5, tag::h6, tag::header, tag::hgroup, tag::hr, tag::legend, tag::main,
                   tag::menu, tag::nav, tag::ol, tag::p, tag::pre, tag::search, tag::section, tag::ul,
                   tag::optgroup, tag::option, tag::frameset, tag::frame})
      m[n.id] = Display::block;
    m[tag::li.id] = Display::list_item;
    m[tag::summary.id] = Display::list_item;
    m[tag::table.id] = Display::table;
    m[tag::caption.id] = Display::table_caption;
    m[tag::colgroup.id] = Display::table_column_group;
    m[tag::col.id] = Display::table_column;
    m[tag::thead.id] = Display::table_header_group;
    m[tag::tbody.id] = Display::table_row_group;
    m[tag::tfoot.id] = Display::table_footer_group;
    m[tag::tr.id] = Display::table_row;
    m[tag::td.id] = Display::table_cell;
    m[tag::th.id] = Display::table_cell;
    for (Name n : {tag::button, tag::select, tag::textarea, tag::meter, tag::progress, tag::img,
                   tag::video, tag::iframe, tag::embed, tag::object, tag::canvas, tag::audio})
      m[n.id] = Display::inline_block;
    return m;
  }();
  return kDisplay;
}

bool ua_display(const Node& e, ComputedStyle& out) {
  bool html = e.ns == Namespace::html;
  if (!html) {
    out.display = Display::inline_;
    return true;
  }
  if (e.has(attr::hidden)) {
    // hidden=until-found keeps the box and hides the content instead.
    if (!iequals(e.attr(attr::hidden).value_or(""), "until-found")) {
      out.display = Display::none;
      return true;
    }
  }
  if (e.is(tag::input) && iequals(e.attr(attr::type).value_or(""), "hidden")) {
    out.display = Display::none;
    return true;
  }
  if (e.is(tag::dialog) && !e.has(attr::open)) {
    out.display = Display::none;
    return true;
  }
  if (e.is(tag::audio) && !e.has(attr::controls)) {
    out.display = Display::none;
    return true;
  }
  // A closed <details> shows only its first <summary>.
  if (e.parent != nullptr && e.parent->is(tag::details) && !e.parent->has(attr::open)) {
    const Node* first_summary = nullptr;
    for (const Node& c : e.parent->children())
      if (c.is(tag::summary)) {
        first_summary = &c;
        break;
      }
    if (&e != first_summary) {
      out.display = Display::none;
      return true;
    }
  }
  if (e.is(tag::input)) {
    out.display = Display::inline_block;
    return true;
  }
  const auto& displays = ua_displays();
  auto it = displays.find(e.name.id);
  out.display = it != displays.end() && e.name.known() ? it->second : Display::inline_;
  return true;
}

bool ua_font_size(const Node& e, const ComputeContext& ctx, ComputedStyle& out) {
  if (e.ns != Namespace::html) return false;
  std::optional<double> parent = ctx.parent.font_size_px;
  double factor = 0;
  if (e.is(tag::h1)) factor = 2.0;
  else if (e.is(tag::h2)) factor = 1.5;
  else if (e.is(tag::h3)) factor = 1.17;
  else if (e.is(tag::h5)) factor = 0.83;
  else if (e.is(tag::h6)) factor = 0.67;
  else if (e.is(tag::small) || e.is(tag::sub) || e.is(tag::sup)) factor = 1 / 1.2;
  // The monospace default is 13px where the proportional one is 16px.
  else if (e.is(tag::pre) || e.is(tag::code) || e.is(tag::kbd) || e.is(tag::samp)) factor = 13.0 / 16.0;
  if (factor == 0) return false;
  out.font_size_px = parent ? std::optional<double>(*parent * factor) : std::nullopt;
  return true;
}

// HTML §15.3.8 and the type attribute's presentational hint (§15.3.8,
// case-sensitive on ol and li).
bool ua_list_style_type(const Node& e, ComputedStyle& out) {
  if (e.ns != Namespace::html) return false;
  if (e.is(tag::ol) || e.is(tag::li)) {
    if (std::optional<std::string_view> type = e.attr(attr::type)) {
      if (*type == "1") out.list_style_type = ListStyleType::decimal;
      else if (*type == "a") out.list_style_type = ListStyleType::lower_alpha;
      else if (*type == "A") out.list_style_type = ListStyleType::upper_alpha;
      else if (*type == "i") out.list_style_type = ListStyleType::lower_roman;
      else if (*type == "I") out.list_style_type = ListStyleType::upper_roman;
      else if (iequals(*type, "disc")) out.list_style_type = ListStyleType::disc;
      else if (iequals(*type, "circle")) out.list_style_type = ListStyleType::circle;
      else if (iequals(*type, "square")) out.list_style_type = ListStyleType::square;
      else if (iequals(*type, "none")) out.list_style_type = ListStyleType::none;
      else if (e.is(tag::ol)) out.list_style_type = ListStyleType::decimal;
      else return false;
      return true;
    }
    if (e.is(tag::ol)) {
      out.list_style_type = ListStyleType::decimal;
      return true;
    }
    return false;
  }
  if (!(e.is(tag::ul) || e.is(tag::menu))) return false;
  // A list inside one list gets circles, inside two, squares. The walk up
  // is bounded, so deep markup costs no more than kAncestors steps per list;
  // past it the marker is unknown.
  constexpr int kAncestors = 32;
  int depth = 0, steps = 0;
  const Node* a = e.parent;
  for (; a != nullptr && a->is_element() && depth < 2 && steps < kAncestors; a = a->parent, ++steps)
    if (a->ns == Namespace::html && (a->is(tag::ul) || a->is(tag::ol) || a->is(tag::menu))) ++depth;
  if (depth < 2 && steps == kAncestors && a != nullptr && a->is_element()) out.list_style_type.reset();
  else out.list_style_type = depth == 0 ? ListStyleType::disc : depth == 1 ? ListStyleType::circle : ListStyleType::square;
  return true;
}

bool ua_border(Prop p, const Node& e, ComputedStyle& out) {
  if (e.ns != Namespace::html) return false;
  if (e.is(tag::input) || e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea)) {
    set_unknown(p, out);  // native control borders are the platform's
    return true;
  }
  if (e.is(tag::fieldset)) {
    std::size_t side = p <= Prop::border_left_style
                           ? static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_style)
                           : static_cast<std::size_t>(p) - static_cast<std::size_t>(Prop::border_top_width);
    if (p <= Prop::border_left_style) out.border_style[side] = LineStyle::groove;
    else out.border_width_px[side] = 2.0;
    return true;
  }
  return false;
}

// The user-agent sheet this checker models (HTML §15.3), only for what the
// computed properties need. Returns false when it sets nothing for `p`.
bool ua_value(Prop p, const Node& e, const Node* focused, const ComputeContext& ctx, ComputedStyle& out) {
  bool html = e.ns == Namespace::html;
  switch (p) {
    case Prop::display: return ua_display(e, out);
    case Prop::content_visibility:
      if (html && iequals(e.attr(attr::hidden).value_or("x"), "until-found")) {
        out.content_visibility = ContentVisibility::hidden;
        return true;
      }
      return false;
    case Prop::color:
      if (html && (e.is(tag::a) || e.is(tag::area)) && e.has(attr::href)) {
        out.color = Rgba{0, 0, 238, 1};  // :link, #0000EE in every engine
        return true;
      }
      if (html && e.is(tag::mark)) {
        out.color = Rgba{0, 0, 0, 1};
        return true;
      }
      if (html && (e.is(tag::input) || e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea))) {
        out.color.reset();  // FieldText / ButtonText: the platform's
        return true;
      }
      return false;
    case Prop::background_color:
      if (html && e.is(tag::mark)) {
        out.background_color = Rgba{255, 255, 0, 1};
        return true;
      }
      if (html && (e.is(tag::input) || e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea))) {
        out.background_color.reset();  // Field / ButtonFace: the platform's
        return true;
      }
      return false;
    case Prop::font_weight:
      if (html && (e.is(tag::b) || e.is(tag::strong))) {
        out.font_weight = ctx.parent.font_weight ? std::optional<double>(bolder(*ctx.parent.font_weight)) : std::nullopt;
        return true;
      }
      if (html && (e.is(tag::h1) || e.is(tag::h2) || e.is(tag::h3) || e.is(tag::h4) || e.is(tag::h5) ||
                   e.is(tag::h6) || e.is(tag::th))) {
        out.font_weight = 700.0;
        return true;
      }
      return false;
    case Prop::font_size: return ua_font_size(e, ctx, out);
    case Prop::list_style_type: return ua_list_style_type(e, out);
    case Prop::border_top_style: case Prop::border_right_style: case Prop::border_bottom_style:
    case Prop::border_left_style: case Prop::border_top_width: case Prop::border_right_width:
    case Prop::border_bottom_width: case Prop::border_left_width:
      return ua_border(p, e, out);
    case Prop::outline_style: case Prop::outline_width: case Prop::outline_color:
      // :focus-visible { outline: auto 1px -webkit-focus-ring-color }
      if (focused != &e) return false;
      if (p == Prop::outline_style) out.outline_style = LineStyle::auto_;
      else if (p == Prop::outline_width) out.outline_width_px = 1.0;
      else out.outline_color.reset();
      return true;
    default:
      return false;
  }
}

void split_classes(std::string_view v, std::vector<std::string_view>& out) {
  ascii::any_token(v, [&](std::string_view c) {
    out.push_back(c);
    return false;
  });
}

const std::vector<std::uint32_t>* bucket(const Buckets& m, std::string_view k) {
  if (m.empty()) return nullptr;
  auto it = m.find(k);
  return it == m.end() ? nullptr : &it->second;
}

// Bucket keys are lowercase; names in XML keep their case. Copies into
// `buffer` only when there is an uppercase letter.
std::string_view lowered(const Document& doc, Name n, std::string& buffer) {
  std::string_view spelling = doc.spelling(n);
  if (std::none_of(spelling.begin(), spelling.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return spelling;
  buffer.assign(spelling);
  for (char& c : buffer) c = ascii::lower(c);
  return std::string_view(buffer);
}

// Custom properties are inherited: the parent's, with this element's
// winners applied.
std::shared_ptr<const CustomProps> resolve_custom(const std::vector<Candidate>& candidates,
                                                  const std::shared_ptr<const CustomProps>& parent_custom) {
  std::unordered_map<std::string, std::pair<const Candidate*, bool>> decided;  // name -> (winner, unknown)
  for (const Candidate& c : candidates) {
    if (c.longhand->prop != Prop::custom) continue;
    auto it = decided.try_emplace(c.longhand->custom_name, nullptr, false).first;
    if (it->second.first != nullptr) continue;
    if (c.certain == Tri::yes) it->second.first = &c;
    else it->second.second = true;  // a rule that may or may not apply comes first
  }
  if (decided.empty()) return parent_custom;
  auto mine = std::make_shared<CustomProps>(parent_custom ? *parent_custom : CustomProps{});
  for (auto& [name, w] : decided) {
    CustomValue v;
    if (w.second || w.first == nullptr) {
      v.known = false;
    } else {
      const std::vector<Token>& raw = w.first->longhand->value;
      std::string_view kw = raw.size() == 1 && raw[0].is(TokenType::ident) ? std::string_view(raw[0].value) : "";
      if (iequals(kw, "initial") || iequals(kw, "unset") || iequals(kw, "revert")) {
        mine->erase(name);
        continue;
      }
      if (iequals(kw, "inherit")) continue;  // already the parent's
      // References to custom properties set on this same element would
      // need their own resolution order; those stay unknown.
      bool unknown = false;
      bool refers_to_sibling = false;
      for (const Token& t : raw)
        if (t.is(TokenType::ident) && t.value.starts_with("--") && decided.contains(t.value)) refers_to_sibling = true;
      std::optional<std::vector<Token>> sub =
          refers_to_sibling ? std::nullopt : substitute(raw, parent_custom.get(), unknown);
      if (refers_to_sibling || unknown) v.known = false;
      else if (!sub) {
        mine->erase(name);  // invalid at computed-value time: the guaranteed-invalid value
        continue;
      } else {
        v.tokens = std::move(*sub);
      }
    }
    (*mine)[name] = std::move(v);
  }
  return mine;
}

struct Winner {
  const Candidate* winner = nullptr;
  const Candidate* first_uncertain = nullptr;
  bool unknown = false;
};

// The winning declaration of each longhand, from candidates in cascade
// order.
std::array<Winner, kPropCount> winners(const std::vector<Candidate>& candidates) {
  std::array<Winner, kPropCount> win{};
  for (const Candidate& c : candidates) {
    if (c.longhand->prop == Prop::custom) continue;
    Winner& w = win[static_cast<std::size_t>(c.longhand->prop)];
    if (w.winner != nullptr) continue;
    if (c.certain == Tri::yes) {
      w.winner = &c;
      if (w.first_uncertain != nullptr && !same_longhand(*w.first_uncertain->longhand, *c.longhand)) w.unknown = true;
    } else if (w.first_uncertain == nullptr) {
      w.first_uncertain = &c;
    } else if (!same_longhand(*w.first_uncertain->longhand, *c.longhand)) {
      w.unknown = true;
    }
  }
  return win;
}

void unset(Prop p, const ComputeContext& ctx, ComputedStyle& out) {
  if (inherited(p)) copy_prop(p, out, ctx.parent);
  else copy_prop(p, out, initial_style());
}

// No author value, or `revert`: the user-agent sheet, else inheritance
// or the initial value.
void fallback(Prop p, const Node& e, const Node* focused, const ComputeContext& ctx, ComputedStyle& out) {
  if (ua_value(p, e, focused, ctx, out)) return;
  unset(p, ctx, out);
}

// Computes `p` from its winner, with var() substituted and CSS-wide
// keywords applied.
void compute_prop(Prop p, const Winner& w, const CustomProps* custom, const Node& e, const Node* focused,
                  const ComputeContext& ctx, ComputedStyle& out) {
  if (w.unknown || (w.winner == nullptr && w.first_uncertain != nullptr)) {
    set_unknown(p, out);
    return;
  }
  if (w.winner == nullptr) {
    fallback(p, e, focused, ctx, out);
    return;
  }
  const Longhand& l = *w.winner->longhand;
  if (l.unknown) {
    set_unknown(p, out);
    return;
  }
  std::vector<Token> value = l.value;
  if (contains_var(value)) {
    bool unknown = false;
    std::optional<std::vector<Token>> sub = substitute(value, custom, unknown);
    if (unknown) {
      set_unknown(p, out);
      return;
    }
    if (!sub) {  // invalid at computed-value time: unset
      unset(p, ctx, out);
      return;
    }
    value = std::move(*sub);
    if (!l.pending_shorthand.empty()) {
      std::vector<Longhand> expanded;
      bool ok = expand_shorthand(l.pending_shorthand, value, expanded);
      const Longhand* mine = nullptr;
      for (const Longhand& x : expanded)
        if (x.prop == p) mine = &x;
      if (!ok || mine == nullptr) {
        unset(p, ctx, out);
        return;
      }
      if (mine->unknown) {
        set_unknown(p, out);
        return;
      }
      value = mine->value;
    }
  }
  std::vector<Component> comps = components(value);
  std::optional<std::string> kw = comps.size() == 1 ? keyword(comps[0]) : std::nullopt;
  if (kw && is_wide_keyword(*kw)) {
    // CSS Cascade 4 §7.3.
    if (*kw == "inherit" || (*kw == "unset" && inherited(p))) copy_prop(p, out, ctx.parent);
    else if (*kw == "initial" || *kw == "unset") copy_prop(p, out, initial_style());
    else if (*kw == "revert") fallback(p, e, focused, ctx, out);
    else set_unknown(p, out);  // revert-layer: the previous layer's value is not tracked
    return;
  }
  // Only a var()-substituted value can be invalid this late.
  if (!apply_value(p, value, ctx, out)) unset(p, ctx, out);
}

void note_inline(Prop p, const std::vector<Longhand>& inline_longhands, const std::array<Winner, kPropCount>& win,
                 StyleAttributeDeclaration& field) {
  const Longhand* best = nullptr;
  for (const Longhand& l : inline_longhands)
    if (l.prop == p && (best == nullptr || l.source->important || !best->source->important)) best = &l;
  if (best == nullptr) return;
  field.declared = true;
  field.important = best->source->important;
  field.offset = best->source->offset;
  const Winner& w = win[static_cast<std::size_t>(p)];
  field.wins = w.winner != nullptr && w.winner->longhand == best;
}

}  // namespace

// 1. Rules that may match, from the buckets.
void Styles::Impl::candidate_rules(const Node& e, Scratch& scratch) const {
  scratch.entries.clear();
  auto take = [&](const std::vector<std::uint32_t>* ids) {
    if (ids != nullptr) scratch.entries.insert(scratch.entries.end(), ids->begin(), ids->end());
  };
  if (std::optional<std::string_view> id = e.attr(attr::id)) take(bucket(by_id, *id));
  if (std::optional<std::string_view> cls = e.attr(attr::class_); cls && !by_class.empty()) {
    std::vector<std::string_view>& classes = scratch.classes;
    classes.clear();
    split_classes(*cls, classes);
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    for (std::string_view c : classes) take(bucket(by_class, c));
  }
  if (!by_tag.empty()) take(bucket(by_tag, lowered(*doc, e.name, scratch.tag)));
  if (!by_attribute.empty())
    for (const Attribute& a : e.attributes()) take(bucket(by_attribute, lowered(*doc, a.name, scratch.tag)));
  take(&universal);
}

// 2. Declarations of the matching rules and of the style attribute, in
// cascade order; true when one depends on the viewport.
bool Styles::Impl::collect_candidates(const Node& e, const Node* focused, Scratch& scratch,
                                      const AncestorFilter* filter) const {
  Matcher matcher(*doc, structure.get());
  scratch.candidates.clear();
  bool viewport_seen = false;
  for (std::uint32_t id : scratch.entries) {
    const RuleEntry& r = entries[id];
    if (filter != nullptr && !filter->may_match(r.ancestors)) continue;
    ++scratch.matched;
    Tri m = r.condition.applies && matcher.matches(*r.selector, e, focused);
    if (m == Tri::no) continue;
    bool viewport = r.condition.viewport_dependent;
    viewport_seen = viewport_seen || viewport;
    for (int imp = 0; imp < 2; ++imp) {
      const std::vector<Longhand>& list = imp ? *r.important : *r.normal;
      for (const Longhand& l : list) {
        Priority pr{static_cast<std::uint8_t>(imp), 0, imp ? unlayered_rank - r.layer_rank : r.layer_rank,
                    r.selector->specificity, r.order};
        scratch.candidates.push_back({pr, m, viewport, &l});
      }
    }
  }
  // The style attribute (CSS Style Attributes §3).
  scratch.inline_decls.clear();
  scratch.inline_longhands.clear();
  if (std::optional<std::string_view> style = e.attr(attr::style)) {
    scratch.inline_decls = parse_declarations(*style);
    scratch.inline_longhands.reserve(scratch.inline_decls.size() * 8);
    for (const Declaration& d : scratch.inline_decls) expand(d, scratch.inline_longhands);
    for (std::size_t k = 0; k < scratch.inline_longhands.size(); ++k) {
      const Longhand& l = scratch.inline_longhands[k];
      bool imp = l.source->important;
      Priority pr{static_cast<std::uint8_t>(imp), 1, 0, {}, static_cast<std::uint32_t>(k)};
      scratch.candidates.push_back({pr, Tri::yes, false, &l});
    }
  }
  std::stable_sort(scratch.candidates.begin(), scratch.candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.priority > b.priority; });
  return viewport_seen;
}

std::pair<ComputedStyle, std::shared_ptr<const CustomProps>> Styles::Impl::compute(
    const Node& e, const ComputedStyle& parent, const std::shared_ptr<const CustomProps>& parent_custom,
    const Node* focused, Scratch& scratch, const AncestorFilter* filter) const {
  candidate_rules(e, scratch);
  bool viewport_seen = collect_candidates(e, focused, scratch, filter);
  // 3. Custom properties (inherited), then the winner per longhand.
  std::shared_ptr<const CustomProps> custom = resolve_custom(scratch.candidates, parent_custom);
  std::array<Winner, kPropCount> win = winners(scratch.candidates);

  // 4. Computed values, font-size and color first.
  ComputedStyle out;
  out.viewport_dependent = viewport_seen;
  ComputeContext ctx{parent, std::nullopt, e.parent == nullptr || e.parent->kind == NodeKind::document};
  ctx.root_font_size = ctx.is_root ? std::optional<double>(16.0) : root_font_size;
  for (std::size_t k = 0; k < kPropCount; ++k)
    compute_prop(static_cast<Prop>(k), win[k], custom.get(), e, focused, ctx, out);
  // CSS UI 4 / Backgrounds 3: a width computes to 0 when the style is none.
  if (out.outline_style == LineStyle::none) out.outline_width_px = 0.0;
  for (std::size_t side = 0; side < 4; ++side)
    if (out.border_style[side] == LineStyle::none || out.border_style[side] == LineStyle::hidden)
      out.border_width_px[side] = 0.0;

  // The style attribute's own text-spacing declarations, for ACT.
  note_inline(Prop::letter_spacing, scratch.inline_longhands, win, out.inline_letter_spacing);
  note_inline(Prop::word_spacing, scratch.inline_longhands, win, out.inline_word_spacing);
  note_inline(Prop::line_height, scratch.inline_longhands, win, out.inline_line_height);
  return {std::move(out), std::move(custom)};
}

Styles::Styles(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Styles::Styles(Styles&&) noexcept = default;
Styles& Styles::operator=(Styles&&) noexcept = default;
Styles::~Styles() = default;

Styles Styles::compute(const Document& doc, const CascadeOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->doc = &doc;
  impl->max_match_work = options.max_match_work;
  impl->gather(options);
  impl->index();
  // The index costs a pass over every element; only sheets with structural
  // pseudo-classes or :focus-within need it.
  const bool structural = std::any_of(impl->rules.begin(), impl->rules.end(), [](const auto& r) {
    return std::any_of(r->selectors->begin(), r->selectors->end(),
                       [](const ComplexSelector& c) { return c.uses_structure; });
  });
  if (structural) impl->structure = std::make_unique<StructureIndex>(doc);
  impl->template_style = initial_style();
  impl->template_style.display = Display::none;
  const auto& elements = doc.elements();
  impl->styles.push_back(impl->template_style);  // index 0: inside <template>
  impl->style_by_hash.emplace(style_hash(impl->template_style), 0);
  impl->style_of.resize(elements.size());
  impl->customs.resize(elements.size());
  Impl::Scratch scratch;
  AncestorFilter filter(doc);
  // Past the matching budget, elements get a style of unknown values (one
  // entry of the table, made when first needed).
  std::uint32_t unknown = 0;
  auto unknown_index = [&] {
    if (unknown == 0) {
      unknown = static_cast<std::uint32_t>(impl->styles.size());
      impl->styles.push_back(unknown_style());
    }
    return unknown;
  };
  for (const Node* e : elements) {
    if (e->in_template) continue;  // style_of is 0 already
    const Node* p = e->parent;
    bool has_parent = p != nullptr && p->is_element();
    const ComputedStyle& parent = has_parent ? impl->styles[impl->style_of[p->element_index]] : initial_style();
    static const std::shared_ptr<const CustomProps> kNone;
    const std::shared_ptr<const CustomProps>& parent_custom = has_parent ? impl->customs[p->element_index] : kNone;
    if (!has_parent) impl->root_font_size = std::nullopt;
    if (impl->over_budget) {
      impl->style_of[e->element_index] = unknown_index();
      continue;
    }
    filter.move_to(*e);
    scratch.matched = 0;
    auto computed = impl->compute(*e, parent, parent_custom, nullptr, scratch, &filter);
    // Rules the ancestor filter turns away cost little; a selector matched
    // costs a walk of the ancestors or siblings.
    impl->work += scratch.matched + scratch.entries.size() / 64;
    if (impl->work > options.max_match_work) {
      impl->over_budget = true;
      impl->complete = impl->complete && Tri::unknown;
    }
    ComputedStyle& style = computed.first;  // a plain reference: lambdas may capture it
    auto& custom = computed.second;
    if (!has_parent) impl->root_font_size = style.font_size_px;
    // The parent's style and the previous sibling's are the likeliest equals.
    constexpr std::uint32_t kUnshared = ~std::uint32_t{0};
    std::uint32_t shared = kUnshared;
    auto same_as = [&](const Node* other) {
      if (shared != kUnshared || other == nullptr || !other->is_element() || other->in_template) return;
      std::uint32_t k = impl->style_of[other->element_index];
      if (impl->styles[k] == style) shared = k;
    };
    if (has_parent) same_as(p);
    const Node* sibling = e->prev_sibling;
    while (sibling != nullptr && !sibling->is_element()) sibling = sibling->prev_sibling;
    same_as(sibling);
    // Unequal styles whose hashes collide take the next free key.
    for (std::size_t h = style_hash(style); shared == kUnshared; ++h) {
      auto [it, fresh] = impl->style_by_hash.try_emplace(h, 0);
      if (fresh) {
        shared = it->second = static_cast<std::uint32_t>(impl->styles.size());
        impl->styles.push_back(std::move(style));
      } else if (impl->styles[it->second] == style) {
        shared = it->second;
      }
    }
    impl->style_of[e->element_index] = shared;
    impl->customs[e->element_index] = std::move(custom);
  }
  return Styles(std::move(impl));
}

std::span<const ComputedStyle> Styles::distinct() const noexcept { return impl_->styles; }

const ComputedStyle& Styles::of(const Node& element) const {
  return impl_->styles[impl_->style_of.at(element.element_index)];
}

ComputedStyle Styles::style_when_focused(const Node& element) const {
  if (element.in_template) return impl_->template_style;
  // The matching budget covers these cascades too, all focused elements
  // together: past it, the focused style is unknown.
  if (impl_->over_budget || impl_->focus_work.load(std::memory_order_relaxed) > impl_->max_match_work)
    return unknown_style();
  Impl::Scratch scratch;
  std::vector<const Node*> chain;  // root first, element last
  if (impl_->focus_beyond_subject) {
    for (const Node* n = &element; n != nullptr && n->is_element(); n = n->parent) chain.push_back(n);
    std::reverse(chain.begin(), chain.end());
  } else {
    chain.push_back(&element);
  }
  const Node* first_parent = chain.front()->parent;
  bool has_parent = first_parent != nullptr && first_parent->is_element();
  ComputedStyle parent = has_parent ? impl_->styles[impl_->style_of[first_parent->element_index]] : initial_style();
  std::shared_ptr<const CustomProps> custom = has_parent ? impl_->customs[first_parent->element_index] : nullptr;
  AncestorFilter filter(*impl_->doc);
  for (const Node* n : chain) {
    filter.move_to(*n);
    scratch.matched = 0;
    auto [style, c] = impl_->compute(*n, parent, custom, &element, scratch, &filter);
    impl_->focus_work.fetch_add(scratch.matched + scratch.entries.size() / 64, std::memory_order_relaxed);
    parent = std::move(style);
    custom = std::move(c);
  }
  return parent;
}

std::optional<double> Styles::effective_opacity(const Node& element) const {
  double product = 1.0;
  for (const Node* n = &element; n != nullptr && n->is_element(); n = n->parent) {
    std::optional<double> o = of(*n).opacity;
    if (!o) return std::nullopt;
    product *= *o;
  }
  return product;
}

std::span<const AuthorSheet> Styles::sheets() const noexcept { return impl_->sheets; }

SourcePos Styles::position(const AuthorSheet& sheet, std::uint32_t offset) const {
  SourcePos in_sheet = sheet.parsed->position(offset);
  if (!sheet.href.empty() || sheet.owner == nullptr) return in_sheet;
  // A <style> element's text starts where its first text child does.
  for (const Node& c : sheet.owner->children()) {
    if (!c.is_text()) continue;
    if (in_sheet.line > 1) return {c.pos.line + in_sheet.line - 1, in_sheet.column};
    return {c.pos.line, c.pos.column + in_sheet.column - 1};
  }
  return sheet.owner->pos;
}

std::vector<Declaration> Styles::style_attribute(const Node& element) const {
  std::optional<std::string_view> style = element.attr(attr::style);
  return style ? parse_declarations(*style) : std::vector<Declaration>{};
}

Tri Styles::complete() const { return impl_->complete; }
std::span<const std::string> Styles::unreadable() const { return impl_->unreadable; }
std::span<const std::string> Styles::over_css_limit() const { return impl_->over_css_limit; }
bool Styles::over_match_budget() const { return impl_->over_budget; }

std::optional<double> ComputedStyle::rotation_deg() const {
  if (!transform_rotation_deg || !rotate_deg) return std::nullopt;
  double d = std::fmod(*transform_rotation_deg + *rotate_deg, 360.0);
  return d < 0 ? d + 360.0 : d;
}

Tri ComputedStyle::border_visible() const {
  Tri any = Tri::no;
  for (std::size_t side = 0; side < 4; ++side) {
    Tri drawn;
    if (!border_style[side]) drawn = Tri::unknown;
    else if (*border_style[side] == LineStyle::none || *border_style[side] == LineStyle::hidden) drawn = Tri::no;
    else if (!border_width_px[side]) drawn = Tri::unknown;
    else drawn = tri(*border_width_px[side] > 0);
    any = any || drawn;
  }
  return any;
}

Tri visually_hidden(const ComputedStyle& s) {
  Tri absolute = s.position ? tri(*s.position == Position::absolute || *s.position == Position::fixed) : Tri::unknown;
  // clip only applies to absolutely positioned boxes (CSS 2 §11.1.2).
  Tri clipped = absolute && s.clip_empty;
  auto tiny = [](const std::optional<Length>& l) {
    if (!l) return Tri::unknown;
    return tri(!l->is_auto && l->px <= 1.0);
  };
  Tri overflow_hidden = Tri::unknown;
  if (s.overflow_x && s.overflow_y) {
    auto hides = [](Overflow o) { return o != Overflow::visible; };
    overflow_hidden = tri(hides(*s.overflow_x) && hides(*s.overflow_y));
  }
  Tri one_pixel = (tiny(s.width) || tiny(s.height)) && overflow_hidden;
  auto off = [](const std::optional<Length>& l) {
    if (!l) return Tri::unknown;
    return tri(!l->is_auto && l->px <= -1000.0);
  };
  Tri off_screen = absolute && (off(s.left) || off(s.top));
  return clipped || one_pixel || s.clip_path_hides || off_screen;
}

}  // namespace rampa::css
