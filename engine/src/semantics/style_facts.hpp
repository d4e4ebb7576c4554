#pragma once
// What Semantics needs from the CSS cascade about one element, in its own
// terms, so the passes do not depend on how styles are computed.
#include "document/document.hpp"
#include "semantics/tri.hpp"

namespace rampa {

namespace css {
struct ComputedStyle;
class Styles;
}  // namespace css

struct StyleFacts {
  Tri display_none = Tri::no;       // the element's own display is none
  Tri visibility_hidden = Tri::no;  // computed visibility is hidden or collapse
  Tri content_hidden = Tri::no;     // content-visibility: hidden skips its descendants
  Tri visually_hidden = Tri::no;    // clipped or moved off-screen (sr-only)
  bool block = false;               // laid out as a block: its text is set apart by spaces
};

// Facts for the element; with no cascade, what the user-agent stylesheet
// alone gives (the hidden attribute, block-level HTML elements).
StyleFacts style_facts(const css::Styles* cascade, const Node& element);
const css::ComputedStyle* computed_style(const css::Styles* cascade, const Node& element);
Tri cascade_styles_complete(const css::Styles* cascade);

}  // namespace rampa
