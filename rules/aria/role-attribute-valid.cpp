// A role attribute names at least one real, non-abstract WAI-ARIA role. With
// a typo ("lnik") the browser falls back to the element's own role, so a
// screen reader user meets a plain text span where the author built a link
// or a button. Implements ACT 674b10 (best practice; WCAG 1.3.1 and 4.1.2 are
// only secondary to it).
#include "rule.hpp"
#include "semantics/aria/roles.hpp"

namespace rampa::rules {
namespace {

// ACT 674b10: a non-blank role on an HTML or SVG element in the
// accessibility tree. Content outside the tree reaches nobody, whatever its
// role says.
Targets applicability(const Page& page) {
  Targets out;
  for (const Attribute* role : page.document().attributes_named(attr::role)) {
    const Node* e = role->owner;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (is_blank(role->value)) continue;
    const ElementSemantics& s = page.semantics().of(*e);
    // Children of a button or an image are flattened into it; what they
    // claim to be is never exposed.
    if (s.hidden == Tri::yes || s.presentational_child) continue;
    out.emplace_back(*role);
  }
  return out;
}

void evaluate(const Target& role, const Page& page, Verdicts& out) {
  // ARIA 1.2 §7.1: the first token naming a concrete role wins, so
  // "searchfield searchbox" is fine, a fallback list in action.
  if (!aria::explicit_role(role.element()).empty()) {
    out.pass(role, "passed");
    return;
  }
  Tri hidden = page.semantics().of(role.element()).hidden;
  if (hidden == Tri::unknown) {
    out.cant_tell(role, "cant-tell.style", {{"value", std::string(trim(role.value()))}});
  } else {
    out.fail(role, "failed.unknown-role", {{"value", std::string(trim(role.value()))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "role-attribute-valid", .wcag = {}, .act = {"674b10"},
           .impact = Impact::serious, .tags = {"aria", "best-practice"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/674b10/",
           .messages = {"passed", "failed.unknown-role", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
