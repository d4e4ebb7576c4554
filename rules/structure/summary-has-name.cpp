// The summary of a details element has an accessible name, so a screen
// reader user hears what the disclosure button opens ("Requisitos del
// puesto") and not just "button, collapsed". Implements ACT 2t702h
// (WCAG 4.1.2).
#include "common/rendering_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Only the first summary child of a details element is its disclosure
// button; later ones, and summaries elsewhere, are plain text to browsers.
bool summary_for_parent_details(const Node& e) {
  if (!e.is(tag::summary) || e.parent == nullptr || !e.parent->is(tag::details)) return false;
  for (const Node& c : e.parent->children())
    if (c.is(tag::summary)) return &c == &e;
  return false;
}

// An explicit role (role="button" written by the author) takes the summary
// out: other rules check named widgets. role="none" does not count, as a
// summary is focusable and keeps its own role (presentational roles conflict
// resolution), which Semantics has already applied.
Targets applicability(const Page& page) {
  const Semantics& sem = page.semantics();
  Targets out;
  for (const Node* e : page.document().elements_named(tag::summary)) {
    if (!summary_for_parent_details(*e)) continue;
    const ElementSemantics& s = sem.of(*e);
    if (s.explicit_role || s.hidden == Tri::yes || s.presentational_child) continue;
    if (hidden_by_inline_style(page.document(), *e) == Tri::yes) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Semantics& sem = page.semantics();
  if (!sem.name(e).empty()) {
    out.pass(target, "passed");
  } else if (sem.of(e).hidden == Tri::unknown ||
             hidden_by_inline_style(page.document(), e) == Tri::unknown) {
    out.cant_tell(target, "cant-tell.maybe-hidden");
  } else if (inside_object_fallback(e)) {
    out.cant_tell(target, "cant-tell.object-fallback");
  } else {
    out.fail(target, "failed.no-name");
  }
}

}  // namespace

RAMPA_RULE(.id = "summary-has-name", .wcag = {"4.1.2"}, .act = {"2t702h"},
           .impact = Impact::serious, .tags = {"structure", "name-role-value"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/2t702h/",
           .messages = {"passed", "failed.no-name", "cant-tell.maybe-hidden", "cant-tell.object-fallback"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
