// Every menu item has a non-empty accessible name, so a screen reader user
// moving through a menu hears each command ("Descargar CV") instead of a row
// of bare "menu item"s. Implements ACT m6b1q3 (WCAG 4.1.2).
#include "common/empty_name_doubt.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Only menuitem itself: menuitemcheckbox and menuitemradio are form fields,
// form-field-has-name's targets.
Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : sem.elements_with_role("menuitem")) {
    const ElementSemantics& s = sem.of(*e);
    if (s.role != "menuitem" || s.hidden == Tri::yes || s.presentational_child) continue;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& t, const Page& page, Verdicts& out) {
  const Node& e = t.element();
  if (!page.semantics().name(e).empty()) {
    out.pass(t, "passed");
  } else if (NameDoubt d = empty_name_doubt(e, page); d != NameDoubt::none) {
    out.cant_tell(t, doubt_message(d));
  } else {
    out.fail(t, "failed.empty");
  }
}

}  // namespace

RAMPA_RULE(.id = "menuitem-has-name", .wcag = {"4.1.2"}, .act = {"m6b1q3"},
           .impact = Impact::serious, .tags = {"forms", "names"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/m6b1q3/",
           .messages = {"passed", "failed.empty", "cant-tell.hidden-by-style", "cant-tell.generated-content",
                        "cant-tell.name-source"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
