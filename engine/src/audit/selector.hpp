#pragma once
// Unique CSS selectors for findings: "#id" when the id is unique and safe,
// else the shortest child path from the nearest such ancestor (or the root).
#include <string>
#include <vector>

#include "document/document.hpp"

namespace rampa {

class SelectorBuilder {
 public:
  explicit SelectorBuilder(const Document& doc) : doc_(doc) {}
  std::string selector(const Node& element) const;

 private:
  std::uint32_t nth_of_type(const Node& element) const;

  const Document& doc_;
  // Per element: its 1-based index among same-named siblings, 0 when it is
  // the only one (no :nth-of-type needed). Siblings are counted the first
  // time a selector passes through one of them, so a page with a handful of
  // findings does not count every element's siblings.
  mutable std::vector<std::uint32_t> nth_of_type_;
  mutable std::vector<bool> siblings_counted_;  // per parent element
};

// id as a CSS identifier (CSS.escape), so "#1a" becomes "#\31 a".
std::string css_escape_identifier(std::string_view id);

}  // namespace rampa
