// An element marked as decorative (role="none", role="presentation", or an
// image with alt="") really is left out of what assistive technologies
// present. A global ARIA attribute or focusability makes the browser ignore
// the decorative marking, so a screen reader user hears an image or a
// landmark the author meant to hide. Implements ACT 46ca7f (best practice:
// it has no WCAG criterion of its own).
#include <string>

#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/aria/roles.hpp"

namespace rampa::rules {
namespace {

bool marked_decorative(const Node& e) {
  std::string_view written = aria::explicit_role(e);
  if (aria::is_presentational(written)) return true;
  // HTML's other way to say it, when no role attribute says otherwise.
  auto alt = e.attr(attr::alt);
  return e.is(tag::img) && alt && alt->empty() && written.empty();
}

Targets applicability(const Page& page) {
  Targets out;
  const Document& doc = page.document();
  auto imgs = doc.elements_named(tag::img);
  std::vector<const Node*> candidates(imgs.begin(), imgs.end());
  for (const Attribute* role : doc.attributes_named(attr::role)) candidates.push_back(role->owner);
  sort_in_tree_order(candidates);
  for (const Node* e : candidates) {
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (marked_decorative(*e)) out.emplace_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const ElementSemantics& s = page.semantics().of(e);
  // Out of the tree, or flattened into a parent whose children are
  // presentational: exposed to nobody.
  if (s.hidden == Tri::yes || s.presentational_child || aria::is_presentational(s.role) ||
      s.role.empty()) {
    out.pass(target, "passed");
    return;
  }
  MessageArgs args = {{"role", std::string(s.role)}};
  if (s.hidden == Tri::unknown) {
    out.cant_tell(target, "cant-tell.style", std::move(args));
  } else if (s.focusable == Tri::yes) {
    out.fail(target, "failed.focusable", std::move(args));
  } else {
    out.fail(target, "failed.global-attribute", std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "decorative-not-exposed", .wcag = {}, .act = {"46ca7f"},
           .impact = Impact::moderate, .tags = {"aria", "best-practice"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/46ca7f/",
           .messages = {"passed", "failed.global-attribute", "failed.focusable", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
