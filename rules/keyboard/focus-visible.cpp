// Every element reachable with Tab shows where the keyboard focus is, so
// that a person who uses a keyboard or switch (and cannot point) knows what
// Enter or Space will act on. Implements ACT oj04fd (WCAG 2.4.7).
//
// Without rendering we can prove a missing indicator only in one shape: the
// focused style removes the outline, changes nothing else we can compare, no
// focus rule anywhere could style something else, and no script runs. Every
// other doubt is cantTell.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "semantics/css/selectors.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules {
namespace {

Targets applicability(const Page& page) {
  Targets out;
  for (const Node* e : page.semantics().sequentially_focusable())
    if (e->ns == Namespace::html || e->ns == Namespace::svg) out.push_back(*e);
  // An unreadable stylesheet leaves every element in doubt for the same
  // reason: one finding on the page, not one per element.
  if (!out.empty() && page.styles().complete() != Tri::yes && page.document().root() != nullptr)
    return {*page.document().root()};
  return out;
}

bool draws(const css::ComputedStyle& s) {
  return s.outline_style && *s.outline_style != css::LineStyle::none && *s.outline_style != css::LineStyle::hidden &&
         s.outline_width_px && *s.outline_width_px > 0 && (!s.outline_color || s.outline_color->a > 0);
}

// Focus styles we can compare: yes when the focused style differs from the
// resting one in a way that paints, unknown when either side is unknown.
Tri style_changes(const css::ComputedStyle& f, const css::ComputedStyle& u) {
  Tri changed = Tri::no;
  auto cmp = [&](const auto& a, const auto& b) {
    if (!a || !b) changed = changed || Tri::unknown;
    else if (!(*a == *b)) changed = Tri::yes;
  };
  auto tri_cmp = [&](Tri a, Tri b) {
    if (a == Tri::unknown || b == Tri::unknown) changed = changed || Tri::unknown;
    // two different shadows or images both read "yes": we cannot compare them
    else if (a != b) changed = Tri::yes;
    else if (a == Tri::yes) changed = changed || Tri::unknown;
  };
  cmp(f.color, u.color);
  cmp(f.background_color, u.background_color);
  cmp(f.opacity, u.opacity);
  cmp(f.font_weight, u.font_weight);
  cmp(f.font_size_px, u.font_size_px);
  for (std::size_t i = 0; i < 4; ++i) {
    cmp(f.border_style[i], u.border_style[i]);
    cmp(f.border_width_px[i], u.border_width_px[i]);
  }
  tri_cmp(f.background_image, u.background_image);
  tri_cmp(f.box_shadow, u.box_shadow);
  tri_cmp(f.text_shadow, u.text_shadow);
  tri_cmp(f.transform, u.transform);
  return changed;
}

// What a rule under a focus selector may set without us missing it: the
// outline, and properties whose computed values were compared above.
bool comparable_property(std::string_view name) {
  for (std::string_view p : {"outline", "outline-style", "outline-width", "outline-color", "outline-offset", "color",
                             "background-color", "opacity", "font-weight", "font-size"})
    if (name == p) return true;
  return false;
}

// Some simple selector, here or inside :is()/:not()/:where(), is one of
// these pseudo-classes. Selector nesting is bounded by the parser.
bool has_pseudo(const css::ComplexSelector& sel, std::initializer_list<css::PseudoClass> wanted) {
  std::vector<const css::ComplexSelector*> todo{&sel};
  while (!todo.empty()) {
    const css::ComplexSelector* s = todo.back();
    todo.pop_back();
    for (const css::SimpleSelector& simple : s->simples) {
      if (simple.kind == css::SimpleSelector::Kind::pseudo_class &&
          std::find(wanted.begin(), wanted.end(), simple.pseudo) != wanted.end())
        return true;
      for (const css::ComplexSelector& arg : simple.args) todo.push_back(&arg);
    }
  }
  return false;
}

// What the page's scripts and style sheets say about focus, read once per
// page: every focusable element asks, and reading them per element made a
// page of many links quadratic.
struct FocusSheets {
  bool script = false;    // a script or event handler may restyle anything on focus
  bool elsewhere = false; // some focus rule may style another element, or a sheet could not be followed
  // Focus rules that style only the focused element but set a property we
  // do not compare: they matter only for the elements they match.
  std::vector<const css::ComplexSelector*> uncomparable;
};

// Whether one style rule could show focus in a way the computed styles of
// one element do not reveal: it styles another element (a:focus + span,
// :focus-within), draws a pseudo-element, or depends on what we cannot
// know statically (:has(:focus), or any pseudo-class we cannot answer;
// :active, :target).
void read_focus_rule(const css::StyleRule& rule, const css::SelectorList& selectors, FocusSheets& f) {
  using PC = css::PseudoClass;
  bool comparable = std::all_of(rule.declarations.begin(), rule.declarations.end(),
                                [](const css::Declaration& d) { return comparable_property(d.property); });
  for (const css::ComplexSelector& sel : selectors) {
    const bool interactive = has_pseudo(sel, {PC::active, PC::target});
    if (!sel.focus && !interactive && !sel.indeterminate) continue;
    if (interactive || sel.indeterminate || sel.focus_beyond_subject || !sel.pseudo_element.empty()) {
      f.elsewhere = true;
      return;
    }
    if (!comparable) f.uncomparable.push_back(&sel);
  }
}

FocusSheets read_focus_sheets(const Page& page) {
  FocusSheets f;
  const Document& doc = page.document();
  for (const Node* script : doc.elements_named(tag::script)) f.script = f.script || script->is(tag::script);
  f.script = f.script || !doc.event_handler_attributes().empty();
  if (!page.styles().unreadable().empty()) f.elsewhere = true;
  for (const css::AuthorSheet& sheet : page.styles().sheets()) {
    const css::Stylesheet& parsed = sheet.parsed->sheet;
    // Nested rules are not followed, and a truncated sheet may hide one.
    for (const css::Note& note : parsed.notes)
      if (note.kind != css::NoteKind::nesting_too_deep) f.elsewhere = true;
    for (std::size_t r = 0; r < parsed.rules.size() && !f.elsewhere; ++r) {
      const css::StyleRule& rule = parsed.rules[r];
      if ((sheet.condition && rule.condition).applies == Tri::no) continue;
      const css::RuleSelectors& selectors = sheet.parsed->selectors[r];
      if (selectors.too_deep) f.elsewhere = true;
      else if (selectors.list) read_focus_rule(rule, *selectors.list, f);
    }
    if (f.elsewhere) break;
  }
  return f;
}

bool cascade_may_show_focus(const Page& page, const FocusSheets& f, const Node& element) {
  if (f.elsewhere) return true;
  css::Matcher matcher(page.document());
  for (const css::ComplexSelector* sel : f.uncomparable)
    if (matcher.matches(*sel, element, &element) != Tri::no) return true;
  return false;
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  if (page.styles().complete() != Tri::yes) return out.cant_tell(target, "cant-tell.stylesheet");
  if (page.semantics().of(e).sequential_focus != Tri::yes) return out.cant_tell(target, "cant-tell.focusable");
  // A text caret, or the focus ring of embedded content and native controls,
  // shows focus whatever the outline says.
  auto editable = e.attr(attr::contenteditable);
  if ((editable && ascii_lower(trim(*editable)) != "false") || e.is(tag::input) || e.is(tag::textarea) ||
      e.is(tag::select) || e.is(tag::iframe) || e.is(tag::video) || e.is(tag::audio) || e.is(tag::object) ||
      e.is(tag::embed) || e.is(tag::area) || e.ns != Namespace::html)
    return out.cant_tell(target, "cant-tell.native");
  const css::ComputedStyle& rest = page.styles().of(e);
  const css::ComputedStyle focused = page.styles().style_when_focused(e);
  if (focused.viewport_dependent || rest.viewport_dependent) return out.cant_tell(target, "cant-tell.style");
  if (!focused.outline_style || !focused.outline_width_px) return out.cant_tell(target, "cant-tell.style");
  const bool outline_changes = draws(focused) && !(focused.outline_style == rest.outline_style &&
                                                   focused.outline_width_px == rest.outline_width_px &&
                                                   focused.outline_color == rest.outline_color && draws(rest));
  if (outline_changes) return out.pass(target, "passed");
  Tri changed = style_changes(focused, rest);
  if (changed == Tri::yes) return out.pass(target, "passed");
  if (changed == Tri::unknown) return out.cant_tell(target, "cant-tell.style");
  if (draws(focused)) return out.cant_tell(target, "cant-tell.same-outline");
  const FocusSheets& sheets = page.derived<FocusSheets>(read_focus_sheets);
  if (sheets.script) return out.cant_tell(target, "cant-tell.script");
  if (cascade_may_show_focus(page, sheets, e)) return out.cant_tell(target, "cant-tell.other-styles");
  out.fail(target, "failed.no-indicator");
}

}  // namespace

RAMPA_RULE(.id = "focus-visible", .wcag = {"2.4.7"}, .act = {"oj04fd"},
           .impact = Impact::serious, .tags = {"keyboard", "focus"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/oj04fd/",
           .messages = {"passed", "failed.no-indicator", "cant-tell.focusable", "cant-tell.stylesheet",
                        "cant-tell.style", "cant-tell.same-outline", "cant-tell.script", "cant-tell.other-styles",
                        "cant-tell.native"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
