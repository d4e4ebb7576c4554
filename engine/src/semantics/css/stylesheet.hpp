#pragma once
// A style sheet as parsed (CSS Syntax 3 §5): style rules with their
// declarations, each carrying the condition under which it applies
// (@media, @supports... are flattened) and its offset in the sheet's text.
// Data only: parser.hpp makes these from text, the cascade reads them, and
// rules ask the cascade (cascade.hpp) for them instead of reading CSS text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/vocabulary.hpp"
#include "semantics/css/selectors.hpp"
#include "semantics/css/token.hpp"
#include "semantics/tri.hpp"

namespace rampa::css {

// Whether a rule applies on a screen whose size is not known. The
// stylesheet's own media conditions decide it; only `applies` matters for
// correctness, `viewport_dependent` says why it is unknown (a rule on
// orientation or reflow may care).
//
// `portrait` and `landscape` answer the same with the screen held one way:
// an orientation feature is then known and every other feature still
// unknown, for the rule on orientation locks (ACT b33eff).
struct Condition {
  Tri applies = Tri::yes;
  bool viewport_dependent = false;
  Tri portrait = Tri::yes, landscape = Tri::yes;
  bool orientation = false;  // an orientation feature took part

  friend Condition operator&&(Condition a, Condition b) {
    return {a.applies && b.applies, a.viewport_dependent || b.viewport_dependent, a.portrait && b.portrait,
            a.landscape && b.landscape, a.orientation || b.orientation};
  }
  friend bool operator==(const Condition&, const Condition&) = default;
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

// An at-rule whose block styles no element at rest (@font-face, @keyframes,
// @page...): kept by name, for rules that ask whether a sheet has one.
struct SkippedAtRule {
  std::string name;  // ASCII-lowercased, without the @
  std::uint32_t offset = 0;
};

struct Stylesheet {
  std::vector<StyleRule> rules;     // document order
  std::vector<Import> imports;      // @import, in order; they precede `rules`
  std::vector<LayerName> layers;    // in order of first appearance
  std::vector<Note> notes;
  std::vector<SkippedAtRule> skipped_at_rules;  // in order
  // Content that could style elements was dropped (see NoteKind): styles
  // computed from this sheet may be incomplete.
  bool lossy = false;
};

inline constexpr std::size_t kMaxRuleNesting = 256;

// A style rule's selector list, parsed once with its sheet.
struct RuleSelectors {
  std::optional<SelectorList> list;  // nullopt: invalid, so the rule is dropped
  // Nested deeper than the selector parser follows: the rule may style any
  // element.
  bool too_deep = false;
};

// A sheet read once and shared by every page that links it: its text, the
// parse, and each style rule's selectors (`selectors[i]` belongs to
// `sheet.rules[i]`).
struct ParsedSheet {
  std::string text;
  Stylesheet sheet;
  std::vector<RuleSelectors> selectors;

  // Line and column (1-based, columns in bytes) of an offset into `text`.
  SourcePos position(std::uint32_t offset) const;

 private:
  friend ParsedSheet read_sheet(std::string text);
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace rampa::css
