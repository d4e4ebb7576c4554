// When the root element has both lang and xml:lang, they name the same
// language: XHTML user agents read xml:lang, HTML ones read lang, and a page
// must not sound different depending on which one a person's browser uses.
// Implements the deprecated ACT 5b7ae0 (WCAG 3.1.1), kept for XHTML pages.
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Both attributes present and valid: a missing or invalid one is the finding
// of html-has-lang or html-lang-valid, not a mismatch.
Targets applicability(const Page& page) {
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html)) return {};
  const Attribute* lang = root->attribute(attr::lang);
  const Attribute* xml_lang = root->attribute(attr::xml_lang);
  if (lang == nullptr || xml_lang == nullptr) return {};
  if (!known_primary_language(lang->value) || !known_primary_language(xml_lang->value)) return {};
  return {*xml_lang};
}

void evaluate(const Target& xml_lang, const Page&, Verdicts& out) {
  const Attribute* lang = xml_lang.element().attribute(attr::lang);
  if (primary_subtag(lang->value) == primary_subtag(xml_lang.value())) {
    out.pass(xml_lang, "passed");
  } else {
    out.fail(xml_lang, "failed.mismatch",
             {{"lang", std::string(trim(lang->value))}, {"xml-lang", std::string(trim(xml_lang.value()))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "html-xml-lang-match", .wcag = {"3.1.1"}, .act = {"5b7ae0"},
           .impact = Impact::moderate, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/5b7ae0/proposed/",
           .messages = {"passed", "failed.mismatch"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
