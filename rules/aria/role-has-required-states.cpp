// An element given a role by its role attribute carries the states and
// properties that role requires: a checkbox says whether it is checked, a
// heading its level. Without them a screen reader user hears "checkbox" and
// never learns its state, or meets a heading outside the page outline.
// Implements ACT 4e8ab6 (best practice; WCAG 1.3.1 and 4.1.2 are only
// secondary to it).
#include <algorithm>
#include <string>
#include <vector>

#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/aria/roles.hpp"

namespace rampa::rules {
namespace {

aria::RoleContext role_context(const Semantics& semantics) {
  aria::RoleContext context;
  context.has_accessible_name = [&semantics](const Node& e) { return !semantics.name(e).empty(); };
  context.is_focusable = [&semantics](const Node& e) {
    return semantics.of(e).focusable == Tri::yes;
  };
  return context;
}

// ACT 4e8ab6: an explicit role in the accessibility tree that differs from
// the implicit one. <input type="checkbox" role="checkbox"> is left out: the
// browser takes its state from the checked attribute.
Targets applicability(const Page& page) {
  Targets out;
  const Semantics& semantics = page.semantics();
  aria::RoleContext context = role_context(semantics);
  // An explicit role comes from a role attribute.
  for (const Attribute* role : page.document().attributes_named(attr::role)) {
    const Node* e = role->owner;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    const ElementSemantics& s = semantics.of(*e);
    if (!s.explicit_role || s.hidden == Tri::yes || s.presentational_child) continue;
    if (aria::implicit_role(*e, page.document(), context) == s.role) continue;
    out.emplace_back(*e);
  }
  return out;
}

// ARIA 1.2 "Implicit Value for Role": a required state with a default is
// never really missing. Slider and scrollbar values default to halfway in
// ARIA 1.1; keeping them avoids failing a page the spec may accept.
bool has_implicit_value(std::string_view role, std::string_view attribute) {
  return attribute == "aria-valuenow" && (role == "slider" || role == "scrollbar");
}

// ARIA 1.3 drops aria-controls from combobox's required states, and a
// collapsed combobox has no popup to point at; requiring it would fail pages
// that the next version of the spec accepts.
bool waived(std::string_view role, std::string_view attribute) {
  return role == "combobox" && attribute == "aria-controls";
}

// HTML-AAM: a checkbox or radio input exposes its checkedness as the checked
// state whatever role it is given (ARIA in HTML allows role=switch and
// menuitemcheckbox on a checkbox), so aria-checked is never missing there.
bool native_checked_state(const Node& e, std::string_view attribute) {
  if (attribute != "aria-checked" || !e.is(tag::input)) return false;
  const Attribute* type = e.attribute(attr::type);
  if (type == nullptr) return false;
  std::string t = ascii_lower(trim(type->value));
  return t == "checkbox" || t == "radio";
}

void collect_required(const aria::RoleInfo& role, Tri focusable, std::vector<std::string_view>& out,
                      bool& depends_on_focus) {
  for (std::string_view a : role.required)
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  if (!role.required_when_focusable.empty()) {
    if (focusable == Tri::yes) {
      for (std::string_view a : role.required_when_focusable)
        if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    } else if (focusable == Tri::unknown) {
      depends_on_focus = true;
    }
  }
  for (std::string_view super : role.superclasses)
    if (const aria::RoleInfo* s = aria::role_info(super))
      collect_required(*s, focusable, out, depends_on_focus);
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const ElementSemantics& s = page.semantics().of(e);
  const aria::RoleInfo* role = aria::role_info(s.role);
  if (role == nullptr) {
    out.pass(target, "passed");
    return;
  }
  std::vector<std::string_view> required;
  bool depends_on_focus = false;
  collect_required(*role, s.focusable, required, depends_on_focus);
  std::string missing;
  for (std::string_view attribute : required) {
    if (has_implicit_value(role->name, attribute) || waived(role->name, attribute) ||
        native_checked_state(e, attribute))
      continue;
    bool present = false;
    for (const Attribute& a : e.attributes())
      present = present || (ascii_lower(a.spelling) == attribute && !a.value.empty());
    if (present) continue;
    if (!missing.empty()) missing += ", ";
    missing += attribute;
  }
  MessageArgs args = {{"role", std::string(role->name)}};
  if (missing.empty()) {
    if (depends_on_focus) {
      out.cant_tell(target, "cant-tell.focus", std::move(args));
    } else {
      out.pass(target, "passed", std::move(args));
    }
    return;
  }
  args.emplace_back("missing", missing);
  if (s.hidden == Tri::unknown) {
    out.cant_tell(target, "cant-tell.style", std::move(args));
  } else {
    out.fail(target, "failed.missing", std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "role-has-required-states", .wcag = {}, .act = {"4e8ab6"},
           .impact = Impact::serious, .tags = {"aria", "best-practice"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/4e8ab6/",
           .messages = {"passed", "failed.missing", "cant-tell.focus", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
