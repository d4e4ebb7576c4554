#pragma once
// What the ARIA focus rules share about content that can take focus but
// that the markup alone cannot fully judge. Pure; reads the document only.
#include "rule.hpp"

namespace rampa::rules::focus_content {

// A document loaded into the element (iframe, object, embed) may hold
// focusable content, or none, and we do not read it.
inline bool embeds_document(const Node& e) {
  return e.is(tag::iframe) || e.is(tag::object) || e.is(tag::embed);
}

// <template shadowrootmode> is a declarative shadow root: its content is
// rendered in the flat tree, yet the DOM (and so Semantics) sees an inert
// template.
inline bool is_declarative_shadow_root(const Node& e) {
  if (!e.is(tag::template_)) return false;
  for (const Attribute& a : e.attributes())
    if (ascii_lower(a.spelling) == "shadowrootmode") return true;
  return false;
}

// Whether a script on the page may move focus away as soon as an element
// gets it (a focus sentinel that wraps focus back into a dialog is
// operable and harmless). Any script that mentions focus, any script we
// cannot read and any focus handler attribute counts. Scans the page once,
// on the first failure that asks.
inline bool scripts_may_move_focus(const Page& page) {
  struct MayMoveFocus {
    bool yes = false;
  };
  return page.derived<MayMoveFocus>([](const Page& p) {
           for (const Node* e : p.document().elements_named(tag::script)) {
             if (!e->is(tag::script)) continue;
             if (e->has(attr::src)) return MayMoveFocus{true};
             if (ascii_lower(p.document().text_content(*e)).find("focus") != std::string::npos)
               return MayMoveFocus{true};
           }
           for (const Attribute* a : p.document().event_handler_attributes())
             if (ascii_lower(a->spelling).find("focus") != std::string::npos) return MayMoveFocus{true};
           return MayMoveFocus{false};
         })
      .yes;
}

}  // namespace rampa::rules::focus_content
