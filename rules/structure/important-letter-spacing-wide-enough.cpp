// A letter-spacing set with !important in a style attribute is at least 0.12
// times the font size. Nothing an author or a browser extension writes can
// override such a declaration, so a person with low vision or dyslexia who
// widens letter spacing to read comfortably is stuck with the page's value;
// 0.12em is the spacing WCAG requires such a person can get.
// Implements ACT 24afc2 (WCAG 1.4.12).
#include "text_spacing.hpp"

namespace rampa::rules {
namespace {

Targets applicability(const Page& page) {
  return text_spacing::applicability(page, text_spacing::Property::letter_spacing);
}

void evaluate(const Target& style, const Page& page, Verdicts& out) {
  text_spacing::evaluate_spacing(style, page, out, text_spacing::Property::letter_spacing, 0.12);
}

}  // namespace

RAMPA_RULE(.id = "important-letter-spacing-wide-enough", .wcag = {"1.4.12"}, .act = {"24afc2"},
           .impact = Impact::serious, .tags = {"structure", "text-spacing"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/24afc2/",
           .messages = {"passed", "failed.too-narrow", "cant-tell.visibility", "cant-tell.value"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
