#pragma once
// A second, conservative guard over style attributes. The cascade already
// decides what is rendered; a rule about to fail an element asks here first
// and says cantTell when a style attribute on the way to the root declares
// something that could hide it, for what the computed style alone does not
// settle (off-screen moves, clipping, zero sizes): a guess is never a failure.
#include <array>
#include <optional>
#include <string_view>

#include "rule.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules {

enum class CssHiding {
  // Taken out of both the screen and the accessibility tree.
  removal,
  // Anything that could keep it off the screen: off-screen positioning,
  // zero size, clipping, transparency as well.
  any,
};

inline bool property_may_hide(std::string_view property, CssHiding kind) {
  static constexpr std::array<std::string_view, 2> kRemoval = {"display", "visibility"};
  static constexpr std::array<std::string_view, 11> kVisual = {
      "opacity", "position", "clip", "transform", "width", "height",
      "overflow", "text-indent", "left", "top", "margin"};
  for (std::string_view k : kRemoval)
    if (property.find(k) != std::string_view::npos) return true;
  if (kind == CssHiding::removal) return false;
  for (std::string_view k : kVisual)
    if (property.find(k) != std::string_view::npos) return true;
  return false;
}

// True when a style attribute on the element or an ancestor could hide it.
// Rules ask per text and per ancestor, so an attribute is parsed only when
// its text names such a property at all, which most never do.
inline bool inline_css_may_hide(const Page& page, const Node& element, CssHiding kind) {
  for (const Node* n = &element; n != nullptr && n->is_element(); n = n->parent) {
    std::optional<std::string_view> style = n->attr(attr::style);
    if (!style || !property_may_hide(ascii_lower(*style), kind)) continue;
    for (const css::Declaration& d : page.styles().style_attribute(*n))
      if (property_may_hide(d.property, kind)) return true;
  }
  return false;
}

}  // namespace rampa::rules
