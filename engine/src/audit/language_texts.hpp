#pragma once
// The text each lang attribute speaks for, as a language guesser needs it:
// for the root element and for every element with a lang attribute, the
// running text that inherits its language from it (down to the next element
// with a lang of its own, which takes over). Gathered in one pass over the
// page; read-only afterwards.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.hpp"
#include "semantics/semantics.hpp"

namespace rampa {

// Running text is what a guess can rest on: sentences, not names, codes or
// menus. Text counts when it is shown or exposed to assistive technology
// (visible, or in the accessibility tree), outside code, pre, kbd, samp, var,
// select, datalist, textarea, script and style. It is read in runs: the text
// of one block, joined across inline elements (a, span, em, strong...). A
// run is running text when it has at least kRunWords words (a word holds a
// letter) and no more than two in three of them start with a capital letter:
// "Juan Pérez", "Ministerio de Trabajo", "CUIT" and "Inicio Trámites Ayuda"
// are not.
struct LanguageText {
  static constexpr std::uint32_t kRunWords = 5;

  struct Run {
    std::uint32_t end = 0;    // offset in `text` just past the run
    std::uint32_t words = 0;
  };

  const Node* owner = nullptr;  // the root or an element with a lang attribute
  // Any text inheriting the owner's language that is not both invisible and
  // out of the accessibility tree, counting accessible names and text that
  // is not running text (ACT's "text inheriting its programmatic language").
  bool any_text = false;
  std::string text;  // the running text, one run a line, in tree order
  std::vector<Run> runs;
  std::uint32_t words = 0;  // in the runs
};

class LanguageTexts {
 public:
  LanguageTexts(const Document& doc, const Semantics& semantics);
  // The owner's text, or null when `element` is neither the root nor an
  // element with a lang attribute.
  const LanguageText* of(const Node& element) const;

 private:
  std::vector<LanguageText> texts_;
  std::unordered_map<const Node*, std::uint32_t> index_;
};

}  // namespace rampa
