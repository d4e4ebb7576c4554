// Every link has a non-empty accessible name, so a screen reader user hears
// where it goes ("Ver vacantes en Lima") when reading or listing the page's
// links, and a voice control user can follow it by name. Implements ACT c487ae
// (WCAG 2.4.4 and 4.1.2).
#include "common/empty_name_doubt.hpp"
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

// An <area> is in the accessibility tree only through an image that uses its
// <map>; nullptr when none does.
const Node* image_using_map_of(const Node& area, const Page& page) {
  const Node* map = area.parent;
  while (map != nullptr && map->is_element() && !map->is(tag::map)) map = map->parent;
  if (map == nullptr || !map->is_element()) return nullptr;
  auto name = map->attr(attr::name);
  if (!name || name->empty()) name = map->attr(attr::id);
  if (!name || name->empty()) return nullptr;
  for (const Node* e : page.document().elements_named(tag::img)) {
    if (!e->is(tag::img)) continue;
    auto use = e->attr(attr::usemap);
    if (use && use->size() == name->size() + 1 && use->front() == '#' && use->substr(1) == *name) return e;
  }
  return nullptr;
}

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : sem.elements_with_role_where([](std::string_view r) { return aria::is_a(r, "link"); })) {
    const ElementSemantics& s = sem.of(*e);
    if (!aria::is_a(s.role, "link") || s.hidden == Tri::yes || s.presentational_child) continue;
    if (e->ns != Namespace::html && e->ns != Namespace::svg) continue;
    if (e->is(tag::area)) {
      const Node* image = image_using_map_of(*e, page);
      if (image == nullptr || sem.of(*image).hidden == Tri::yes) continue;
    }
    out.push_back(*e);
  }
  return out;
}

// The commonest empty link wraps an image without a text alternative: say so,
// since the fix is the image's alt.
bool holds_an_image(const Node& link, const Page& page) {
  bool found = false;
  for_each_descendant(link, [&](const Node& d) {
    if (found || !d.is_element() || page.semantics().of(d).hidden == Tri::yes) return false;
    found = d.is(tag::img) || d.is_in(Namespace::svg, tag::svg);
    return !found;
  });
  return found;
}

void evaluate(const Target& t, const Page& page, Verdicts& out) {
  const Node& e = t.element();
  if (!page.semantics().name(e).empty()) {
    out.pass(t, "passed");
    return;
  }
  NameDoubt d = empty_name_doubt(e, page);
  if (d == NameDoubt::none && e.is(tag::area))
    if (const Node* image = image_using_map_of(e, page); image != nullptr && style_may_hide(*image, page))
      d = NameDoubt::hidden_by_style;
  if (d != NameDoubt::none) {
    out.cant_tell(t, doubt_message(d));
  } else if (e.is(tag::area)) {
    out.fail(t, "failed.area-no-alt");
  } else if (holds_an_image(e, page)) {
    out.fail(t, "failed.image-no-alt");
  } else {
    out.fail(t, "failed.empty");
  }
}

}  // namespace

RAMPA_RULE(.id = "link-has-name", .wcag = {"2.4.4", "4.1.2"}, .act = {"c487ae"},
           .impact = Impact::serious, .tags = {"structure", "names"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/",
           .messages = {"passed", "failed.empty", "failed.image-no-alt", "failed.area-no-alt",
                        "cant-tell.hidden-by-style", "cant-tell.generated-content", "cant-tell.name-source"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
