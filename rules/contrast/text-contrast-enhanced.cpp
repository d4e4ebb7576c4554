// Visible text stands out from its background by at least 7:1 (4.5:1 for
// large text), the AAA level that lets more people with low vision read
// without assistive technology that raises contrast. Implements ACT 09o5cg
// (WCAG 1.4.6).
#include "contrast.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

constexpr contrast::Thresholds kEnhanced{.normal = 7.0, .large = 4.5, .normal_text = "7", .large_text = "4.5"};

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  contrast::evaluate(target, page, out, kEnhanced);
}

}  // namespace

RAMPA_RULE(.id = "text-contrast-enhanced", .wcag = {"1.4.6"}, .act = {"09o5cg"},
           .impact = Impact::moderate, .tags = {"contrast", "color", "low-vision", "wcag-aaa"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/09o5cg/",
           .messages = {RAMPA_CONTRAST_MESSAGES},
           .applicability = contrast::applicability, .evaluate = evaluate);

}  // namespace rampa::rules
