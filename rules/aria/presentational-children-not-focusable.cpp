// An element whose children are presentational (button, checkbox, img, tab,
// slider...) holds nothing that can take focus. Browsers flatten such an
// element's content into one text, so a link or control inside it is
// announced as nothing: a keyboard and screen reader user lands on an item
// with no name and no role. Implements ACT 307n5z (WCAG 4.1.2).
#include <string>

#include "aria/focus_content.hpp"
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

// An element already inside another presentational-children element is
// flattened with it; its parent's finding covers its content.
Targets applicability(const Page& page) {
  Targets out;
  auto presentational_children = [](std::string_view role) {
    const aria::RoleInfo* info = aria::role_info(role);
    return info != nullptr && info->children_presentational;
  };
  for (const Node* e : page.semantics().elements_with_role_where(presentational_children)) {
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (!page.semantics().of(*e).presentational_child) out.emplace_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Semantics& semantics = page.semantics();
  const Node* focusable = nullptr;  // the first descendant proven focusable
  const Node* unsure = nullptr;     // the first one that may be
  for_each_descendant(target.element(), [&](const Node& d) {
    if (focusable != nullptr) return false;
    if (!d.is_element()) return false;
    if (focus_content::is_declarative_shadow_root(d)) {
      if (unsure == nullptr) unsure = &d;
      return false;
    }
    Tri f = semantics.of(d).focusable;
    if (f != Tri::no) {
      if (f == Tri::yes && !focus_content::embeds_document(d)) {
        focusable = &d;
        return false;
      }
      if (unsure == nullptr) unsure = &d;
    } else if (focus_content::embeds_document(d) && unsure == nullptr) {
      unsure = &d;
    }
    return true;
  });
  const aria::RoleInfo* role = aria::role_info(semantics.of(target.element()).role);
  auto args = [&](const Node& d) {
    return MessageArgs{{"role", std::string(role != nullptr ? role->name : "")},
                       {"element", std::string(d.spelling)},
                       {"line", std::to_string(d.pos.line)}};
  };
  if (focusable != nullptr) {
    out.fail(target, "failed.focusable-content", args(*focusable));
  } else if (unsure != nullptr) {
    out.cant_tell(target, "cant-tell.focus", args(*unsure));
  } else {
    out.pass(target, "passed");
  }
}

}  // namespace

RAMPA_RULE(.id = "presentational-children-not-focusable", .wcag = {"4.1.2"}, .act = {"307n5z"},
           .impact = Impact::serious, .tags = {"aria", "keyboard"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/307n5z/",
           .messages = {"passed", "failed.focusable-content", "cant-tell.focus"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
