#pragma once
// CSS generated content (CSS Generated Content 3: `content` on ::before and
// ::after) as accname 1.2 step 2F.ii reads it into names from content: the
// text each element's ::before and ::after show, or their alternative text
// when one is written (`content: "★" / "Destacado"`).
//
// Icon fonts draw their glyphs with private-use code points, which speak
// nothing to anybody: those are left out, so an icon-only button keeps the
// empty name it has for a screen reader user. A lone character is left out
// too, as uncertain: icon fonts also map glyphs onto plain letters.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "document/document.hpp"

namespace rampa::css {

class Styles;

struct GeneratedText {
  std::string before, after;
  // false: something could not be decided (a counter, a media query, a
  // selector answered unknown, a cascade layer), so the text may differ.
  bool certain = true;
};

class GeneratedContent {
 public:
  GeneratedContent() = default;
  // From the author sheets the cascade applied. Linear in elements times
  // the ::before/::after rules that can match each (bucketed by the id,
  // class or tag of their rightmost compound); on a page with no such rule
  // it reads no element at all.
  static GeneratedContent compute(const Document& doc, const Styles& styles);

  // nullptr when the element generates no text.
  const GeneratedText* of(const Node& element) const;
  bool empty() const noexcept { return by_element_.empty(); }

 private:
  std::vector<std::pair<std::uint32_t, GeneratedText>> by_element_;  // by element index
};

}  // namespace rampa::css
