#pragma once
// What the markup itself says about whether an element is drawn, for rules
// whose ACT applicability needs "included in the accessibility tree" or
// "visible" while Semantics does not yet read style="" (the cascade is
// coming). Every answer here only ever keeps an element out of a rule or
// turns a failure into cantTell: none of it can make a rule fail.
#include <optional>
#include <string>
#include <string_view>

#include "rule.hpp"

namespace rampa::rules {

// The last value of `property` in a style="" declaration list, lower-cased,
// without "!important"; nothing when the property is not declared.
// Declarations are split at ';' without reading url() or strings: a ';' inside
// a data: URL makes a piece that names no real property, so it is ignored.
inline std::optional<std::string> inline_declaration(std::string_view style, std::string_view property) {
  std::optional<std::string> found;
  while (!style.empty()) {
    std::size_t end = style.find(';');
    std::string_view decl = style.substr(0, end);
    style = end == std::string_view::npos ? std::string_view{} : style.substr(end + 1);
    std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    if (ascii_lower(trim(decl.substr(0, colon))) != property) continue;
    std::string value = ascii_lower(trim(decl.substr(colon + 1)));
    if (auto bang = value.find('!'); bang != std::string::npos) value = std::string(trim(value.substr(0, bang)));
    found = std::move(value);
  }
  return found;
}

// A style="" property, or for SVG elements its presentation attribute
// (<circle display="none">), which style="" overrides.
inline std::optional<std::string> declared_style(const Node& e, std::string_view property) {
  if (auto style = e.attr(attr::style))
    if (auto v = inline_declaration(*style, property)) return v;
  if (e.ns == Namespace::svg)
    for (const Attribute& a : e.attributes())
      if (ascii_lower(a.spelling) == property) return ascii_lower(trim(a.value));
  return std::nullopt;
}

// Whether the page brings any author stylesheet, which could override an
// inline declaration with !important.
inline bool page_has_stylesheets(const Document& doc) {
  for (const Node* e : doc.elements_named(tag::style))
    if (e->is(tag::style)) return true;
  for (const Node* e : doc.elements_named(tag::link)) {
    if (e->is(tag::link))
      if (auto rel = e->attr(attr::rel))
        for (std::string_view token : split_spaces(*rel))
          if (ascii_lower(token) == "stylesheet") return true;
  }
  return false;
}

// yes: style="" on the element or an ancestor sets display:none, or the
// nearest visibility declared inline is hidden or collapse, and no stylesheet
// could say otherwise; unknown: the same, but the page has stylesheets; no:
// nothing inline hides it (stylesheets may still: Semantics' business).
inline Tri hidden_by_inline_style(const Document& doc, const Node& element) {
  bool hidden = false;
  bool visibility_decided = false;
  for (const Node* n = &element; n != nullptr && n->is_element() && !hidden; n = n->parent) {
    if (declared_style(*n, "display") == "none") hidden = true;
    if (!visibility_decided)
      if (auto v = declared_style(*n, "visibility")) {
        visibility_decided = true;
        hidden = hidden || *v == "hidden" || *v == "collapse";
      }
  }
  if (!hidden) return Tri::no;
  return page_has_stylesheets(doc) ? Tri::unknown : Tri::yes;
}

// Whether style="" on the element or an ancestor may move it out of view or
// make it invisible while it stays rendered (sr-only patterns, zero size,
// transparency). Only used to hold back a failure that needs "visible".
inline bool may_be_out_of_view_by_inline_style(const Node& element) {
  static constexpr std::string_view kNegativeMoves[] = {
      "left", "right", "top", "bottom", "margin", "margin-left", "margin-right",
      "margin-top", "margin-bottom", "text-indent"};
  static constexpr std::string_view kAnyValue[] = {"transform", "translate", "clip", "clip-path", "scale"};
  static constexpr std::string_view kZero[] = {"width", "height", "max-width", "max-height", "opacity"};
  for (const Node* n = &element; n != nullptr && n->is_element(); n = n->parent) {
    if (!n->has(attr::style) && n->ns != Namespace::svg) continue;
    for (std::string_view p : kNegativeMoves)
      if (auto v = declared_style(*n, p); v && v->find('-') != std::string::npos) return true;
    for (std::string_view p : kAnyValue)
      if (auto v = declared_style(*n, p); v && *v != "none" && *v != "auto") return true;
    for (std::string_view p : kZero)
      if (auto v = declared_style(*n, p); v && !v->empty() && (*v)[0] == '0' &&
                                          v->find_first_of("123456789") == std::string::npos)
        return true;
  }
  return false;
}

// Whether the element sits in the fallback content of an <object> that
// names a resource: when that resource loads, the fallback is not rendered.
inline bool inside_object_fallback(const Node& element) {
  for (const Node* n = element.parent; n != nullptr && n->is_element(); n = n->parent)
    if (n->is(tag::object) && n->has(attr::data)) return true;
  return false;
}

}  // namespace rampa::rules
