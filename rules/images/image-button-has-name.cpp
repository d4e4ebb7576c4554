// Every image button (<input type="image">) has a non-empty accessible name,
// so a screen reader user hears what it does ("Buscar vacantes") rather than
// a file name or a generic "Submit Query". The picture alone tells a blind
// person nothing. Implements ACT 59796f (WCAG 1.1.1 and 4.1.2).
#include "common/empty_name_doubt.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// The type attribute is an enumerated attribute: ASCII case-insensitive,
// whitespace not trimmed.
Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : page.document().elements_named(tag::input)) {
    if (!e->is(tag::input) || ascii_lower(e->attr(attr::type).value_or("")) != "image") continue;
    const ElementSemantics& s = sem.of(*e);
    if (s.hidden == Tri::yes || s.presentational_child) continue;
    out.push_back(*e);
  }
  return out;
}

// HTML-AAM once took value= as an image button's name; today's mapping goes
// from alt to title to the "Submit Query" default, and browsers disagree.
// A name from value alone is therefore not proof either way.
bool named_by_value_only(const Node& e, const Page& page) {
  if (non_blank_attr(e, attr::alt) || non_blank_attr(e, attr::aria_label) || non_blank_attr(e, attr::title) ||
      e.labelledby() != nullptr)
    return false;
  bool labelled = false;
  for_each_possible_label(e, page, [&](const Node&) { labelled = true; });
  return !labelled && non_blank_attr(e, attr::value);
}

void evaluate(const Target& t, const Page& page, Verdicts& out) {
  const Node& e = t.element();
  if (!page.semantics().name(e).empty()) {
    if (named_by_value_only(e, page)) {
      out.cant_tell(t, "cant-tell.value-only");
    } else {
      out.pass(t, "passed");
    }
    return;
  }
  if (NameDoubt d = empty_name_doubt(e, page); d != NameDoubt::none) {
    out.cant_tell(t, doubt_message(d));
  } else if (const Attribute* alt = e.attribute(attr::alt); alt != nullptr) {
    // alt="" does not make an image button decorative: it stays a button.
    out.fail(*alt, "failed.blank-alt");
  } else {
    out.fail(t, "failed.no-alt");
  }
}

}  // namespace

RAMPA_RULE(.id = "image-button-has-name", .wcag = {"1.1.1", "4.1.2"}, .act = {"59796f"},
           .impact = Impact::critical, .tags = {"images", "forms", "names"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/59796f/",
           .messages = {"passed", "failed.no-alt", "failed.blank-alt", "cant-tell.value-only",
                        "cant-tell.hidden-by-style", "cant-tell.generated-content", "cant-tell.name-source"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
