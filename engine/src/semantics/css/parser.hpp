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

#include "semantics/css/stylesheet.hpp"
#include "semantics/css/tokenizer.hpp"

namespace rampa::css {

// A whole style sheet (a <style> element or a linked file). Never fails.
Stylesheet parse_stylesheet(std::string_view css);

// The sheet, its rules' selectors and its line index, made once per sheet
// text: what the cascade keeps and shares between the pages that link it.
ParsedSheet read_sheet(std::string text);

// A declaration list, as in a style attribute. Offsets are into `css`.
std::vector<Declaration> parse_declarations(std::string_view css);

// A media query list (Media Queries 4) on a screen of unknown size: `all`,
// `screen` and an empty list apply; `print` and other types never do;
// anything depending on a media feature is unknown (viewport-dependent when
// the feature is the viewport's size, aspect ratio or orientation).
Condition evaluate_media(std::span<const Token> query_list);
Condition evaluate_media(std::string_view query_list);

}  // namespace rampa::css
