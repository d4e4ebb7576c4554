// The autocomplete attribute of a form field follows HTML's autofill detail
// tokens, so browsers and assistive technologies know what the field asks
// for: they can fill it in, or show a familiar icon, for people with
// cognitive or motor disabilities who struggle to type the same details on
// every form. Implements ACT 73f2c2 (WCAG 1.3.5).
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/css_hints.hpp"
#include "forms/autofill.hpp"
#include "forms/purpose.hpp"
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

template <std::size_t N>
bool among(const std::string_view (&list)[N], std::string_view token) {
  return std::find(std::begin(list), std::end(list), token) != std::end(list);
}

// Types whose value the user does not type, so autofill has nothing to do
// (ACT 73f2c2, "fixed value"); hidden inputs are never shown either.
bool fixed_value_type(const Node& e) {
  if (!e.is(tag::input)) return false;
  std::string type = ascii_lower(trim(e.attr(attr::type).value_or("")));
  static constexpr std::string_view kFixed[] = {
      "button", "checkbox", "file", "image", "radio", "reset", "submit", "hidden"};
  return among(kFixed, type);
}

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Attribute* ac : page.document().attributes_named(attr::autocomplete)) {
    const Node* e = ac->owner;
    if (!(e->is(tag::input) || e->is(tag::select) || e->is(tag::textarea)) || e->in_template) continue;
    if (is_blank(ac->value)) continue;
    std::vector<std::string_view> tokens = split_spaces(ac->value);
    if (tokens.size() == 1) {
      std::string only = ascii_lower(tokens[0]);
      if (only == "on" || only == "off") continue;
    }
    const ElementSemantics& s = sem.of(*e);
    if (s.disabled) continue;
    if (auto d = e->attr(attr::aria_disabled); d && ascii_lower(trim(*d)) == "true") continue;
    if (fixed_value_type(*e)) continue;
    if (s.visible == Tri::no && s.hidden == Tri::yes) continue;
    // A field out of the tab order that is not a widget is not filled in by
    // anyone (role="none" on a focusable field is overridden, so still a widget).
    if (s.sequential_focus == Tri::no && !aria::is_a(s.role, "widget")) continue;
    out.push_back(*ac);
  }
  return out;
}

// The ACT rule assumes the field collects information about the user; a
// search box or a spouse's phone does not, so a value outside HTML's list
// there is no Identify Input Purpose failure.
// The fields of the page that are evidently not about the user, by
// element: found once, as a page may hold many invalid values.
struct NotAboutTheUser {
  std::unordered_set<const Node*> elements;
};

NotAboutTheUser fields_not_about_the_user(const Page& page) {
  NotAboutTheUser out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (f.at.node != nullptr && forms::not_about_the_user(f, form)) out.elements.insert(f.at.node);
  return out;
}

bool not_about_the_user(const Node& e, const Page& page) {
  return page.derived<NotAboutTheUser>(fields_not_about_the_user).elements.count(&e) != 0;
}

void evaluate(const Target& ac, const Page& page, Verdicts& out) {
  forms::autofill::Problem p = forms::autofill::check(ac.value());
  if (p.message.empty()) {
    out.pass(ac, "passed");
  } else if (inline_css_may_hide(page, ac.element(), CssHiding::removal)) {
    // A field its style attribute may hide is out of the rule's reach, and
    // the cascade does not settle every way a style hides one.
    out.cant_tell(ac, "cant-tell.style");
  } else if (not_about_the_user(ac.element(), page)) {
    out.cant_tell(ac, "cant-tell.not-about-the-user", {{"value", std::string(trim(ac.value()))}});
  } else {
    out.fail(ac, p.message, std::move(p.args));
  }
}

}  // namespace

RAMPA_RULE(.id = "autocomplete-valid", .wcag = {"1.3.5"}, .act = {"73f2c2"},
           .impact = Impact::serious, .tags = {"forms"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/73f2c2/",
           .messages = {"passed", "failed.unknown-token", "failed.misplaced-token",
                        "failed.not-a-contact-field", "failed.missing-field", "cant-tell.style",
                        "cant-tell.not-about-the-user"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
