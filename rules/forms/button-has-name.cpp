// Every button has a non-empty accessible name, so a screen reader user hears
// what it does ("Enviar postulación") instead of just "button", and a voice
// control user has words to say to press it. Implements ACT 97a4e1 (WCAG 4.1.2).
#include "common/empty_name_doubt.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool is_image_button(const Node& e) {
  return e.is(tag::input) && ascii_lower(e.attr(attr::type).value_or("")) == "image";
}

// Image buttons are image-button-has-name's: their name rules differ (alt,
// and a "Submit Query" default that names nothing).
Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : sem.elements_with_role("button")) {
    const ElementSemantics& s = sem.of(*e);
    if (s.role != "button" || s.hidden == Tri::yes || s.presentational_child) continue;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (is_image_button(*e)) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& t, const Page& page, Verdicts& out) {
  const Node& e = t.element();
  if (!page.semantics().name(e).empty()) {
    out.pass(t, "passed");
    return;
  }
  if (NameDoubt d = empty_name_doubt(e, page); d != NameDoubt::none) {
    out.cant_tell(t, doubt_message(d));
    return;
  }
  // value= names an <input> button, never a <button>: point at the mix-up.
  if (e.is(tag::button))
    if (const Attribute* value = e.attribute(attr::value); value != nullptr && !is_blank(value->value)) {
      out.fail(*value, "failed.button-value", {{"value", std::string(trim(value->value))}});
      return;
    }
  out.fail(t, "failed.empty");
}

}  // namespace

RAMPA_RULE(.id = "button-has-name", .wcag = {"4.1.2"}, .act = {"97a4e1"},
           .impact = Impact::critical, .tags = {"forms", "names"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/97a4e1/",
           .messages = {"passed", "failed.empty", "failed.button-value", "cant-tell.hidden-by-style",
                        "cant-tell.generated-content", "cant-tell.name-source"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
