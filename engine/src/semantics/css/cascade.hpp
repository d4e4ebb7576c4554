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

#include "document/document.hpp"
#include "semantics/css/computed_style.hpp"
#include "semantics/tri.hpp"

namespace rampa::css {

struct CascadeOptions {
  // The text of a linked or imported style sheet, given its href as written
  // (for an @import inside a linked sheet, joined to that sheet's href);
  // nullopt when it cannot be read. The caller resolves URLs and decides
  // what is reachable (no network by default). Without a resolver every
  // linked sheet is unreadable.
  std::function<std::optional<std::string>(std::string_view href)> resolve;
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

  // yes when every linked and imported style sheet was read and parsed
  // without loss; unknown otherwise, so that a rule may say cantTell.
  Tri complete() const;
  // The hrefs that could not be read, in document order.
  std::span<const std::string> unreadable() const;

 private:
  struct Impl;
  explicit Styles(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rampa::css
