// A lang attribute inside the body names a real language, so screen readers
// switch to the right voice and pronunciation for that passage; a wrong tag
// makes them read it with rules of no language, or of the page's.
// Implements ACT de46e4 (WCAG 3.1.2).
#include "common/css_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool in_body(const Node& e) {
  for (const Node* n = &e; n != nullptr && n->is_element(); n = n->parent)
    if (n->is(tag::body)) return true;
  return false;
}

// Whether the element's text can be seen or heard: ACT counts text that is
// visible or included in the accessibility tree.
bool perceivable(const ElementSemantics& s) { return !(s.visible == Tri::no && s.hidden == Tri::yes); }

struct Content {
  bool sure = false;   // text the markup alone shows is there
  bool maybe = false;  // text only a style attribute might hide
};

// The text inheriting its language from `e` (ACT's definition): text nodes
// and accessible names below it, down to the next element with its own
// non-empty lang, which takes over.
Content content_of(const Node& e, const Page& page) {
  const Semantics& sem = page.semantics();
  Content c;
  auto note = [&](const Node& owner) {
    if (inline_css_may_hide(page, owner, CssHiding::removal)) c.maybe = true;
    else c.sure = true;
  };
  auto element = [&](const Node& n) {
    const ElementSemantics& s = sem.of(n);
    // An image speaks in the language around it through its name.
    if (s.hidden == Tri::no && !is_unicode_blank(sem.name(n))) note(n);
  };
  element(e);
  for_each_descendant(e, [&](const Node& n) {
    if (c.sure) return false;
    if (n.is_element()) {
      if (auto lang = n.attr(attr::lang); lang && !lang->empty()) return false;
      element(n);
      return true;
    }
    if (n.is_text() && n.parent != nullptr && n.parent->is_element() && !is_unicode_blank(n.text) &&
        perceivable(sem.of(*n.parent)))
      note(*n.parent);
    return false;
  });
  return c;
}

Targets applicability(const Page& page) {
  // Only text/html pages: XHTML takes its language from xml:lang.
  if (page.document().source_kind() != SourceKind::html) return {};
  Targets out;
  for (const Attribute* lang : page.document().attributes_named(attr::lang)) {
    const Node* e = lang->owner;
    if (e->ns != Namespace::html || e->in_template) continue;
    // lang="" says "unknown language" on purpose; only whitespace is not.
    if (lang->value.empty() || !in_body(*e)) continue;
    Content c = content_of(*e, page);
    if (c.sure || c.maybe) out.push_back(*lang);
  }
  return out;
}

void evaluate(const Target& lang, const Page& page, Verdicts& out) {
  // Only the primary subtag decides, as for the page's own lang.
  if (known_primary_language(lang.value())) {
    out.pass(lang, "passed");
    return;
  }
  if (content_of(lang.element(), page).sure) {
    out.fail(lang, "failed.unknown", {{"value", std::string(trim(lang.value()))}});
  } else {
    // All its text may be hidden by a style attribute, and then no one
    // reads it in any language.
    out.cant_tell(lang, "cant-tell.style", {{"value", std::string(trim(lang.value()))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "element-lang-valid", .wcag = {"3.1.2"}, .act = {"de46e4"},
           .impact = Impact::serious, .tags = {"language"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/de46e4/",
           .messages = {"passed", "failed.unknown", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
