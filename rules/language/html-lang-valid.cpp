// The lang of the root element names a real language, so screen readers pick
// the right voice and pronunciation. Implements ACT bf051a (WCAG 3.1.1).
#include "rule.hpp"

namespace rampa::rules {
namespace {

// A missing or blank lang is html-has-lang's finding; leaving it out here
// keeps one defect from producing two findings.
Targets applicability(const Page& page) {
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html)) return {};
  const Attribute* lang = root->attribute(attr::lang);
  if (lang == nullptr || is_blank(lang->value)) return {};
  return {*lang};
}

void evaluate(const Target& lang, const Page&, Verdicts& out) {
  // Only the primary subtag decides: "es-419" is valid even for a region we
  // do not know.
  if (known_primary_language(lang.value())) {
    out.pass(lang, "passed");
  } else {
    out.fail(lang, "failed.unknown", {{"value", std::string(trim(lang.value()))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "html-lang-valid", .wcag = {"3.1.1"}, .act = {"bf051a"},
           .impact = Impact::serious, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/bf051a/",
           .messages = {"passed", "failed.unknown"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
