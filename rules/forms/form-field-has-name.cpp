// Every form field (text box, check box, select, slider...) has a non-empty
// accessible name, so a screen reader user knows what to type or choose
// ("Correo electrónico", "Acepto los términos") and a voice control user can
// move to the field by saying its name. Implements ACT e086e5 (WCAG 4.1.2).
#include "common/empty_name_doubt.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// ACT e086e5: the roles inheriting from input or select that are fields of
// their own (option is not: it is part of its listbox).
constexpr std::string_view kFieldRoles[] = {"checkbox",  "combobox", "listbox",    "menuitemcheckbox",
                                            "menuitemradio", "radio", "searchbox", "slider",
                                            "spinbutton", "switch",  "textbox"};

bool is_field_role(std::string_view role) {
  for (std::string_view r : kFieldRoles)
    if (r == role) return true;
  return false;
}

// HTML-AAM gives these inputs no ARIA role, yet people fill them in like any
// field; the proposed revision of e086e5 covers them too.
std::string roleless_input_type(const Node& e, const ElementSemantics& s) {
  if (!e.is(tag::input) || !s.role.empty()) return {};
  std::string type = ascii_lower(e.attr(attr::type).value_or(""));
  for (std::string_view t : {"color", "date", "datetime-local", "month", "time", "week"})
    if (type == t) return type;
  return {};
}

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  std::vector<const Node*> candidates = sem.elements_with_role_where(is_field_role);
  for (const Node* input : page.document().elements_named(tag::input))
    if (sem.of(*input).role.empty()) candidates.push_back(input);
  sort_in_tree_order(candidates);
  for (const Node* e : candidates) {
    const ElementSemantics& s = sem.of(*e);
    if (s.hidden == Tri::yes || s.presentational_child) continue;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (is_field_role(s.role) || !roleless_input_type(*e, s).empty()) out.push_back(*e);
  }
  return out;
}

// A <label> names only HTML's labelable elements; authors often point one at
// a <div role="textbox"> and expect it to work.
bool has_useless_label(const Node& e, const Page& page) {
  if (is_labelable(e)) return false;
  bool found = false;
  for_each_possible_label(e, page, [&](const Node&) { found = true; });
  return found;
}

void evaluate(const Target& t, const Page& page, Verdicts& out) {
  const Node& e = t.element();
  const ElementSemantics& s = page.semantics().of(e);
  if (!page.semantics().name(e).empty()) {
    out.pass(t, "passed");
    return;
  }
  if (NameDoubt d = empty_name_doubt(e, page); d != NameDoubt::none) {
    out.cant_tell(t, doubt_message(d));
    return;
  }
  std::string field = roleless_input_type(e, s);
  if (field.empty()) field = std::string(s.role);
  if (has_useless_label(e, page)) {
    out.fail(t, "failed.label-not-labelable", {{"field", field}});
  } else {
    out.fail(t, "failed.empty", {{"field", field}});
  }
}

}  // namespace

RAMPA_RULE(.id = "form-field-has-name", .wcag = {"4.1.2"}, .act = {"e086e5"},
           .impact = Impact::critical, .tags = {"forms", "names"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/e086e5/",
           .messages = {"passed", "failed.empty", "failed.label-not-labelable", "cant-tell.hidden-by-style",
                        "cant-tell.generated-content", "cant-tell.name-source"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
