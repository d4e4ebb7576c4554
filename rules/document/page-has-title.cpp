// The page has a title with text: it is the first thing a screen reader
// announces and what a person sees in tabs, history and bookmarks.
// Implements ACT 2779a5 (WCAG 2.4.2).
#include "rule.hpp"

namespace rampa::rules {
namespace {

// A fragment is titled by the page that shows it.
Targets applicability(const Page& page) {
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html) || page.document().fragment) return {};
  return {*root};
}

// The first HTML title in tree order is the one browsers use, wherever it
// is; SVG titles and template content are not the page's.
const Node* first_title(const Document& doc) {
  for (const Node* e : doc.elements_named(tag::title))
    if (e->is(tag::title) && !e->in_template) return e;
  return nullptr;
}

void evaluate(const Target& html, const Page& page, Verdicts& out) {
  const Node* title = first_title(page.document());
  if (title == nullptr) {
    out.fail(html, "failed.missing");
    return;
  }
  // Only the title's own text children count, as the ACT rule says.
  std::string text;
  for (const Node& c : title->children())
    if (c.is_text()) text += c.text;
  if (is_unicode_blank(text)) out.fail(*title, "failed.empty");
  else out.pass(*title, "passed");
}

}  // namespace

RAMPA_RULE(.id = "page-has-title", .wcag = {"2.4.2"}, .act = {"2779a5"},
           .impact = Impact::serious, .tags = {"document"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/2779a5/",
           .messages = {"passed", "failed.missing", "failed.empty"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
