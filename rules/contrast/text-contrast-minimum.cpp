// Visible text stands out from its background by at least 4.5:1 (3:1 for
// large text), so people with low vision or reduced contrast sensitivity, or
// anyone reading a screen in sunlight, can read it. Implements ACT afw4f7
// (WCAG 1.4.3).
#include "contrast.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

constexpr contrast::Thresholds kMinimum{.normal = 4.5, .large = 3.0, .normal_text = "4.5", .large_text = "3"};

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  contrast::evaluate(target, page, out, kMinimum);
}

}  // namespace

RAMPA_RULE(.id = "text-contrast-minimum", .wcag = {"1.4.3"}, .act = {"afw4f7"},
           .impact = Impact::serious, .tags = {"contrast", "color", "low-vision"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/afw4f7/",
           .messages = {RAMPA_CONTRAST_MESSAGES},
           .applicability = contrast::applicability, .evaluate = evaluate);

}  // namespace rampa::rules
