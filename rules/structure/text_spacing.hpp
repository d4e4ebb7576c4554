#pragma once
// What the three "important text spacing in style attributes" rules share
// (ACT 24afc2, 9e45ec, 78fd32): which elements they apply to, whether their
// text can be seen, and whether a line of their text must wrap.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "rule.hpp"
#include "semantics/css/cascade.hpp"
#include "semantics/css/computed_style.hpp"

namespace rampa::rules::text_spacing {

enum class Property { letter_spacing, word_spacing, line_height };

inline const css::StyleAttributeDeclaration& inline_declaration(const css::ComputedStyle& s, Property p) {
  switch (p) {
    case Property::letter_spacing: return s.inline_letter_spacing;
    case Property::word_spacing: return s.inline_word_spacing;
    case Property::line_height: break;
  }
  return s.inline_line_height;
}

// The declaration of the element's style attribute that the cascade noted,
// found again by its offset, so its value can be read as written.
inline std::optional<css::Declaration> declaration_at(const Page& page, const Node& e, std::uint32_t offset) {
  for (css::Declaration& d : page.styles().style_attribute(e))
    if (d.offset == offset) return std::move(d);
  return std::nullopt;
}

inline bool is_one_keyword(const css::Declaration& d, std::initializer_list<std::string_view> words) {
  std::size_t idents = 0;
  bool match = false;
  for (const css::Token& t : d.value) {
    if (t.is(css::TokenType::whitespace)) continue;
    ++idents;
    for (std::string_view w : words) match = match || t.is_ident(w);
  }
  return idents == 1 && match;
}

inline bool mentions_var(const css::Declaration& d) {
  for (const css::Token& t : d.value)
    if (t.is_function("var") || t.is_function("env") || t.is_function("attr")) return true;
  return false;
}

// Whether the element's text, if it has any, can be seen: display,
// visibility, sr-only clipping or off-screen moves, opacity, a transparent
// colour and a zero font size all hide it.
inline Tri text_visible(const Node& e, const Page& page) {
  const ElementSemantics& sem = page.semantics().of(e);
  Tri seen = sem.visible && !sem.visually_hidden;
  if (seen == Tri::no) return Tri::no;
  const css::ComputedStyle& style = page.styles().of(e);
  std::optional<double> opacity = page.styles().effective_opacity(e);
  Tri opaque = opacity ? tri(*opacity > 0) : Tri::unknown;
  Tri coloured = style.color ? tri(style.color->a > 0) : Tri::unknown;
  Tri sized = style.font_size_px ? tri(*style.font_size_px > 0) : Tri::unknown;
  return seen && opaque && coloured && sized;
}

inline bool has_text_child(const Node& e) {
  for (const Node& c : e.children())
    if (c.is_text() && !is_unicode_blank(c.text)) return true;
  return false;
}

// ACT applicability, less visibility: an HTML element whose own style
// attribute declares the property with !important, and that declaration is
// the cascaded value. `inherit`, `unset` (these properties inherit) and
// `revert` give the parent's or the user agent's value, which is not
// important, so they are left out as the ACT examples say.
inline Targets applicability(const Page& page, Property p) {
  Targets out;
  for (const Attribute* style : page.document().attributes_named(attr::style)) {
    const Node* e = style->owner;
    if (e->ns != Namespace::html || e->in_template) continue;
    if (!has_text_child(*e)) continue;
    const css::StyleAttributeDeclaration& d = inline_declaration(page.styles().of(*e), p);
    if (!d.declared || !d.important || !d.wins) continue;
    std::optional<css::Declaration> decl = declaration_at(page, *e, d.offset);
    if (!decl || is_one_keyword(*decl, {"inherit", "unset", "revert", "revert-layer"})) continue;
    if (text_visible(*e, page) == Tri::no) continue;
    out.push_back(*style);
  }
  return out;
}

inline std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// -- soft wraps (78fd32 applies only to text that wraps) ---------------------

// A lower bound of a character's advance, in em, below what common text
// fonts (serif, sans-serif, monospace, narrow ones included) give it, so a
// sum of these never exceeds the real width of a line.
inline double min_advance_em(unsigned char c) {
  if (c >= 0x80) return 0.0;  // continuation bytes and unknown scripts: assume nothing
  switch (c) {
    case 'i': case 'j': case 'l': case 'I': case '!': case '\'': case '|': case '.':
    case ',': case ':': case ';': case '`': case ' ':
      return 0.1;
    case 'f': case 't': case 'r': case '(': case ')': case '[': case ']': case '-':
    case '/': case '"':
      return 0.2;
    default:
      return (std::isalnum(c) != 0) ? 0.3 : 0.1;
  }
}

// A line of the text, set on one line, is at least this wide (in em); 0 when
// it has no place to wrap at (one word overflows instead of wrapping).
inline double min_width_em(std::string_view text) {
  double em = 0;
  bool in_space = false, started = false, wraps = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (is_space(ch)) {
      in_space = started;
      continue;
    }
    if (in_space) {
      em += min_advance_em(' ');
      wraps = true;
      in_space = false;
    }
    started = true;
    em += min_advance_em(c);
  }
  return wraps ? em : 0.0;
}

inline bool prevents_wrap_or_narrows(std::string_view property) {
  static constexpr std::string_view kProps[] = {
      "white-space", "white-space-collapse", "text-wrap", "text-wrap-mode", "writing-mode",
      "text-orientation", "text-indent", "zoom", "font-stretch", "font-width", "min-width",
      "min-inline-size", "text-combine-upright", "word-break", "line-break"};
  return std::find(std::begin(kProps), std::end(kProps), property) != std::end(kProps);
}

inline bool declarations_allow_proof(const std::vector<css::Declaration>& decls) {
  for (const css::Declaration& d : decls) {
    if (prevents_wrap_or_narrows(d.property)) return false;
    if (d.property == "font" && (d.text.find("ondensed") != std::string::npos || mentions_var(d))) return false;
    if ((d.property == "max-width" || d.property == "max-inline-size") && d.important) return false;
  }
  return true;
}

// The same for a <style> element's sheet: its rules may apply to any
// element, so any of those declarations, a web font (which may be narrow),
// a condensed font named anywhere, or an import rules the proof out.
inline bool sheet_allows_proof(const css::AuthorSheet& sheet) {
  const css::Stylesheet& parsed = sheet.parsed->sheet;
  if (!parsed.imports.empty()) return false;
  for (const css::SkippedAtRule& at : parsed.skipped_at_rules)
    if (at.name == "font-face") return false;
  for (const css::StyleRule& rule : parsed.rules) {
    if ((sheet.condition && rule.condition).applies == Tri::no) continue;
    if (!declarations_allow_proof(rule.declarations)) return false;
    for (const css::Declaration& d : rule.declarations)
      if (css::ascii_lower(d.text).find("condensed") != std::string::npos) return false;
  }
  return true;
}

// The width the element's lines can take at most, from its own style
// attribute's max-width (which only a stylesheet's !important max-width
// could override; declarations_allow_proof rules those out) and its
// computed width.
inline std::optional<double> line_width_bound(const Node& e, const Page& page, const css::ComputedStyle& style) {
  std::optional<double> bound;
  if (style.width && !style.width->is_auto) bound = style.width->px;
  std::optional<std::string_view> attr_value = e.attr(attr::style);
  if (!attr_value) return bound;
  const css::Declaration* best = nullptr;
  std::vector<css::Declaration> decls = page.styles().style_attribute(e);
  for (const css::Declaration& d : decls)
    if (d.property == "max-width" && (best == nullptr || d.important || !best->important)) best = &d;
  if (best == nullptr) return bound;
  const css::Token* v = nullptr;
  for (const css::Token& t : best->value)
    if (!t.is(css::TokenType::whitespace)) {
      if (v != nullptr) return bound;
      v = &t;
    }
  if (v == nullptr || !v->is(css::TokenType::dimension) || !style.font_size_px) return bound;
  std::string unit = css::ascii_lower(v->value);
  double px;
  if (unit == "px") px = v->number;
  else if (unit == "em") px = v->number * *style.font_size_px;
  else return bound;
  return bound ? std::min(*bound, px) : px;
}

// yes when some text child of the element is, beyond doubt, wider than the
// element can be, so that it wraps onto a second line; unknown otherwise
// (a static checker does not lay text out, so it never says no).
inline Tri soft_wraps(const Node& e, const Page& page) {
  const css::ComputedStyle& style = page.styles().of(e);
  using css::Display;
  if (style.display != Display::block && style.display != Display::list_item &&
      style.display != Display::flow_root && style.display != Display::inline_block)
    return Tri::unknown;
  if (!style.font_size_px || !style.letter_spacing_px || !style.word_spacing_px || *style.letter_spacing_px < 0 ||
      *style.word_spacing_px < 0 || page.styles().complete() != Tri::yes)
    return Tri::unknown;
  for (const Node* a = &e; a != nullptr && a->is_element(); a = a->parent) {
    if (a->is(tag::pre) || a->is(tag::textarea) || a->has(attr::nowrap)) return Tri::unknown;
    std::string_view n = a->spelling;
    if (n == "listing" || n == "xmp" || n == "plaintext" || n == "nobr") return Tri::unknown;
  }
  std::optional<double> bound = line_width_bound(e, page, style);
  if (!bound) return Tri::unknown;
  bool too_wide = false;
  for (const Node& c : e.children())
    if (c.is_text() && min_width_em(c.text) * *style.font_size_px > *bound) too_wide = true;
  if (!too_wide) return Tri::unknown;
  // Every declaration that could stop wrapping, narrow the font or widen
  // the box must be known to be absent: in the style sheets, and in the
  // style attributes of the element and its ancestors (whose white-space and
  // font it inherits).
  for (const Node* a = &e; a != nullptr && a->is_element(); a = a->parent)
    if (a->has(attr::style) && !declarations_allow_proof(page.styles().style_attribute(*a))) return Tri::unknown;
  for (const Node* n : page.document().elements_named(tag::link)) {
    if (n->is(tag::link) && n->has(attr::rel)) {
      std::string rel = ascii_lower(*n->attr(attr::rel));
      if (rel.find("stylesheet") != std::string::npos) return Tri::unknown;
    }
  }
  for (const css::AuthorSheet& sheet : page.styles().sheets())
    if (!sheet_allows_proof(sheet)) return Tri::unknown;
  return Tri::yes;
}

// Letter and word spacing: the computed spacing against `factor` times the
// computed font size (ACT 24afc2 and 9e45ec expectations).
inline void evaluate_spacing(const Target& style_attr, const Page& page, Verdicts& out, Property p,
                             double factor) {
  const Node& e = style_attr.element();
  if (text_visible(e, page) == Tri::unknown) {
    out.cant_tell(style_attr, "cant-tell.visibility");
    return;
  }
  const css::ComputedStyle& style = page.styles().of(e);
  std::optional<double> spacing = p == Property::letter_spacing ? style.letter_spacing_px : style.word_spacing_px;
  if (!spacing || !style.font_size_px || *style.font_size_px <= 0) {
    out.cant_tell(style_attr, "cant-tell.value");
    return;
  }
  double ratio = *spacing / *style.font_size_px;
  // Rounding in em to px conversions must not fail 0.12em itself.
  if (ratio + 1e-9 >= factor) {
    out.pass(style_attr, "passed");
    return;
  }
  std::optional<css::Declaration> decl = declaration_at(page, e, inline_declaration(style, p).offset);
  // A var() could resolve to inherit, which would leave the element out;
  // an unreadable stylesheet could set another font size.
  if (!decl || mentions_var(*decl) || page.styles().complete() != Tri::yes) {
    out.cant_tell(style_attr, "cant-tell.value");
    return;
  }
  out.fail(style_attr, "failed.too-narrow",
           {{"value", decl->text}, {"ratio", format_number(ratio)}, {"size", format_number(*style.font_size_px)}});
}

}  // namespace rampa::rules::text_spacing
