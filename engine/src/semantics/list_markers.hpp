#pragma once
// The marker of each list item (CSS Lists 3), which accname 1.2 reads at
// the start of the item's text in a name from content, as browsers do: "2. "
// for the second item of an ordered list, "• " for a bulleted one.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "document/document.hpp"

namespace rampa::css {
class Styles;
}

namespace rampa {

struct ListMarker {
  std::string text;  // with the space after it; empty for list-style-type: none
  // false: the marker's text could not be decided (an unknown style, a
  // counter style or image this checker does not draw).
  bool certain = true;
};

class ListMarkers {
 public:
  ListMarkers() = default;
  // For the list items `wanted` says (by element index); linear in the
  // page's list items. With no cascade, no item is known to show a marker.
  template <typename Wanted>
  static ListMarkers compute(const Document& doc, const css::Styles* styles, Wanted wanted) {
    ListMarkers out;
    if (styles == nullptr) return out;
    for (const Node* li : doc.elements_named(tag::li))
      if (li->is(tag::li) && li->ns == Namespace::html && wanted(li->element_index)) out.add(*li, *styles);
    return out;
  }

  // nullptr when the element is not a list item with a marker.
  const ListMarker* of(const Node& element) const;

 private:
  void add(const Node& li, const css::Styles& styles);
  int ordinal(const Node& li);

  std::vector<std::pair<std::uint32_t, ListMarker>> by_element_;  // by element index
  // Per list: the last item numbered and its number, so that numbering a
  // list's items in tree order walks each list once.
  std::unordered_map<const Node*, std::pair<const Node*, int>> counted_;
};

}  // namespace rampa
