// id values are unique in a page: labels (for=), aria-labelledby,
// aria-describedby and skip links find the first element with an id, so a
// duplicate silently points a screen reader at the wrong element.
// Best practice (no WCAG 2.2 criterion since 4.1.1 was removed).
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Browsers run scripts, and then <noscript> content is text, not elements
// (as Semantics reads it): its ids reach nothing and clash with nothing.
bool in_noscript(const Node& e, const Page& page) {
  if (page.document().elements_named(tag::noscript).empty()) return false;
  for (const Node* p = e.parent; p != nullptr && p->is_element(); p = p->parent)
    if (p->is(tag::noscript)) return true;
  return false;
}

Targets applicability(const Page& page) {
  Targets targets;
  // Ids outside <template> with a value are the ones the document indexed
  // (same_id is empty for the others): no need to visit their elements.
  for (const Attribute* id : page.document().attributes_named(attr::id))
    if (!page.document().same_id(*id).empty() && !in_noscript(*id->owner, page)) targets.push_back(*id);
  return targets;
}

// The first element with an id is the one references reach; every later one
// is the duplicate to rename.
void evaluate(const Target& id, const Page& page, Verdicts& out) {
  const Node* first = nullptr;
  std::size_t count = 0;
  for (const Node* e : page.document().same_id(*id.attribute)) {
    if (in_noscript(*e, page)) continue;
    if (first == nullptr) first = e;
    ++count;
  }
  if (count <= 1 || first == &id.element()) {
    out.pass(id, "passed");
    return;
  }
  out.fail(id, "failed.duplicate",
           {{"id", std::string(id.value())},
            {"first-line", std::to_string(first->pos.line)},
            {"count", std::to_string(count)}});
}

}  // namespace

RAMPA_RULE(.id = "id-unique", .wcag = {}, .act = {},
           .impact = Impact::minor, .tags = {"document", "best-practice"},
           .help = "https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute",
           .messages = {"passed", "failed.duplicate"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
