#pragma once
// Before a rule fails an element for having no accessible name, it asks here
// whether the markup really proves that name empty. Semantics reads the
// cascade and the text ::before and ::after generate, but not what a sheet
// it could not read hides or writes, nor text it cannot decide (a counter, a
// lone icon glyph), nor what a shadow root renders, and it misses a few
// accname 1.2 sources inside name-from-content. Anything that could feed one
// of those is a doubt, and a doubt is cantTell, never a fail.
//
// Used by the "has a non-empty accessible name" rules (button, link, form
// field, image button, menuitem). Pure functions over the Page.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa::rules {

// Why an empty computed name is not proof that the element has no name.
enum class NameDoubt {
  none,                // the markup proves the name empty
  hidden_by_style,     // a style may take the element out of the tree (then the rule does not apply)
  generated_content,   // a style sheet writes text with `content:`, which can become the name
  name_source,         // something Semantics cannot compute may name it
};

// The cascade's doubt about rendering: a stylesheet it could not read, or a
// conditional rule (a media query) that may hide the element.
inline bool style_may_hide(const Node& element, const Page& page) {
  return page.semantics().styles_complete() == Tri::unknown ||
         page.semantics().of(element).hidden == Tri::unknown;
}

inline bool non_blank_attr(const Node& e, Name n) {
  auto v = e.attr(n);
  return v && !is_unicode_blank(*v);
}

namespace detail {

// An element whose rendering comes from elsewhere: a custom element may
// attach a shadow root from a script, a declarative shadow root renders its
// template instead of the light DOM, a slot takes assigned content.
inline bool renders_elsewhere(const Node& e, const Document& doc) {
  if (e.ns != Namespace::html) return false;
  if (e.is(tag::slot)) return true;
  if (e.is(tag::template_)) {
    for (const Attribute& a : e.attributes()) {
      std::string_view n = doc.spelling(a.name);
      if (n == "shadowrootmode" || n == "shadowroot") return true;
    }
    return false;
  }
  return !e.name.known() && doc.spelling(e.name).find('-') != std::string_view::npos;
}

}  // namespace detail

// Whether anything under `root` (and `root` itself when `with_root`) could
// give accname 1.2 some text: visible words, an aria-label, a title, an alt,
// an embedded control's value, a shadow root. `skip` (the control a label
// wraps) is left out. Hidden subtrees are left out when `skip_hidden`: inside
// a hidden element that aria-labelledby points at, hidden text counts (step
// 2A). Nested aria-labelledby is followed once, as accname does.
inline bool content_may_name(const Node& root, const Page& page, bool with_root, bool skip_hidden,
                             const Node* skip = nullptr, bool follow_labelledby = true) {
  const Document& doc = page.document();
  const Semantics& sem = page.semantics();
  bool found = false;
  auto element_may_name = [&](const Node& e) {
    if (non_blank_attr(e, attr::aria_label) || non_blank_attr(e, attr::title) || non_blank_attr(e, attr::alt))
      return true;
    if (e.is(tag::input) || e.is(tag::select) || e.is(tag::textarea) || e.is(tag::iframe) ||
        e.is(tag::object) || e.is(tag::embed))
      return true;
    if (detail::renders_elsewhere(e, doc)) return true;
    if (const Attribute* ids = e.labelledby(); ids != nullptr && !is_blank(ids->value)) {
      if (!follow_labelledby) return false;  // accname does not chain aria-labelledby
      for (std::string_view id : split_spaces(ids->value))
        if (const Node* r = doc.element_by_id(id);
            r != nullptr && content_may_name(*r, page, true, false, nullptr, false))
          return true;
    }
    return false;
  };
  if (with_root && root.is_element() && element_may_name(root)) return true;
  for_each_descendant(root, [&](const Node& d) {
    if (found) return false;
    if (&d == skip) return false;
    if (d.is_text()) {
      found = !is_unicode_blank(d.text);
      return false;
    }
    if (!d.is_element()) return false;
    if (skip_hidden && sem.of(d).hidden == Tri::yes) return false;
    found = element_may_name(d);
    return !found;
  });
  return found;
}

// The <label> elements that may label `control` (HTML "labeled control"):
// calls f(label) for each. Conservative: any wrapping label without for=
// counts, even when another control comes first in it.
template <class F>
void for_each_possible_label(const Node& control, const Page& page, F&& f) {
  for (const Node* a = control.parent; a != nullptr && a->is_element(); a = a->parent)
    if (a->is(tag::label) && !a->has(attr::for_)) f(*a);
  auto id = control.attr(attr::id);
  if (!id || id->empty()) return;
  for (const Node* label : page.labels_for(*id)) f(*label);
}

// HTML's labelable elements, which a <label> can name.
inline bool is_labelable(const Node& e) {
  if (e.is(tag::input)) return ascii_lower(e.attr(attr::type).value_or("")) != "hidden";
  return e.is(tag::button) || e.is(tag::meter) || e.is(tag::output) || e.is(tag::progress) ||
         e.is(tag::select) || e.is(tag::textarea);
}

// Call when Semantics gives `element` an empty name: whether markup proves it.
inline NameDoubt empty_name_doubt(const Node& element, const Page& page) {
  if (style_may_hide(element, page)) return NameDoubt::hidden_by_style;
  const ElementSemantics& s = page.semantics().of(element);
  // An empty name is never one cut by the length limit: what Semantics
  // could not read into it is text a style sheet generates (a lone icon
  // glyph, a counter).
  if (!s.name_complete) return NameDoubt::generated_content;
  // The element's own attributes: aria-label and title reach the name
  // directly, so only aria-labelledby's targets need a look.
  if (const Attribute* ids = element.labelledby(); ids != nullptr && !is_blank(ids->value))
    for (std::string_view id : split_spaces(ids->value))
      if (const Node* r = page.document().element_by_id(id);
          r != nullptr && content_may_name(*r, page, true, false, nullptr, false))
        return NameDoubt::name_source;
  if (detail::renders_elsewhere(element, page.document())) return NameDoubt::name_source;
  if (is_labelable(element)) {
    bool label_may_name = false;
    for_each_possible_label(element, page, [&](const Node& label) {
      if (!label_may_name) label_may_name = content_may_name(label, page, false, true, &element);
    });
    if (label_may_name) return NameDoubt::name_source;
  }
  const aria::RoleInfo* info = aria::role_info(s.role);
  if (info != nullptr && info->name_from.contents) {
    if (content_may_name(element, page, false, true)) return NameDoubt::name_source;
  }
  return NameDoubt::none;
}

// The message id for a doubt (each rule declares all three).
inline std::string_view doubt_message(NameDoubt d) {
  switch (d) {
    case NameDoubt::hidden_by_style: return "cant-tell.hidden-by-style";
    case NameDoubt::generated_content: return "cant-tell.generated-content";
    case NameDoubt::name_source:
    case NameDoubt::none: break;
  }
  return "cant-tell.name-source";
}

}  // namespace rampa::rules
