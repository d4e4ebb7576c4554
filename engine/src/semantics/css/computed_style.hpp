#pragma once
// The computed values rules read, one ComputedStyle per element. Every
// property is a value or unknown (std::nullopt, Tri::unknown): unknown when a
// static checker cannot resolve it (var() without a value, calc() of mixed
// units, percentages of an unknown containing block, a rule under an unknown
// media condition that would win...). Never guessed.
#include <array>
#include <cstdint>
#include <optional>

#include "semantics/tri.hpp"

namespace rampa::css {

// sRGB, channels 0..255 (not rounded), alpha 0..1.
struct Rgba {
  double r = 0, g = 0, b = 0, a = 1;
  friend bool operator==(const Rgba&, const Rgba&) = default;
};

enum class Display : std::uint8_t {
  none, contents, inline_, block, inline_block, flow_root, flex, inline_flex, grid, inline_grid,
  list_item, table, inline_table, table_row_group, table_header_group, table_footer_group,
  table_row, table_cell, table_column_group, table_column, table_caption, ruby, other,
};
enum class Visibility : std::uint8_t { visible, hidden, collapse };
enum class ContentVisibility : std::uint8_t { visible, hidden, auto_ };
enum class Position : std::uint8_t { static_, relative, absolute, fixed, sticky };
enum class Overflow : std::uint8_t { visible, hidden, clip, scroll, auto_ };
enum class LineStyle : std::uint8_t {
  none, hidden, dotted, dashed, solid, double_, groove, ridge, inset, outset,
  auto_,  // outline-style only
};
enum class TextTransform : std::uint8_t { none, capitalize, uppercase, lowercase, other };
// The list-style-type values whose marker text is known; `other` is any
// other counter style or a string, whose text this checker does not write.
enum class ListStyleType : std::uint8_t {
  none, disc, circle, square, decimal, decimal_leading_zero, lower_alpha, upper_alpha, lower_roman,
  upper_roman, other,
};

// A length resolved to CSS pixels, or `auto`.
struct Length {
  bool is_auto = false;
  double px = 0;
  friend bool operator==(const Length&, const Length&) = default;
};

struct LineHeight {
  enum class Kind : std::uint8_t { normal, number, px };
  Kind kind = Kind::normal;
  double value = 0;  // the multiplier for `number`, pixels for `px`
  friend bool operator==(const LineHeight&, const LineHeight&) = default;
};

// A declaration of the element's own style attribute, for the ACT rules on
// text spacing (24afc2, 78fd32, 9e45ec), which ask about exactly that
// declaration: was it !important, and did it win the cascade.
struct StyleAttributeDeclaration {
  bool declared = false;
  bool important = false;
  bool wins = false;         // it is the cascaded value of the property
  std::uint32_t offset = 0;  // of the property name, in the attribute value
  friend bool operator==(const StyleAttributeDeclaration&, const StyleAttributeDeclaration&) = default;
};

struct ComputedStyle {
  std::optional<Display> display;
  std::optional<Visibility> visibility;
  std::optional<ContentVisibility> content_visibility;
  std::optional<double> opacity;  // the element's own, 0..1; see effective_opacity()
  std::optional<Position> position;
  // `clip: rect(...)` enclosing no area (it only clips absolutely positioned
  // boxes; visually_hidden() checks position too). `auto` is no.
  Tri clip_empty = Tri::no;
  // clip-path that leaves nothing visible: inset(50%), circle(0)...
  Tri clip_path_hides = Tri::no;
  std::optional<Overflow> overflow_x, overflow_y;
  std::optional<Length> width, height, top, left;
  std::optional<Rgba> color, background_color;
  Tri background_image = Tri::no;  // any value but `none`, gradients included
  std::optional<double> font_size_px;
  std::optional<double> font_weight;  // 1..1000; normal is 400, bold 700
  std::optional<LineHeight> line_height;
  std::optional<double> letter_spacing_px, word_spacing_px;  // normal is 0
  std::optional<LineStyle> outline_style;
  std::optional<double> outline_width_px;  // 0 when outline-style is none
  std::optional<Rgba> outline_color;
  // top, right, bottom, left (physical; logical properties are mapped as in
  // horizontal left-to-right writing). Widths are 0 when the style is none.
  std::array<std::optional<LineStyle>, 4> border_style;
  std::array<std::optional<double>, 4> border_width_px;
  Tri box_shadow = Tri::no;
  Tri transform = Tri::no;  // any transform but `none`
  // Rotation of `transform` when it is rotate()/rotateZ()/matrix() (with
  // translations); nullopt for anything else (scale, skew, 3D, calc...).
  std::optional<double> transform_rotation_deg = 0.0;
  std::optional<double> rotate_deg = 0.0;  // the `rotate` property
  std::optional<TextTransform> text_transform;
  // A list item's marker (accname reads it before the item's text).
  std::optional<ListStyleType> list_style_type;
  Tri list_style_image = Tri::no;  // an image replaces the marker's text
  Tri text_shadow = Tri::no;
  StyleAttributeDeclaration inline_letter_spacing, inline_word_spacing, inline_line_height;
  // Some rule under a viewport-size condition (@media (max-width...), an
  // orientation query) matched the element: its style may differ on other
  // screens, and the properties such rules set are unknown.
  bool viewport_dependent = false;

  // transform and rotate together, in degrees normalised to [0, 360).
  std::optional<double> rotation_deg() const;
  // Some side has a border that draws: a style other than none/hidden and a
  // width above zero.
  Tri border_visible() const;

  friend bool operator==(const ComputedStyle&, const ComputedStyle&) = default;
};

// The sr-only patterns that hide content from sight but not from assistive
// technology: clip: rect(0 0 0 0) or rect(1px, 1px, 1px, 1px) on an
// absolutely positioned box, a 1px or smaller box with overflow hidden,
// clip-path: inset(50%), and boxes moved off screen (left/top <= -1000px,
// absolutely positioned). Not display:none or visibility:hidden, which hide
// from both and are separate properties.
Tri visually_hidden(const ComputedStyle& style);

}  // namespace rampa::css
