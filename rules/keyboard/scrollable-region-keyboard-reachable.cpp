// A region that scrolls can be reached with Tab, itself or through something
// focusable inside it, so that a person who uses only a keyboard can bring
// its hidden content into view with the arrow keys. Implements ACT 0ssw9k
// (WCAG 2.1.1, 2.1.3).
//
// Whether content really overflows is a question of layout. We fail only
// when the text alone proves it: even at a narrow 0.3em per character, its
// lines cannot fit in the box's fixed width times height. Anything less sure
// is cantTell.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules {
namespace {

using css::Overflow;

bool scrolls(const std::optional<Overflow>& o) {
  return o && (*o == Overflow::scroll || *o == Overflow::auto_);
}

// CSS Overflow 3: when one axis is neither visible nor clip, `visible` on
// the other computes to auto (and clip to hidden). The cascade leaves it
// visible, so the rule applies the step itself.
std::optional<Overflow> used(const std::optional<Overflow>& self, const std::optional<Overflow>& other) {
  if (!self || !other) return std::nullopt;
  const bool other_clips = *other != Overflow::visible && *other != Overflow::clip;
  if (other_clips && *self == Overflow::visible) return Overflow::auto_;
  if (other_clips && *self == Overflow::clip) return Overflow::hidden;
  return self;
}

// html and body hand their overflow to the viewport, which the arrow keys
// scroll anyway; native controls scroll their own value.
bool own_scroller(const Node& e) {
  return e.ns == Namespace::html && !e.is(tag::html) && !e.is(tag::body) && !e.is(tag::textarea) &&
         !e.is(tag::select) && !e.is(tag::iframe);
}

bool scrolls(const css::ComputedStyle& s) {
  return scrolls(used(s.overflow_x, s.overflow_y)) || scrolls(used(s.overflow_y, s.overflow_x));
}

Targets applicability(const Page& page) {
  Targets out;
  // Most pages have no scrolling box at all: their few distinct styles say so.
  auto styles = page.styles().distinct();
  if (std::none_of(styles.begin(), styles.end(), [](const css::ComputedStyle& s) { return scrolls(s); })) return out;
  for (const Node* e : page.document().elements()) {
    if (!own_scroller(*e) || !scrolls(page.styles().of(*e))) continue;
    const ElementSemantics& es = page.semantics().of(*e);
    if (es.visible == Tri::no || es.visually_hidden == Tri::yes) continue;
    out.push_back(*e);
  }
  return out;
}

Tri reachable(const Page& page, const Node& e) {
  Tri r = page.semantics().of(e).sequential_focus;
  if (r == Tri::yes) return r;
  for_each_descendant(e, [&](const Node& d) {
    if (!d.is_element() || r == Tri::yes) return false;
    r = r || page.semantics().of(d).sequential_focus;
    return true;
  });
  return r;
}

// Properties the computed style does not carry that could make the box
// taller than its height (min-height) or scale its content (zoom).
// Text can also leave the box towards the top or left, where nobody can
// scroll to it: text-indent: -9999px, negative margins.
constexpr std::string_view kResizing[] = {"min-height", "min-block-size", "zoom", "contain-intrinsic",
                                         "content-visibility", "text-indent", "line-clamp"};

bool may_resize(const css::Declaration& d) {
  for (std::string_view p : kResizing)
    if (d.property.find(p) != std::string::npos) return true;
  return d.property.find("margin") != std::string::npos && d.text.find('-') != std::string::npos;
}

bool may_be_named(std::string_view lowered_style) {
  for (std::string_view p : kResizing)
    if (lowered_style.find(p) != std::string_view::npos) return true;
  return lowered_style.find("margin") != std::string_view::npos;
}

bool may_resize(const std::vector<css::Declaration>& declarations) {
  return std::any_of(declarations.begin(), declarations.end(),
                     [](const css::Declaration& d) { return may_resize(d); });
}

bool page_may_resize(const Page& page, const Node& scroller) {
  bool found = false;
  auto check_style_attr = [&](const Node& d) {
    // Parsed only when its text names such a property at all: most do not.
    auto st = d.attr(attr::style);
    if (st && may_be_named(ascii_lower(*st)) && may_resize(page.styles().style_attribute(d))) found = true;
  };
  check_style_attr(scroller);
  for_each_descendant(scroller, [&](const Node& d) {
    if (d.is_element()) check_style_attr(d);
    return !found;
  });
  if (found) return true;
  // The page's sheets are read once, whatever the number of scrollers.
  struct SheetsMayResize {
    bool yes = false;
  };
  return page.derived<SheetsMayResize>([](const Page& p) {
           if (!p.styles().unreadable().empty()) return SheetsMayResize{true};
           for (const css::AuthorSheet& sheet : p.styles().sheets())
             for (const css::StyleRule& rule : sheet.parsed->sheet.rules)
               if ((sheet.condition && rule.condition).applies != Tri::no && may_resize(rule.declarations))
                 return SheetsMayResize{true};
           return SheetsMayResize{false};
         })
      .yes;
}

// Width of a text run as laid out with collapsed white space, in characters.
double collapsed_length(std::string_view t) {
  double n = 0;
  bool space = true;  // leading white space collapses away
  for (std::size_t i = 0; i < t.size(); ++i) {
    auto c = static_cast<unsigned char>(t[i]);
    if (is_space(static_cast<char>(c))) {
      if (!space) n += 1;
      space = true;
    } else {
      if ((c & 0xC0) != 0x80) n += 1;  // count code points, not bytes
      space = false;
    }
  }
  return n;
}

// A lower bound on the area the box's text needs, in px², or nullopt when
// some size is unknown. Text in boxes that clip, or taken out of flow, is
// left out: it may not add to the scrolling area.
std::optional<double> text_area(const Page& page, const Node& scroller) {
  const css::Styles& styles = page.styles();
  double area = 0;
  bool unknown = false;
  for_each_descendant(scroller, [&](const Node& d) {
    if (unknown) return false;
    if (d.is_element()) {
      const ElementSemantics& ds = page.semantics().of(d);
      if (ds.rendered != Tri::yes || ds.visually_hidden != Tri::no) return false;
      const css::ComputedStyle& s = styles.of(d);
      if (!s.position || !s.overflow_x || !s.overflow_y) {
        unknown = true;
        return false;
      }
      // Out of flow, or shifted by offsets that may push it where no
      // scrolling reaches.
      if (*s.position != css::Position::static_) return false;
      if (*s.overflow_x != Overflow::visible || *s.overflow_y != Overflow::visible) return false;
      // A transformed box adds its transformed, possibly smaller, box to
      // the scrolling area, not its layout box.
      if (s.transform != Tri::no) return false;
      return !(d.is(tag::svg) || d.is(tag::math) || d.is(tag::textarea) || d.is(tag::select) ||
               d.is(tag::button) || d.is(tag::iframe) || d.is(tag::object) || d.is(tag::canvas) ||
               d.is(tag::video) || d.is(tag::audio));
    }
    if (!d.is_text() || d.parent == nullptr) return false;
    const css::ComputedStyle& s = styles.of(*d.parent);
    if (!s.font_size_px || !s.line_height || !s.letter_spacing_px) {
      unknown = true;
      return false;
    }
    const double fs = *s.font_size_px;
    double lh = fs;  // `normal` is above 1 in every common font
    if (s.line_height->kind == css::LineHeight::Kind::number) lh = s.line_height->value * fs;
    else if (s.line_height->kind == css::LineHeight::Kind::px) lh = s.line_height->value;
    lh = std::min(lh, fs);
    // A single word may be an icon-font ligature ("search" drawn as one
    // glyph), far narrower than its letters.
    if (trim(d.text).find_first_of(" \t\n\r\f") == std::string_view::npos) return false;
    const double per_char = std::max(0.0, 0.3 * fs + *s.letter_spacing_px);
    area += collapsed_length(d.text) * per_char * lh;
    return false;
  });
  if (unknown) return std::nullopt;
  return area;
}

// Content provably overflows the box: its text cannot fit in width x height.
bool proven_overflow(const Page& page, const Node& e) {
  const css::ComputedStyle& s = page.styles().of(e);
  // Both axes must scroll: text that cannot wrap overflows sideways.
  if (!scrolls(used(s.overflow_x, s.overflow_y)) || !scrolls(used(s.overflow_y, s.overflow_x))) return false;
  if (!s.width || !s.height || s.width->is_auto || s.height->is_auto || s.viewport_dependent) return false;
  // A table cell or an inline box grows to its content or ignores overflow;
  // a flex or grid item may be stretched beyond its height.
  if (!s.display || !(*s.display == css::Display::block || *s.display == css::Display::flow_root ||
                      *s.display == css::Display::list_item || *s.display == css::Display::inline_block))
    return false;
  if (e.parent != nullptr && e.parent->is_element()) {
    const auto& pd = page.styles().of(*e.parent).display;
    if (!pd || *pd == css::Display::flex || *pd == css::Display::inline_flex || *pd == css::Display::grid ||
        *pd == css::Display::inline_grid || *pd == css::Display::other)
      return false;
  }
  auto area = text_area(page, e);
  if (!area) return false;
  if (*area <= s.width->px * s.height->px) return false;
  return !page_may_resize(page, e);
}

void evaluate(const Target& target, const Page& page, Verdicts& out) {
  const Node& e = target.element();
  Tri r = reachable(page, e);
  if (r == Tri::yes) return out.pass(target, "passed");
  if (page.semantics().of(e).visible != Tri::yes) return out.cant_tell(target, "cant-tell.overflow");
  if (r == Tri::no && page.styles().complete() == Tri::yes && proven_overflow(page, e)) {
    return out.fail(target, "failed.unreachable");
  }
  out.cant_tell(target, "cant-tell.overflow");
}

}  // namespace

RAMPA_RULE(.id = "scrollable-region-keyboard-reachable", .wcag = {"2.1.1", "2.1.3"}, .act = {"0ssw9k"},
           .impact = Impact::serious, .tags = {"keyboard", "scrolling"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/0ssw9k/",
           .messages = {"passed", "failed.unreachable", "cant-tell.overflow"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
