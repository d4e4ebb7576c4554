// The lang of the root element names the language the page's text is in, so
// screen readers read it with the right voice and pronunciation: a page
// written in Spanish but declared lang="en" is read out as garbled English.
// The language of the text is guessed, and a guess fails only when it is
// sure (rules/common/content_language.hpp: at least 40 words of running text,
// not a close neighbour of the declared language, clearly closer to another,
// not mixed); otherwise it says cantTell with the reason.
// Implements ACT ucwvc8 (WCAG 3.1.1).
#include "common/content_language.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// A missing, blank or invalid lang is html-has-lang's or html-lang-valid's
// finding; leaving it out here keeps one defect from producing two.
Targets applicability(const Page& page) {
  if (page.document().source_kind() != SourceKind::html) return {};
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html)) return {};
  const Attribute* lang = root->attribute(attr::lang);
  if (lang == nullptr || is_blank(lang->value) || !known_primary_language(lang->value)) return {};
  const LanguageText* text = page.language_texts().of(*root);
  if (text == nullptr || !text->any_text) return {};
  return {*lang};
}

void evaluate(const Target& lang, const Page& page, Verdicts& out) {
  judge_content_language(lang, *page.language_texts().of(lang.element()), page, out);
}

}  // namespace

RAMPA_RULE(.id = "html-lang-matches-content", .wcag = {"3.1.1"}, .act = {"ucwvc8"},
           .impact = Impact::serious, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/ucwvc8/proposed/",
           .messages = {"passed", "failed.other-language", "cant-tell.short", "cant-tell.close",
                        "cant-tell.unsure", "cant-tell.mixed", "cant-tell.latin", "cant-tell.no-profile",
                        "cant-tell.no-profiles"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
