// The root html element says which language the page is in, so screen
// readers read it with the right voice instead of the user's default.
// Implements ACT b5c3f8 (WCAG 3.1.1).
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Only HTML pages: an svg or math root is out of scope, as in the ACT rule.
// A fragment's language is the lang of the page that shows it.
Targets applicability(const Page& page) {
  const Node* root = page.document().root();
  if (root == nullptr || !root->is(tag::html) || page.document().fragment) return {};
  return {*root};
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const Node& html = t.element();
  const Attribute* lang = html.attribute(attr::lang);
  if (lang != nullptr && !is_blank(lang->value)) {
    out.pass(*lang, "passed");
    return;
  }
  // xml:lang alone is ignored by HTML browsers and screen readers.
  if (lang == nullptr && html.has(attr::xml_lang)) {
    out.fail(html, "failed.xml-lang-only");
  } else if (lang != nullptr) {
    out.fail(*lang, "failed.blank");
  } else {
    out.fail(html, "failed.missing");
  }
}

}  // namespace

RAMPA_RULE(.id = "html-has-lang", .wcag = {"3.1.1"}, .act = {"b5c3f8"},
           .impact = Impact::serious, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/",
           .messages = {"passed", "failed.missing", "failed.blank", "failed.xml-lang-only"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
