// A lang attribute inside the body names the language its passage is in, so
// screen readers switch to the right voice there: a paragraph in Portuguese
// marked lang="en" is read out as garbled English. The language of the text
// is guessed, and a guess fails only when it is sure
// (rules/common/content_language.hpp: at least 40 words of running text, not
// a close neighbour of the declared language, clearly closer to another, not
// mixed); otherwise it says cantTell with the reason. The passage's text is
// what inherits its language from the element: an inner element with a lang
// of its own speaks for its text instead.
// Implements ACT off6ek (WCAG 3.1.2).
#include "common/content_language.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool in_body(const Node& e) {
  for (const Node* n = &e; n != nullptr && n->is_element(); n = n->parent)
    if (n->is(tag::body)) return true;
  return false;
}

// An invalid lang is element-lang-valid's finding, and lang="" says
// "unknown language" on purpose: neither names a language to compare.
Targets applicability(const Page& page) {
  if (page.document().source_kind() != SourceKind::html) return {};
  Targets out;
  const LanguageTexts& texts = page.language_texts();
  for (const Attribute* lang : page.document().attributes_named(attr::lang)) {
    const Node* e = lang->owner;
    if (e->ns != Namespace::html || e->in_template || !in_body(*e)) continue;
    if (is_blank(lang->value) || !known_primary_language(lang->value)) continue;
    const LanguageText* text = texts.of(*e);
    if (text != nullptr && text->any_text) out.push_back(*lang);
  }
  return out;
}

void evaluate(const Target& lang, const Page& page, Verdicts& out) {
  judge_content_language(lang, *page.language_texts().of(lang.element()), page, out);
}

}  // namespace

RAMPA_RULE(.id = "element-lang-matches-content", .wcag = {"3.1.2"}, .act = {"off6ek"},
           .impact = Impact::serious, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/off6ek/proposed/",
           .messages = {"passed", "failed.other-language", "cant-tell.short", "cant-tell.close",
                        "cant-tell.unsure", "cant-tell.mixed", "cant-tell.latin", "cant-tell.no-profile",
                        "cant-tell.no-profiles"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
