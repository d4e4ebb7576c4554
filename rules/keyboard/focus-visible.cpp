// Every element reachable with Tab shows where the keyboard focus is, so
// that a person who uses a keyboard or switch (and cannot point) knows what
// Enter or Space will act on. Implements ACT oj04fd (WCAG 2.4.7).
//
// Without rendering we can prove a missing indicator only in one shape: the
// focused style removes the outline, changes nothing else we can compare, no
// focus rule anywhere could style something else, and no script runs. Every
// other doubt is cantTell.
#include <optional>
#include <string>
#include <string_view>

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

std::string lower_trim(std::string_view s) { return ascii_lower(trim(s)); }

bool mentions_focus(std::string_view selector) {
  std::string s = ascii_lower(selector);
  return s.find(":focus") != std::string::npos || s.find(":has(") != std::string::npos ||
         s.find(":active") != std::string::npos || s.find(":target") != std::string::npos;
}

// What a rule under a focus selector may set without us missing it: the
// outline, and properties whose computed values were compared above.
bool comparable_property(std::string_view name) {
  for (std::string_view p : {"outline", "outline-style", "outline-width", "outline-color", "outline-offset", "color",
                             "background-color", "opacity", "font-weight", "font-size"})
    if (name == p) return true;
  return false;
}

bool declarations_comparable(std::string_view block) {
  std::size_t i = 0;
  while (i < block.size()) {
    std::size_t end = block.find(';', i);
    if (end == std::string_view::npos) end = block.size();
    std::string_view decl = block.substr(i, end - i);
    i = end + 1;
    if (is_blank(decl)) continue;
    std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) return false;
    if (!comparable_property(lower_trim(decl.substr(0, colon)))) return false;
  }
  return true;
}

// True when some focus rule in the sheet could show focus in a way the
// computed styles of one element do not reveal: it styles another element
// (a:focus + span, :focus-within, :has(:focus)), or the sheet holds what this
// scan does not follow (@import, nesting, malformed blocks). Rules that style
// only the focused element but set a property we cannot compare go to
// `uncomparable`: they matter only for the elements they match.
bool sheet_may_show_focus(std::string css, std::vector<std::string>& uncomparable) {
  for (std::size_t c = css.find("/*"); c != std::string::npos; c = css.find("/*", c)) {
    std::size_t e = css.find("*/", c + 2);
    css.erase(c, e == std::string::npos ? std::string::npos : e + 2 - c);
  }
  std::size_t i = 0;
  while (i < css.size()) {
    std::size_t open = css.find_first_of("{};", i);
    if (open == std::string::npos) return false;
    std::string_view prelude = trim(std::string_view(css).substr(i, open - i));
    if (css[open] == '}') {  // end of an enclosing @media / @supports
      i = open + 1;
      continue;
    }
    if (css[open] == ';') {
      if (!prelude.empty() && prelude[0] == '@' && lower_trim(prelude).starts_with("@import")) return true;
      i = open + 1;
      continue;
    }
    if (!prelude.empty() && prelude[0] == '@') {
      std::string at = ascii_lower(prelude);
      if (at.starts_with("@media") || at.starts_with("@supports") || at.starts_with("@layer") ||
          at.starts_with("@container") || at.starts_with("@scope")) {
        i = open + 1;  // its rules are read as if top level
        continue;
      }
      int depth = 0;  // @font-face, @keyframes, @page...: no selectors inside
      std::size_t k = open;
      for (; k < css.size(); ++k) {
        if (css[k] == '{') ++depth;
        else if (css[k] == '}' && --depth == 0) break;
      }
      i = k + 1;
      continue;
    }
    std::size_t close = css.find_first_of("{}", open + 1);
    if (close == std::string::npos || css[close] == '{') return true;  // nesting or truncated
    std::string_view block = std::string_view(css).substr(open + 1, close - open - 1);
    i = close + 1;
    if (!mentions_focus(prelude)) continue;
    std::vector<std::string_view> focus_selectors;
    for (std::string_view sel : [&] {
           std::vector<std::string_view> parts;
           std::size_t s = 0;
           for (std::size_t k = 0; k <= prelude.size(); ++k)
             if (k == prelude.size() || prelude[k] == ',') {
               parts.push_back(trim(prelude.substr(s, k - s)));
               s = k + 1;
             }
           return parts;
         }()) {
      std::string low = ascii_lower(sel);
      if (!mentions_focus(low)) continue;
      if (low.find(":has(") != std::string::npos || low.find(":focus-within") != std::string::npos) return true;
      // The focused element must be the one styled: nothing after the
      // pseudo-class but more simple selectors of the same compound.
      std::size_t at = low.rfind(":focus");
      if (at == std::string::npos) return true;  // :active, :target
      std::string_view rest = std::string_view(low).substr(at);
      if (rest.find_first_of(" >+~") != std::string_view::npos) return true;
      if (rest.find("::") != std::string_view::npos) return true;  // ::before/::after draw
      focus_selectors.push_back(sel);
    }
    if (!declarations_comparable(block))
      for (std::string_view sel : focus_selectors) uncomparable.emplace_back(sel);
  }
  return false;
}

// What the page's scripts and style sheets say about focus, read once per
// page: every focusable element asks, and reading them per element made a
// page of many links quadratic.
struct FocusSheets {
  bool script = false;         // a script or event handler may restyle anything on focus
  bool elsewhere = false;      // some focus rule may style another element, or a sheet went unread
  std::vector<std::optional<css::SelectorList>> uncomparable;  // nullopt: could not be parsed
};

FocusSheets read_focus_sheets(const Page& page) {
  FocusSheets f;
  const Document& doc = page.document();
  for (const Node* script : doc.elements_named(tag::script)) f.script = f.script || script->is(tag::script);
  f.script = f.script || !doc.event_handler_attributes().empty();
  std::vector<std::string> uncomparable;
  for (const Node* e : doc.elements_named({tag::style, tag::link})) {
    if (f.elsewhere) break;
    if (e->in_template) continue;
    if (e->is(tag::style)) {
      std::string css;
      for (const Node& c : e->children())
        if (c.is_text()) css += c.text;
      f.elsewhere = sheet_may_show_focus(std::move(css), uncomparable);
    } else if (e->is(tag::link)) {
      auto rel = e->attr(attr::rel);
      if (!rel) continue;
      bool sheet = false;
      for (std::string_view t : split_spaces(*rel))
        if (ascii_lower(t) == "stylesheet") sheet = true;
      if (!sheet) continue;
      auto href = e->attr(attr::href);
      if (!href) continue;
      auto css = page.read_style_sheet(*href);
      f.elsewhere = !css || sheet_may_show_focus(std::move(*css), uncomparable);
    }
  }
  for (const std::string& sel : uncomparable) f.uncomparable.push_back(css::parse_selector_list(sel));
  return f;
}

bool cascade_may_show_focus(const Page& page, const FocusSheets& f, const Node& element) {
  if (f.elsewhere) return true;
  // A focus rule with a property we do not compare counts only when it can
  // match this element while it has focus.
  css::Matcher matcher(page.document());
  for (const auto& list : f.uncomparable)
    if (!list || matcher.matches(*list, element, &element) != Tri::no) return true;
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
