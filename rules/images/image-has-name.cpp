// Every image in the accessibility tree has a text alternative or is marked
// as decorative, so a screen reader user hears what the image says instead of
// its file name or a bare "image". Implements ACT 23a2a8 (WCAG 1.1.1).
#include "common/rendering_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool decorative_role(std::string_view role) { return role == "none" || role == "presentation"; }

// ACT 23a2a8 applies to img elements and HTML elements whose semantic role is
// img, unless they are programmatically hidden. Images inside an element whose
// children are presentational (a button, say) are not in the tree by
// themselves: the button's name is button-has-name's business.
Targets applicability(const Page& page) {
  const Semantics& sem = page.semantics();
  Targets out;
  auto with_role = sem.elements_with_role("img");
  std::vector<const Node*> candidates(with_role.begin(), with_role.end());
  auto imgs = page.document().elements_named(tag::img);
  candidates.insert(candidates.end(), imgs.begin(), imgs.end());
  sort_in_tree_order(candidates);
  for (const Node* e : candidates) {
    if (e->ns != Namespace::html) continue;
    const ElementSemantics& s = sem.of(*e);
    if (!e->is(tag::img) && s.role != "img") continue;
    if (s.hidden == Tri::yes || s.presentational_child) continue;
    if (hidden_by_inline_style(page.document(), *e) == Tri::yes) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Semantics& sem = page.semantics();
  const ElementSemantics& s = sem.of(e);
  if (!sem.name(e).empty()) {
    out.pass(target, "passed");
    return;
  }
  // alt="" and role="none" keep an image out of the tree only while it is not
  // focusable and has no global ARIA attribute (presentational roles conflict
  // resolution); Semantics has already resolved the role that way.
  if (decorative_role(s.role)) {
    out.pass(target, "passed.decorative");
    return;
  }
  // Markup that the page may never render: say so rather than fail.
  if (s.hidden == Tri::unknown || hidden_by_inline_style(page.document(), e) == Tri::unknown) {
    out.cant_tell(target, "cant-tell.maybe-hidden");
    return;
  }
  if (inside_object_fallback(e)) {
    out.cant_tell(target, "cant-tell.object-fallback");
    return;
  }
  auto alt = e.attr(attr::alt);
  std::string_view written_role = trim(e.attr(attr::role).value_or(""));
  bool marked_decorative = (e.is(tag::img) && alt && alt->empty()) ||
                           decorative_role(ascii_lower(written_role));
  // role="img" written on an img overrides alt="": the author asked for an
  // image, so what it lacks is a name.
  bool explicit_img = s.explicit_role && s.role == "img";
  if (explicit_img) {
    out.fail(target, "failed.no-name", {{"element", std::string(e.spelling)}});
  } else if (marked_decorative) {
    out.fail(target, "failed.decorative-ignored");
  } else if (e.is(tag::img) && alt) {
    out.fail(target, "failed.blank-alt");
  } else if (e.is(tag::img)) {
    out.fail(target, "failed.no-alt");
  } else {
    out.fail(target, "failed.no-name", {{"element", std::string(e.spelling)}});
  }
}

}  // namespace

RAMPA_RULE(.id = "image-has-name", .wcag = {"1.1.1"}, .act = {"23a2a8"},
           .impact = Impact::critical, .tags = {"images", "text-alternatives"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/",
           .messages = {"passed", "passed.decorative", "failed.no-alt", "failed.blank-alt",
                        "failed.decorative-ignored", "failed.no-name", "cant-tell.maybe-hidden",
                        "cant-tell.object-fallback"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
