#pragma once
// CSS Syntax Level 3, section 5: tokens become style rules and declarations.
// Conditional group rules (@media, @supports, @layer blocks...) are flattened:
// each style rule carries the condition under which it applies, so the
// cascade never walks a rule tree. No recursion: nesting is followed with
// explicit stacks, and anything nested deeper than kMaxRuleNesting is dropped
// with a note.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "semantics/css/tokenizer.hpp"
#include "semantics/tri.hpp"

namespace rampa::css {

// Whether a rule applies on a screen whose size is not known. The
// stylesheet's own media conditions decide it; only `applies` matters for
// correctness, `viewport_dependent` says why it is unknown (a rule on
// orientation or reflow may care).
struct Condition {
  Tri applies = Tri::yes;
  bool viewport_dependent = false;

  friend Condition operator&&(Condition a, Condition b) {
    return {a.applies && b.applies, a.viewport_dependent || b.viewport_dependent};
  }
};

struct Declaration {
  // ASCII-lowercased; custom properties (--x) are case-sensitive and kept.
  std::string property;
  // Component values with surrounding whitespace and "!important" removed.
  std::vector<Token> value;
  std::string text;  // the source text of `value`
  bool important = false;
  std::uint32_t offset = 0;  // of the property name, in the parsed text
};

inline constexpr std::uint32_t kUnlayered = 0xffffffffu;

struct StyleRule {
  std::vector<Token> prelude;  // the selector list, trimmed
  std::string selector_text;
  std::vector<Declaration> declarations;
  std::uint32_t offset = 0;  // of the prelude
  Condition condition;       // of the enclosing @media/@supports/... rules
  // Index into Stylesheet::layers, or kUnlayered.
  std::uint32_t layer = kUnlayered;
};

struct Import {
  std::string href;
  Condition condition;  // its media list (and supports(), which is unknown)
  std::uint32_t offset = 0;
};

// A cascade layer as named in the sheet: dotted components ("a.b"), where an
// anonymous layer gets a component starting with NUL, which no CSS name can
// contain (the tokenizer turns NUL into U+FFFD), so two sheets' anonymous
// layers never merge.
struct LayerName {
  std::vector<std::string> path;
};

enum class NoteKind : std::uint8_t {
  nesting_too_deep,  // rules nested deeper than kMaxRuleNesting were dropped
  nested_style_rule, // CSS Nesting is not followed; a nested rule was dropped
  unclosed_block,    // the text ended inside a block (browsers close it)
};

struct Note {
  NoteKind kind;
  std::uint32_t offset = 0;
};

struct Stylesheet {
  std::vector<StyleRule> rules;     // document order
  std::vector<Import> imports;      // @import, in order; they precede `rules`
  std::vector<LayerName> layers;    // in order of first appearance
  std::vector<Note> notes;
  // Content that could style elements was dropped (see NoteKind): styles
  // computed from this sheet may be incomplete.
  bool lossy = false;
};

inline constexpr std::size_t kMaxRuleNesting = 256;

// A whole style sheet (a <style> element or a linked file). Never fails.
Stylesheet parse_stylesheet(std::string_view css);

// A declaration list, as in a style attribute. Offsets are into `css`.
std::vector<Declaration> parse_declarations(std::string_view css);

// A media query list (Media Queries 4) on a screen of unknown size: `all`,
// `screen` and an empty list apply; `print` and other types never do;
// anything depending on a media feature is unknown (viewport-dependent when
// the feature is the viewport's size, aspect ratio or orientation).
Condition evaluate_media(std::span<const Token> query_list);
Condition evaluate_media(std::string_view query_list);

}  // namespace rampa::css
