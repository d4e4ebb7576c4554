#pragma once
// CSS Cascade 4/5 for one Document: author style sheets (<style>, local
// <link rel=stylesheet> through a resolver, @import), style attributes and a
// minimal user-agent sheet, cascaded by origin, importance, style attribute,
// layer, specificity and order, then computed per element in one pass in
// tree order. The result is read-only; any number of threads may read it.
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "semantics/css/computed_style.hpp"
#include "semantics/css/stylesheet.hpp"
#include "semantics/tri.hpp"

namespace rampa::css {

struct CascadeOptions {
  // A linked or imported style sheet, read and parsed, given its href as
  // written (for an @import inside a linked sheet, joined to that sheet's
  // href); null when it cannot be read. The caller resolves URLs, decides
  // what is reachable (no network by default) and may share one parse
  // between pages. Without a resolver every linked sheet is unreadable.
  std::function<std::shared_ptr<const ParsedSheet>(std::string_view href)> resolve;
  // The page's CSS, its distinct sheets together (<style> elements, linked
  // and imported files): sheets past it are left out, and the styles are
  // incomplete.
  std::size_t max_css_bytes = 32u << 20;
  // Selector matching, in selectors tried against an element (ones the
  // ancestor filter turns away count 1/64): a page whose sheets cost more
  // gets unknown styles past that point, and the styles are incomplete.
  // Real pages cost a few thousand to a few million; a hostile sheet of
  // selectors no index narrows (`div *:not(.a1)`) costs elements times rules.
  std::uint64_t max_match_work = 10'000'000;
};

// An author style sheet the cascade applied, in cascade order (an imported
// sheet before the one importing it). Sheets the page cannot use are not
// here: a media list that never applies, <noscript> content, alternate or
// disabled links, other style languages.
struct AuthorSheet {
  // The <style> or <link> element that brought the sheet in; for an
  // imported sheet, the one that brought in its importer.
  const Node* owner = nullptr;
  // The href as the cascade resolved it (an import's joined to its
  // importer's); empty for a <style> element.
  std::string href;
  std::shared_ptr<const ParsedSheet> parsed;
  // Of the media attribute and of the @import chain; each rule's own
  // condition comes on top.
  Condition condition;
};

class Styles {
 public:
  // Cascades and computes every element's style. Linear in elements times
  // the rules that can match each (rules are bucketed by the id, class or
  // tag of their rightmost compound). Never fails: unreadable sheets make
  // complete() unknown, unresolvable values are unknown.
  static Styles compute(const Document& doc, const CascadeOptions& options = {});

  Styles(Styles&&) noexcept;
  Styles& operator=(Styles&&) noexcept;
  ~Styles();

  // The element's style with nothing hovered or focused. `element` must be
  // an element of the document given to compute(); elements inside
  // <template> get the initial style with display none.
  const ComputedStyle& of(const Node& element) const;

  // The element's style while it has keyboard focus (:focus, :focus-visible,
  // :focus-within and the browser's default focus ring apply). Costs one
  // cascade for the element, or for its ancestors too when some selector
  // lets focus restyle them (:focus-within, ":focus-within > x").
  ComputedStyle style_when_focused(const Node& element) const;

  // Every distinct style of the page (elements with equal styles share one;
  // a page has a few dozen): whether any element has some property can be
  // asked of these before walking the elements.
  std::span<const ComputedStyle> distinct() const noexcept;

  // The product of the element's and its ancestors' opacity.
  std::optional<double> effective_opacity(const Node& element) const;

  // The author sheets, for rules that ask what the page's CSS says beyond
  // computed values (is there a rule under :focus? an @font-face?).
  std::span<const AuthorSheet> sheets() const noexcept;

  // Where a declaration or rule of a sheet is: its line and column in the
  // linked file, or in the page for a <style> element.
  SourcePos position(const AuthorSheet& sheet, std::uint32_t offset) const;

  // The declarations of an element's style attribute, parsed when asked
  // (offsets are into the attribute's value); empty without one.
  std::vector<Declaration> style_attribute(const Node& element) const;

  // yes when every linked and imported style sheet was read and parsed
  // without loss; unknown otherwise, so that a rule may say cantTell.
  Tri complete() const;
  // The hrefs that could not be read, in document order.
  std::span<const std::string> unreadable() const;
  // The sheets left out past CascadeOptions::max_css_bytes ("<style>" for
  // a style element), in document order.
  std::span<const std::string> over_css_limit() const;
  // Whether matching stopped at CascadeOptions::max_match_work, leaving the
  // styles of the elements after that point unknown.
  bool over_match_budget() const;

 private:
  struct Impl;
  explicit Styles(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rampa::css
