// An SVG element the author gave an image role (img, graphics-document,
// graphics-symbol) has an accessible name, so a screen reader user learns
// what the drawing shows: a chart of vacancies, a map of offices. Implements
// ACT 7d6734 (WCAG 1.1.1).
#include "common/rendering_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool image_role(std::string_view role) {
  return role == "img" || role == "graphics-document" || role == "graphics-symbol";
}

// Content of these SVG elements is only drawn where something references it
// (<use>, fill="url(#...)"), never in place.
bool in_unrendered_svg_container(const Node& e, const Document& doc) {
  for (const Node* n = &e; n != nullptr && n->is_element() && n->ns == Namespace::svg; n = n->parent) {
    std::string name = ascii_lower(doc.spelling(n->name));
    if (name == "defs" || name == "symbol" || name == "clippath" || name == "mask" || name == "marker" ||
        name == "pattern" || name == "lineargradient" || name == "radialgradient" || name == "filter")
      return true;
  }
  return false;
}

// SVG-AAM names any element from its first <title> child; Semantics does so
// for <svg> only, so shapes are looked at here.
const Node* svg_title_child(const Node& e) {
  for (const Node& c : e.children())
    if (c.is_in(Namespace::svg, tag::title)) return &c;
  return nullptr;
}

Targets applicability(const Page& page) {
  const Semantics& sem = page.semantics();
  const Document& doc = page.document();
  Targets out;
  for (const Node* e : sem.elements_with_role_where(image_role)) {
    if (e->ns != Namespace::svg) continue;
    const ElementSemantics& s = sem.of(*e);
    if (!s.explicit_role || !image_role(s.role)) continue;
    if (s.hidden == Tri::yes || s.presentational_child) continue;
    if (in_unrendered_svg_container(*e, doc) || hidden_by_inline_style(doc, *e) == Tri::yes) continue;
    out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  const Semantics& sem = page.semantics();
  const Document& doc = page.document();
  const Node* title = svg_title_child(e);
  if (!sem.name(e).empty() || (title != nullptr && !is_unicode_blank(doc.text_content(*title)))) {
    out.pass(target, "passed");
    return;
  }
  if (sem.of(e).hidden == Tri::unknown || hidden_by_inline_style(doc, e) == Tri::unknown) {
    out.cant_tell(target, "cant-tell.maybe-hidden");
    return;
  }
  if (inside_object_fallback(e)) {
    out.cant_tell(target, "cant-tell.object-fallback");
    return;
  }
  MessageArgs args = {{"role", std::string(sem.of(e).role)}, {"element", std::string(e.spelling)}};
  out.fail(target, title != nullptr ? "failed.empty-title" : "failed.no-name", std::move(args));
}

}  // namespace

RAMPA_RULE(.id = "svg-image-has-name", .wcag = {"1.1.1"}, .act = {"7d6734"},
           .impact = Impact::serious, .tags = {"images", "svg", "text-alternatives"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/7d6734/",
           .messages = {"passed", "failed.no-name", "failed.empty-title", "cant-tell.maybe-hidden",
                        "cant-tell.object-fallback"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
