// A word-spacing set with !important in a style attribute is at least 0.16
// times the font size. Nothing an author or a browser extension writes can
// override such a declaration, so a person with low vision or dyslexia who
// widens the space between words to tell them apart is stuck with the
// page's value; 0.16em is the spacing WCAG requires such a person can get.
// Implements ACT 9e45ec (WCAG 1.4.12).
#include "text_spacing.hpp"

namespace rampa::rules {
namespace {

Targets applicability(const Page& page) {
  return text_spacing::applicability(page, text_spacing::Property::word_spacing);
}

void evaluate(const Target& style, const Page& page, Verdicts& out) {
  text_spacing::evaluate_spacing(style, page, out, text_spacing::Property::word_spacing, 0.16);
}

}  // namespace

RAMPA_RULE(.id = "important-word-spacing-wide-enough", .wcag = {"1.4.12"}, .act = {"9e45ec"},
           .impact = Impact::serious, .tags = {"structure", "text-spacing"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/9e45ec/",
           .messages = {"passed", "failed.too-narrow", "cant-tell.visibility", "cant-tell.value"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
