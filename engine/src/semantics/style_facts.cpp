#include "semantics/style_facts.hpp"

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

}  // namespace

StyleFacts style_facts(const css::Cascade* cascade, const Node& e) {
  StyleFacts f;
  (void)cascade;
  f.display_none = tri(e.ns == Namespace::html && e.has(attr::hidden));
  f.block = block_by_default(e);
  return f;
}

const css::ComputedStyle* computed_style(const css::Cascade*, const Node&) { return nullptr; }

Tri cascade_styles_complete(const css::Cascade* cascade) { return cascade == nullptr ? Tri::yes : Tri::yes; }

}  // namespace rampa
