#pragma once
// A second, conservative guard over style attributes. The page's own cascade
// already decides what is rendered; documents a rule parses itself (an
// iframe's srcdoc or local src) get Semantics without one, and a rule that
// would fail an element there asks here first and says cantTell when a style
// attribute on the way to the root could hide it: a guess is never a failure.
#include <array>
#include <string>
#include <string_view>

#include "rule.hpp"

namespace rampa::rules {

enum class CssHiding {
  // Taken out of both the screen and the accessibility tree.
  removal,
  // Anything that could keep it off the screen: off-screen positioning,
  // zero size, clipping, transparency as well.
  any,
};

inline bool style_may_hide(std::string_view style, CssHiding kind) {
  static constexpr std::array<std::string_view, 2> kRemoval = {"display", "visibility"};
  static constexpr std::array<std::string_view, 11> kVisual = {
      "opacity", "position", "clip", "transform", "width", "height",
      "overflow", "text-indent", "left", "top", "margin"};
  const std::string s = ascii_lower(style);
  for (std::string_view k : kRemoval)
    if (s.find(k) != std::string::npos) return true;
  if (kind == CssHiding::removal) return false;
  for (std::string_view k : kVisual)
    if (s.find(k) != std::string::npos) return true;
  return false;
}

// True when a style attribute on the element or an ancestor could hide it.
inline bool inline_css_may_hide(const Node& element, CssHiding kind) {
  for (const Node* n = &element; n != nullptr && n->is_element(); n = n->parent)
    if (auto style = n->attr(attr::style); style && style_may_hide(*style, kind)) return true;
  return false;
}

}  // namespace rampa::rules
