// An iframe whose document holds links, buttons or fields is not taken out
// of the tab order with a negative tabindex: a keyboard user could then never
// reach what is inside it, though everyone with a mouse can.
// Implements ACT akn7bn (WCAG 2.1.1).
//
// The engine loads the frame's document (srcdoc markup, or a local file the
// src points to). Remote documents are beyond a static check, and a verdict
// that needs them is cantTell.
#include <charconv>
#include <optional>
#include <string>

#include "common/css_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

enum class Loaded { yes, unknown };

struct FrameContent {
  Loaded loaded = Loaded::yes;
  bool sure = false;   // an element the frame shows and Tab reaches
  bool maybe = false;  // one a style attribute might hide
};

FrameContent content_of(const Node& iframe, const Page& page) {
  FrameContent c;
  const Page* frame = page.embedded(iframe);
  if (frame == nullptr) {
    c.loaded = Loaded::unknown;
    return c;
  }
  const Semantics& sem = frame->semantics();
  for (const Node* e : frame->document().elements()) {
    const ElementSemantics& s = sem.of(*e);
    if (s.sequential_focus == Tri::no || s.visible == Tri::no) continue;
    if (s.sequential_focus == Tri::yes && s.visible == Tri::yes && !inline_css_may_hide(*frame, *e, CssHiding::any))
      c.sure = true;
    else
      c.maybe = true;
  }
  return c;
}

// A width or height attribute in CSS pixels, when it is a plain number.
std::optional<int> pixels(const Node& e, Name dimension) {
  auto v = e.attr(dimension);
  if (!v) return std::nullopt;
  std::string_view t = trim(*v);
  int n = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (ec != std::errc() || end == t.data()) return std::nullopt;
  std::string_view rest(end, static_cast<std::size_t>(t.data() + t.size() - end));
  if (!rest.empty() && rest != "px") return std::nullopt;  // percentages depend on layout
  return n;
}

// A frame too small to show anything: what is inside is not visible.
bool too_small_to_show(const Node& iframe, int limit) {
  for (Name d : {attr::width, attr::height})
    if (auto px = pixels(iframe, d); px && *px <= limit) return true;
  return false;
}

bool excluded_by_tabindex(const ElementSemantics& s) { return s.has_tabindex && s.tabindex < 0; }

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : page.document().elements_named(tag::iframe)) {
    if (!e->is(tag::iframe) || e->in_template) continue;
    const ElementSemantics& s = sem.of(*e);
    if (s.inert || s.visible == Tri::no || too_small_to_show(*e, 1)) continue;
    FrameContent c = content_of(*e, page);
    // Unreadable content matters only when the frame is out of the tab
    // order; otherwise nothing inside can fail.
    if (c.loaded == Loaded::unknown ? excluded_by_tabindex(s) : (c.sure || c.maybe)) out.push_back(*e);
  }
  return out;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& iframe = target.element();
  const ElementSemantics& s = page.semantics().of(iframe);
  const Attribute* tabindex = iframe.attribute(attr::tabindex);
  if (!excluded_by_tabindex(s) || tabindex == nullptr) {
    out.pass(iframe, "passed");
    return;
  }
  FrameContent c = content_of(iframe, page);
  if (c.loaded == Loaded::unknown) {
    out.cant_tell(*tabindex, "cant-tell.content-unknown");
  } else if (!c.sure || s.visible != Tri::yes || too_small_to_show(iframe, 16) ||
             inline_css_may_hide(page, iframe, CssHiding::any)) {
    // Whether the frame's focusable content can be seen depends on styles.
    out.cant_tell(*tabindex, "cant-tell.style");
  } else {
    out.fail(*tabindex, "failed.excluded", {{"tabindex", std::string(trim(tabindex->value))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "iframe-focusable-content-in-tab-order", .wcag = {"2.1.1"}, .act = {"akn7bn"},
           .impact = Impact::serious, .tags = {"keyboard"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/akn7bn/",
           .messages = {"passed", "failed.excluded", "cant-tell.content-unknown", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
