// Nothing inside aria-hidden="true" can be reached with Tab. aria-hidden
// removes content from what a screen reader announces, not from the tab
// order: a keyboard and screen reader user who tabs onto a hidden link hears
// nothing, or nonsense, and cannot tell where they are. Implements ACT
// 6cfa84 (WCAG 4.1.2).
#include <string>

#include "aria/focus_content.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool says_true(const Node& e) {
  auto v = e.attr(attr::aria_hidden);
  return v && ascii_lower(trim(*v)) == "true";
}

// Only the outermost aria-hidden="true" is a target: aria-hidden="false"
// below it undoes nothing, so one defect gives one finding.
Targets applicability(const Page& page) {
  Targets out;
  for (const Attribute* hidden : page.document().attributes_named(attr::aria_hidden)) {
    const Node* e = hidden->owner;
    if (!says_true(*e)) continue;
    const Node* p = e->parent;
    if (p != nullptr && p->is_element() && page.semantics().of(*p).aria_hidden) continue;
    out.emplace_back(*e->attribute(attr::aria_hidden));
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Semantics& semantics = page.semantics();
  const Node& root = target.element();
  const Node* reachable = nullptr;  // the first element proven in the tab order
  const Node* unsure = nullptr;     // the first one that may be
  auto visit = [&](const Node& d) {
    if (reachable != nullptr || !d.is_element()) return false;
    if (focus_content::is_declarative_shadow_root(d)) {
      if (unsure == nullptr) unsure = &d;
      return false;
    }
    Tri tab = semantics.of(d).sequential_focus;
    if (tab != Tri::no) {
      if (tab == Tri::yes && !focus_content::embeds_document(d)) {
        reachable = &d;
        return false;
      }
      if (unsure == nullptr) unsure = &d;
    } else if (focus_content::embeds_document(d) && semantics.of(d).visible != Tri::no &&
               unsure == nullptr) {
      // tabindex="-1" on an iframe does not take its document's links out
      // of the tab order in every browser.
      unsure = &d;
    }
    return true;
  };
  if (visit(root)) for_each_descendant(root, visit);
  auto args = [](const Node& d) {
    return MessageArgs{{"element", std::string(d.spelling)}, {"line", std::to_string(d.pos.line)}};
  };
  if (reachable != nullptr && focus_content::scripts_may_move_focus(page)) {
    out.cant_tell(target, "cant-tell.script", args(*reachable));
  } else if (reachable != nullptr) {
    out.fail(target, "failed.focusable", args(*reachable));
  } else if (unsure != nullptr) {
    out.cant_tell(target, "cant-tell.focus", args(*unsure));
  } else {
    out.pass(target, "passed");
  }
}

}  // namespace

RAMPA_RULE(.id = "aria-hidden-not-focusable", .wcag = {"4.1.2"}, .act = {"6cfa84"},
           .impact = Impact::serious, .tags = {"aria", "keyboard"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/6cfa84/",
           .messages = {"passed", "failed.focusable", "cant-tell.focus", "cant-tell.script"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
