#include "semantics/style_facts.hpp"

#include "semantics/css/cascade.hpp"

namespace rampa {

namespace {

// HTML's user-agent stylesheet, the part that makes elements blocks.
bool block_by_default(const Node& e) {
  if (e.ns != Namespace::html) return false;
  static constexpr KnownName kBlocks[] = {
      KnownName::address, KnownName::article, KnownName::aside, KnownName::blockquote,
      KnownName::body, KnownName::dd, KnownName::details, KnownName::dialog, KnownName::div,
      KnownName::dl, KnownName::dt, KnownName::fieldset, KnownName::figcaption, KnownName::figure,
      KnownName::footer, KnownName::form, KnownName::h1, KnownName::h2, KnownName::h3,
      KnownName::h4, KnownName::h5, KnownName::h6, KnownName::header, KnownName::hgroup,
      KnownName::hr, KnownName::html, KnownName::legend, KnownName::li, KnownName::main,
      KnownName::menu, KnownName::nav, KnownName::ol, KnownName::p, KnownName::pre,
      KnownName::search, KnownName::section, KnownName::summary, KnownName::table,
      KnownName::caption, KnownName::tr, KnownName::td, KnownName::th, KnownName::ul,
      KnownName::br};
  for (KnownName k : kBlocks)
    if (e.name == Name{k}) return true;
  return false;
}

bool block_display(css::Display d) {
  using D = css::Display;
  return d != D::inline_ && d != D::contents && d != D::none && d != D::ruby && d != D::other;
}

}  // namespace

StyleFacts style_facts(const css::Styles* styles, const Node& e) {
  StyleFacts f;
  if (styles == nullptr) {
    f.display_none = tri(e.ns == Namespace::html && e.has(attr::hidden));
    f.block = block_by_default(e);
    return f;
  }
  const css::ComputedStyle& s = styles->of(e);
  f.display_none = s.display ? tri(*s.display == css::Display::none) : Tri::unknown;
  f.visibility_hidden = s.visibility ? tri(*s.visibility != css::Visibility::visible) : Tri::unknown;
  f.content_hidden =
      s.content_visibility ? tri(*s.content_visibility == css::ContentVisibility::hidden) : Tri::unknown;
  f.visually_hidden = css::visually_hidden(s);
  f.block = s.display ? block_display(*s.display) : block_by_default(e);
  return f;
}

const css::ComputedStyle* computed_style(const css::Styles* styles, const Node& e) {
  return styles == nullptr ? nullptr : &styles->of(e);
}

Tri cascade_styles_complete(const css::Styles* styles) {
  return styles == nullptr ? Tri::yes : styles->complete();
}

}  // namespace rampa
