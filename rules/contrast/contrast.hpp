#pragma once
// Text contrast, shared by text-contrast-minimum (ACT afw4f7, WCAG 1.4.3) and
// text-contrast-enhanced (ACT 09o5cg, WCAG 1.4.6): which text the rules apply
// to, the colours a person actually sees it in, and the verdict for a pair of
// thresholds. A static checker sees no pixels, so whatever could put other
// pixels behind or around the text (images, gradients, shadows, positioned
// boxes, platform colours of native controls, unreadable styles) makes the
// answer cantTell, never a guess.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rule.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules::contrast {

using css::Rgba;

struct Thresholds {
  double normal;  // ratio needed by normal text
  double large;   // ratio needed by large text
  std::string_view normal_text, large_text;  // as printed in messages
};

// Deeper ancestor chains are not walked: the answer there is cantTell. Keeps
// a page of a hundred thousand nested boxes linear enough.
constexpr int kMaxWalk = 512;

inline Rgba over(const Rgba& src, const Rgba& dst) {
  const double a = src.a + dst.a * (1 - src.a);
  if (a <= 0) return Rgba{0, 0, 0, 0};
  auto mix = [&](double s, double d) { return (s * src.a + d * dst.a * (1 - src.a)) / a; };
  return Rgba{mix(src.r, dst.r), mix(src.g, dst.g), mix(src.b, dst.b), a};
}

// WCAG 2 relative luminance of an opaque sRGB colour.
inline double luminance(const Rgba& c) {
  auto lin = [](double v) {
    v /= 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

inline double ratio(const Rgba& a, const Rgba& b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

inline long channel(double v) { return std::lround(std::fmin(255.0, std::fmax(0.0, v))); }

inline std::string hex(const Rgba& c) {
  constexpr std::string_view kDigits = "0123456789abcdef";
  std::string out = "#";
  for (double v : {c.r, c.g, c.b}) {
    long n = channel(v);
    out += kDigits[static_cast<std::size_t>(n / 16)];
    out += kDigits[static_cast<std::size_t>(n % 16)];
  }
  return out;
}

// Rounded down, so that a ratio just under the threshold never reads as the
// threshold itself ("4.49", not "4.50").
inline std::string ratio_text(double r) {
  auto hundredths = static_cast<long>(std::floor(r * 100.0));
  std::string out = std::to_string(hundredths / 100) + ".";
  out += static_cast<char>('0' + hundredths % 100 / 10);
  out += static_cast<char>('0' + hundredths % 10);
  return out;
}

inline bool same_pixels(const Rgba& a, const Rgba& b) {
  return channel(a.r) == channel(b.r) && channel(a.g) == channel(b.g) && channel(a.b) == channel(b.b);
}

inline bool is_form_control(const Node& e) {
  return e.is(tag::input) || e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea);
}

// HTML presentational attributes the cascade does not read (bgcolor, <font
// color>, <body text>): they would paint colours the computed style misses.
inline bool has_presentational_colour(const Node& e) {
  for (const Attribute& a : e.attributes()) {
    const Name n = a.name;
    if (n == attr::bgcolor || n == attr::background || n == attr::text || n == attr::link || n == attr::vlink ||
        n == attr::alink || (n == attr::color && e.is(tag::font)))
      return true;
  }
  return false;
}

// abs/fixed boxes, and relatively positioned ones moved by an offset, may sit
// over content other than their ancestors' boxes.
inline Tri moved(const css::ComputedStyle& s) {
  if (!s.position) return Tri::unknown;
  if (*s.position == css::Position::absolute || *s.position == css::Position::fixed) return Tri::yes;
  if (*s.position != css::Position::relative) return Tri::no;
  auto offset = [](const std::optional<css::Length>& l) {
    if (!l) return Tri::unknown;
    return tri(!l->is_auto && l->px != 0);
  };
  return offset(s.top) || offset(s.left);
}

struct Colours {
  std::string_view cant_tell;  // empty when fg and bg are known
  Rgba fg, bg;                 // opaque, as painted
};

// The text colour and the backdrop under it, composited the way a browser
// paints them: the element's color over its own background, then each
// ancestor's background beneath, opacity applied to each group as a whole,
// and the white canvas last (the html and body backgrounds are in the walk,
// so the canvas is only reached when both are known).
inline Colours resolve(const Page& page, const Node& e) {
  const css::Styles& styles = page.styles();
  const css::ComputedStyle& own = styles.of(e);
  Colours out;
  if (!own.color) {
    for (const Node* n = &e; n != nullptr && n->is_element(); n = n->parent)
      if (is_form_control(*n)) return {.cant_tell = "cant-tell.form-control"};
    return {.cant_tell = "cant-tell.style"};
  }
  Rgba text = *own.color;
  Rgba back{0, 0, 0, 0};
  int steps = 0;
  for (const Node* x = &e; x != nullptr && x->is_element(); x = x->parent) {
    if (++steps > kMaxWalk) return {.cant_tell = "cant-tell.style"};
    const css::ComputedStyle& s = styles.of(*x);
    if (has_presentational_colour(*x)) return {.cant_tell = "cant-tell.presentational"};
    const bool covered = back.a >= 1.0;
    const bool contents = s.display && *s.display == css::Display::contents;
    if (!covered && !contents) {
      // <dialog> gets the Canvas background from the browser's sheet, which
      // the cascade does not model.
      if (x->is(tag::dialog)) return {.cant_tell = "cant-tell.style"};
      if (!s.background_color) {
        return {.cant_tell = is_form_control(*x) ? "cant-tell.form-control" : "cant-tell.style"};
      }
      if (s.background_image == Tri::yes) return {.cant_tell = "cant-tell.background-image"};
      if (s.background_image == Tri::unknown) return {.cant_tell = "cant-tell.style"};
      text = over(text, *s.background_color);
      back = over(back, *s.background_color);
    }
    if (!contents) {
      if (!s.opacity) return {.cant_tell = "cant-tell.opacity"};
      if (*s.opacity < 1.0) {
        // The root's opacity meets the canvas, which browsers paint apart.
        if (x->is(tag::html) || x->is(tag::body)) return {.cant_tell = "cant-tell.opacity"};
        text.a *= *s.opacity;
        back.a *= *s.opacity;
      }
    }
    if (back.a < 1.0) {
      // What shows through this box is whatever lies under it: its parent's
      // box unless it was moved out of it.
      Tri m = moved(s);
      if (m == Tri::yes) return {.cant_tell = "cant-tell.positioned"};
      if (m == Tri::unknown) return {.cant_tell = "cant-tell.style"};
    }
  }
  const Rgba canvas{255, 255, 255, 1};
  out.fg = over(text, canvas);
  out.bg = over(back, canvas);
  return out;
}

inline bool is_text_with_content(const Node& n) { return n.is_text() && !is_unicode_blank(n.text); }

inline bool has_visible_text(const Node& e) {
  for (const Node& c : e.children())
    if (is_text_with_content(c)) return true;
  return false;
}

// Letters and digits of any script; symbols, punctuation, arrows, private-use
// icon glyphs and emoji are not. ACT exempts text that says nothing in a human
// language ("----+++", a lone "X" on a close button).
inline int letter_count(const Node& e) {
  int count = 0;
  for (const Node& c : e.children()) {
    if (!c.is_text()) continue;
    std::string_view t = c.text;
    for (std::size_t i = 0; i < t.size();) {
      auto b = static_cast<unsigned char>(t[i]);
      std::uint32_t cp = b;
      std::size_t len = 1;
      if (b >= 0xF0) len = 4, cp = b & 0x07;
      else if (b >= 0xE0) len = 3, cp = b & 0x0F;
      else if (b >= 0xC0) len = 2, cp = b & 0x1F;
      for (std::size_t k = 1; k < len && i + k < t.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
      i += len;
      bool letter = false;
      if (cp < 0x80) letter = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
      else if (cp >= 0xC0 && cp <= 0x24F) letter = cp != 0xD7 && cp != 0xF7;
      else if (cp >= 0x370) {
        letter = !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
                 !(cp >= 0xE000 && cp <= 0xF8FF) && !(cp >= 0xFE00 && cp <= 0xFE0F) && cp < 0x1F000;
      }
      if (letter) ++count;
    }
  }
  return count;
}

// Properties the computed style does not carry that change what a person
// sees of text: blending, filters, a painted-over text fill, masks, a dark
// colour scheme that repaints the canvas.
constexpr std::string_view kUnmodelled[] = {"blend-mode", "filter", "text-fill-color", "text-stroke",
                                            "background-clip", "mask", "color-scheme"};

inline bool unmodelled_property(std::string_view property) {
  for (std::string_view p : kUnmodelled)
    if (property.find(p) != std::string_view::npos) return true;
  return false;
}

inline bool mentions_unmodelled(const std::vector<css::Declaration>& declarations) {
  return std::any_of(declarations.begin(), declarations.end(),
                     [](const css::Declaration& d) { return unmodelled_property(d.property); });
}

// A ::before/::after (or ::first-line) box that paints can lie between the
// text and the background the cascade shows us: the usual darkening overlay
// of a banner. Property names only: "box-sizing: border-box" paints nothing.
inline bool pseudo_paints(const css::StyleRule& rule, const css::SelectorList& selectors) {
  bool pseudo = std::any_of(selectors.begin(), selectors.end(), [](const css::ComplexSelector& s) {
    return s.pseudo_element == "before" || s.pseudo_element == "after" || s.pseudo_element == "first-line" ||
           s.pseudo_element == "first-letter";
  });
  if (!pseudo) return false;
  for (const css::Declaration& d : rule.declarations)
    for (std::string_view p : {"background", "shadow", "border", "color", "filter", "opacity", "image", "content"})
      if (d.property.find(p) != std::string::npos) return true;
  return false;
}

// What the page's style sheets say that the cascade does not model, read
// once per page: every failing text asks.
struct SheetFacts {
  bool unreadable = false;  // a linked sheet could not be read
  bool effects = false;     // blending, filters, masks, painting pseudo-elements...
  bool max_height = false;  // some max-height or max-block-size
};

inline SheetFacts sheet_facts(const Page& page) {
  SheetFacts facts;
  if (!page.styles().unreadable().empty()) {
    facts.unreadable = true;
    return facts;
  }
  for (const Node* meta : page.document().elements_named(tag::meta))
    if (!meta->in_template && ascii_lower(meta->attr(attr::name).value_or("")) == "color-scheme") facts.effects = true;
  for (const css::AuthorSheet& sheet : page.styles().sheets()) {
    const css::Stylesheet& parsed = sheet.parsed->sheet;
    for (std::size_t r = 0; r < parsed.rules.size(); ++r) {
      const css::StyleRule& rule = parsed.rules[r];
      if ((sheet.condition && rule.condition).applies == Tri::no) continue;
      const css::RuleSelectors& selectors = sheet.parsed->selectors[r];
      facts.effects = facts.effects || mentions_unmodelled(rule.declarations) ||
                      (selectors.list && pseudo_paints(rule, *selectors.list));
      for (const css::Declaration& d : rule.declarations)
        facts.max_height = facts.max_height || d.property == "max-height" || d.property == "max-block-size";
    }
  }
  return facts;
}

// Before failing: nothing the cascade does not model could change what is
// painted. `why` gets the reason when something could.
inline bool unmodelled_effects(const Page& page, const Node& e, std::string_view& why) {
  bool clipping_ancestor = false;
  for (const Node* x = &e; x != nullptr && x->is_element(); x = x->parent) {
    const css::ComputedStyle& s = page.styles().of(*x);
    // Boxes moved or transformed may sit off screen (a closed drawer menu)
    // where nobody sees the text; grid items may share a cell with an image.
    const bool grid = !s.display || *s.display == css::Display::grid || *s.display == css::Display::inline_grid;
    if (s.transform != Tri::no || moved(s) != Tri::no || (x != &e && grid)) {
      why = "cant-tell.positioned";
      return true;
    }
    if (!s.overflow_x || !s.overflow_y || *s.overflow_x != css::Overflow::visible ||
        *s.overflow_y != css::Overflow::visible)
      clipping_ancestor = true;
    // Asked per failing text and ancestor: parsed only when the text names
    // such a property at all.
    if (auto st = x->attr(attr::style);
        st && unmodelled_property(ascii_lower(*st)) && mentions_unmodelled(page.styles().style_attribute(*x))) {
      why = "cant-tell.effects";
      return true;
    }
  }
  const SheetFacts& sheets = page.derived<SheetFacts>(sheet_facts);
  if (sheets.unreadable) {
    why = "cant-tell.stylesheet";
    return true;
  }
  // A clipping box with max-height: 0 is how menus and accordions fold.
  if (sheets.effects || (clipping_ancestor && sheets.max_height)) {
    why = "cant-tell.effects";
    return true;
  }
  return false;
}

// The page holds a box that could be painted over this text (a positioned
// one outside the text's own ancestors and descendants): the text may be
// covered, or sit on that box's background.
//
// Counted once per page rather than searched per text: how many such boxes
// there are, which elements are one, and how many lie in each subtree. A
// text has an unrelated box when the page holds more than its own ancestors
// and descendants account for.
struct MovedBoxes {
  std::uint32_t total = 0;
  std::vector<std::uint8_t> is_box;    // per element
  std::vector<std::uint32_t> inside;   // per element: boxes in its subtree, itself included
};

inline MovedBoxes moved_boxes(const Page& page) {
  const auto& els = page.document().elements();
  MovedBoxes m;
  m.is_box.resize(els.size());
  m.inside.resize(els.size());
  for (const Node* x : els) {
    const ElementSemantics& xs = page.semantics().of(*x);
    if (xs.rendered == Tri::no || xs.visually_hidden == Tri::yes) continue;
    if (moved(page.styles().of(*x)) == Tri::no) continue;
    m.is_box[x->element_index] = 1;
    ++m.total;
  }
  // Elements come in tree order: children after their parent.
  for (auto it = els.span().rbegin(); it != els.span().rend(); ++it) {
    const Node* x = *it;
    m.inside[x->element_index] += m.is_box[x->element_index];
    if (x->parent != nullptr && x->parent->is_element()) m.inside[x->parent->element_index] += m.inside[x->element_index];
  }
  return m;
}

inline bool may_be_overlapped(const Page& page, const Node& e) {
  const MovedBoxes& m = page.derived<MovedBoxes>(moved_boxes);
  std::uint32_t related = m.inside[e.element_index];
  for (const Node* a = e.parent; a != nullptr && a->is_element(); a = a->parent) related += m.is_box[a->element_index];
  return m.total > related;
}

inline bool writes_text(const Node& script) {
  if (!script.is(tag::script) || script.has(attr::src)) return false;
  if (auto type = script.attr(attr::type)) {
    std::string t = ascii_lower(trim(*type));
    if (!t.empty() && t != "module" && t.find("javascript") == std::string::npos) return false;
  }
  std::string code;
  for (const Node& c : script.children())
    if (c.is_text()) code += c.text;
  for (std::string_view api : {"attachShadow", "innerHTML", "outerHTML", "textContent", "innerText",
                               "insertAdjacent", "createTextNode", "appendChild", "append(", "document.write",
                               ".style", "classList", "className", "setAttribute"})
    if (code.find(api) != std::string::npos) return true;
  return false;
}

// A fragment is shown inside another page, whose style sheets may set any
// colour or size that the fragment's own do not pin down; only a style
// attribute outweighs their rules. The colours are the fragment's when the
// text's color is written on the text itself, and a background on every box
// from the text up to the first opaque one.
inline bool writes(const Page& page, const Node& e, std::initializer_list<std::string_view> properties) {
  if (!e.has(attr::style)) return false;
  for (const css::Declaration& d : page.styles().style_attribute(e))
    for (std::string_view p : properties)
      if (d.property == p) return true;
  return false;
}

inline bool colours_pinned(const Page& page, const Node& e) {
  if (!writes(page, e, {"color"})) return false;
  for (const Node* x = &e; x != nullptr && x->is_element(); x = x->parent) {
    if (!writes(page, *x, {"background", "background-color"})) return false;
    const css::ComputedStyle& s = page.styles().of(*x);
    if (s.background_color && s.background_color->a >= 1.0) return true;
  }
  return false;
}

// Whether the text is large, when that decides the verdict: a font-size in
// absolute units written on the text (and its weight, where WCAG's bold
// threshold lies between).
inline bool size_pinned(const Page& page, const Node& e, double px) {
  if (!e.has(attr::style)) return false;
  bool size = false, weight = false;
  for (const css::Declaration& d : page.styles().style_attribute(e)) {
    std::string v = ascii_lower(d.text);
    if (d.property == "font-size") size = v.ends_with("px") || v.ends_with("pt");
    if (d.property == "font-weight") weight = true;
  }
  const bool bold_decides = px >= 14.0 * 4.0 / 3.0 - 1e-6 && px < 24.0 - 1e-6;
  return size && (!bold_decides || weight);
}

// The texts both contrast rules apply to, and the colours of each: found
// and resolved once per page, for both rules, applicability and evaluation.
struct PageTexts {
  Targets targets;
  static constexpr std::uint32_t kNone = 0xffffffffu;
  std::vector<std::uint32_t> colours_of;  // per element: index into colours
  std::vector<Colours> colours;
};

// ACT: visible text in HTML elements, except text of a disabled widget, of
// the label of a disabled control, or inside a disabled group. Exclusion is
// inherited, so it is computed once, in tree order.
inline PageTexts find_texts(const Page& page) {
  const Document& doc = page.document();
  const Semantics& sem = page.semantics();
  const auto& els = doc.elements();
  std::vector<char> aria_disabled;
  if (!doc.attributes_named(attr::aria_disabled).empty()) {
    aria_disabled.assign(els.size(), 0);
    for (const Node* e : els) {
      auto v = e->attr(attr::aria_disabled);
      bool own = v && ascii_lower(trim(*v)) == "true";
      bool inherited = e->parent != nullptr && e->parent->is_element() && aria_disabled[e->parent->element_index];
      aria_disabled[e->element_index] = own || inherited;
    }
  }
  auto disabled = [&](const Node& c) {
    return sem.of(c).disabled || (!aria_disabled.empty() && aria_disabled[c.element_index] != 0);
  };

  std::unordered_set<std::string_view> disabled_label_ids;
  for (const Attribute* ids : doc.attributes_named(attr::aria_labelledby))
    if (disabled(*ids->owner))
      for (std::string_view id : split_spaces(ids->value)) disabled_label_ids.insert(id);

  auto labels_disabled_control = [&](const Node& label) {
    if (auto f = label.attr(attr::for_)) {
      const Node* c = doc.element_by_id(*f);
      return c != nullptr && disabled(*c);
    }
    bool found = false;
    for_each_descendant(label, [&](const Node& d) {
      if (found || !d.is_element()) return false;
      if (is_form_control(d) || d.is(tag::meter) || d.is(tag::output) || d.is(tag::progress)) {
        found = disabled(d);
        return false;
      }
      return true;
    });
    return found;
  };

  std::vector<char> excluded(els.size(), 0);
  std::vector<char> transparent(els.size(), 0);  // opacity 0 somewhere up the tree
  PageTexts texts;
  texts.colours_of.assign(els.size(), PageTexts::kNone);
  Targets& out = texts.targets;
  for (const Node* e : els) {
    const Node* p = e->parent != nullptr && e->parent->is_element() ? e->parent : nullptr;
    bool ex = p != nullptr && excluded[p->element_index];
    if (!ex) {
      // Fallback content of embedded content is not painted when the
      // embedding works.
      ex = disabled(*e) || (e->is(tag::fieldset) && e->has(attr::disabled)) ||
           (e->is(tag::label) && labels_disabled_control(*e)) ||
           (e->attr(attr::id) && disabled_label_ids.contains(*e->attr(attr::id))) || e->is(tag::canvas) ||
           e->is(tag::video) || e->is(tag::audio) || e->is(tag::object) || e->is(tag::iframe) ||
           e->is(tag::embed) || e->is(tag::noscript) ||
           // a popover shows only once opened, over the page, on the
           // browser's own Canvas background
           e->has(attr::popover);
    }
    excluded[e->element_index] = ex;
    const css::ComputedStyle& s = page.styles().of(*e);
    bool zero = (p != nullptr && transparent[p->element_index]) || (s.opacity && *s.opacity <= 0);
    transparent[e->element_index] = zero;
    if (ex || zero || e->ns != Namespace::html || !has_visible_text(*e)) continue;
    const ElementSemantics& es = sem.of(*e);
    if (es.visible == Tri::no || es.visually_hidden == Tri::yes) continue;
    if (s.color && s.color->a <= 0 && s.text_shadow == Tri::no) continue;
    if (s.font_size_px && *s.font_size_px <= 0) continue;
    // Text painted in exactly its background's colour shows nothing.
    Colours c = resolve(page, *e);
    if (c.cant_tell.empty() && same_pixels(c.fg, c.bg) && s.text_shadow == Tri::no) continue;
    out.push_back(*e);
    texts.colours_of[e->element_index] = static_cast<std::uint32_t>(texts.colours.size());
    texts.colours.push_back(c);
  }
  // Text a script writes (into a shadow root, say) is not in the markup; say
  // so rather than call the page inapplicable.
  for (const Node* e : doc.elements_named(tag::script))
    if (writes_text(*e)) out.push_back(*e);
  // A stylesheet that could not be read leaves every text in doubt for the
  // same reason: one finding on the page, not one per text.
  if (!out.empty() && page.styles().complete() != Tri::yes && page.document().root() != nullptr)
    out = {*page.document().root()};
  // So do the other page's styles a fragment is shown in, for every text
  // whose colours the fragment leaves to them.
  if (!out.empty() && page.document().fragment && page.styles().complete() == Tri::yes &&
      page.document().root() != nullptr) {
    Targets own;
    bool left = false;
    for (const Target& t : out) {
      if (t.element().is(tag::script) || colours_pinned(page, t.element())) own.push_back(t);
      else left = true;
    }
    if (left) own.insert(own.begin(), Target(*page.document().root()));
    out = std::move(own);
  }
  return texts;
}

inline Targets applicability(const Page& page) { return page.derived<PageTexts>(find_texts).targets; }

inline void evaluate(const Target& target, const Page& page, Verdicts& out, const Thresholds& th) {
  const Node& e = target.element();
  if (e.is(tag::script)) return out.cant_tell(target, "cant-tell.script");
  if (page.styles().complete() != Tri::yes) return out.cant_tell(target, "cant-tell.stylesheet");
  if (page.document().fragment && !colours_pinned(page, e)) return out.cant_tell(target, "cant-tell.fragment");
  const ElementSemantics& es = page.semantics().of(e);
  if (es.visible != Tri::yes || es.visually_hidden != Tri::no) return out.cant_tell(target, "cant-tell.visibility");
  const PageTexts& texts = page.derived<PageTexts>(find_texts);
  const std::uint32_t known = texts.colours_of[e.element_index];
  const Colours c = known != PageTexts::kNone ? texts.colours[known] : resolve(page, e);
  if (!c.cant_tell.empty()) return out.cant_tell(target, c.cant_tell);
  const css::ComputedStyle& s = page.styles().of(e);
  const double r = ratio(c.fg, c.bg);

  // WCAG large text: 18pt (24px), or 14pt (18.67px) and bold.
  Tri large = Tri::unknown;
  if (s.font_size_px) {
    const double px = *s.font_size_px;
    if (px >= 24.0 - 1e-6) large = Tri::yes;
    else if (px < 14.0 * 4.0 / 3.0 - 1e-6) large = Tri::no;
    else if (s.font_weight) large = tri(*s.font_weight >= 700);
  }
  double required = large == Tri::yes ? th.large : th.normal;
  if (large == Tri::unknown) {
    if (r >= th.normal) required = th.normal;
    else if (r < th.large) required = th.large;
    else return out.cant_tell(target, "cant-tell.font-size", {{"ratio", ratio_text(r)}});
  }
  // Between the two thresholds the size decides, and the page showing a
  // fragment may set it.
  if (page.document().fragment && r < th.normal && r >= th.large && !size_pinned(page, e, *s.font_size_px))
    return out.cant_tell(target, "cant-tell.fragment");
  // A plain pass that the report leaves out needs no arguments.
  if (s.text_shadow == Tri::no && r >= required && !out.keeps_passes()) return out.pass(target, "passed");
  MessageArgs args;  // built in place: a braced list would copy every string
  args.reserve(4);
  args.emplace_back("ratio", ratio_text(r));
  args.emplace_back("required", required == th.large ? th.large_text : th.normal_text);
  args.emplace_back("foreground", hex(c.fg));
  args.emplace_back("background", hex(c.bg));
  // A shadow or halo paints other colours right around the glyphs: a dark
  // halo can rescue light text, a light blur can wash dark text out.
  if (s.text_shadow != Tri::no) return out.cant_tell(target, "cant-tell.text-shadow", std::move(args));
  if (r >= required) return out.pass(target, "passed", std::move(args));
  if (letter_count(e) < 2) return out.cant_tell(target, "cant-tell.not-language", std::move(args));
  if (may_be_overlapped(page, e)) return out.cant_tell(target, "cant-tell.positioned", std::move(args));
  if (std::string_view why; unmodelled_effects(page, e, why)) return out.cant_tell(target, why, std::move(args));
  out.fail(target, "failed.low-contrast", std::move(args));
}

// Every message id the contrast rules may say.
#define RAMPA_CONTRAST_MESSAGES                                                                 \
  "passed", "failed.low-contrast", "cant-tell.stylesheet", "cant-tell.visibility", "cant-tell.style", \
      "cant-tell.form-control", "cant-tell.presentational", "cant-tell.background-image",            \
      "cant-tell.opacity", "cant-tell.positioned", "cant-tell.font-size", "cant-tell.text-shadow",    \
      "cant-tell.not-language", "cant-tell.script", "cant-tell.effects", "cant-tell.fragment"

}  // namespace rampa::rules::contrast
