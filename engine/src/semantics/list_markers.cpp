#include "semantics/list_markers.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

#include "document/ascii.hpp"
#include "semantics/css/cascade.hpp"

namespace rampa {
namespace {

using css::ListStyleType;

constexpr int kLargest = 1'000'000'000;

// An integer attribute as HTML parses one ("rules for parsing integers"):
// leading spaces, a sign, digits; anything after them is ignored.
std::optional<int> integer_attribute(const Node& e, std::string_view name) {
  for (const Attribute& a : e.attributes()) {
    if (!ascii::equals_ignoring_case(a.spelling, name)) continue;
    std::string_view v = a.value;
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\f' ||
                          v.front() == '\r'))
      v.remove_prefix(1);
    if (!v.empty() && v.front() == '+') v.remove_prefix(1);
    int n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end == v.data()) return std::nullopt;
    // Bounded, so that counting on from it never overflows.
    return std::clamp(n, -kLargest, kLargest);
  }
  return std::nullopt;
}

bool has_attribute(const Node& e, std::string_view name) {
  for (const Attribute& a : e.attributes())
    if (ascii::equals_ignoring_case(a.spelling, name)) return true;
  return false;
}

bool is_list_item(const Node& n) { return n.is_element() && n.ns == Namespace::html && n.is(tag::li); }

std::string alphabetic(int n, char a) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>(a + (n - 1) % 26));
  return out;
}

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, std::string_view> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},   {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : kDigits)
    for (; n >= value; n -= value) out += digits;
  if (upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
  return out;
}

// CSS Counter Styles 3 §7: outside its range a style falls back to decimal.
std::string counter_text(ListStyleType type, int n) {
  switch (type) {
    case ListStyleType::decimal_leading_zero:
      if (n > -10 && n < 10) return (n < 0 ? "-0" : "0") + std::to_string(n < 0 ? -n : n);
      return std::to_string(n);
    case ListStyleType::lower_alpha: return n >= 1 ? alphabetic(n, 'a') : std::to_string(n);
    case ListStyleType::upper_alpha: return n >= 1 ? alphabetic(n, 'A') : std::to_string(n);
    case ListStyleType::lower_roman: return n >= 1 && n <= 3999 ? roman(n, false) : std::to_string(n);
    case ListStyleType::upper_roman: return n >= 1 && n <= 3999 ? roman(n, true) : std::to_string(n);
    default: return std::to_string(n);
  }
}

}  // namespace

// HTML §4.4.8: an ordered list counts from its start (or, reversed, down
// from the number of its items); an item's value sets its own number.
int ListMarkers::ordinal(const Node& li) {
  const Node* list = li.parent;
  const bool ol = list != nullptr && list->is(tag::ol);
  const bool reversed = ol && has_attribute(*list, "reversed");
  auto it = counted_.find(list);
  const Node* from = nullptr;
  int number = 0;
  if (it == counted_.end()) {
    int start = 1;
    if (std::optional<int> s = ol ? integer_attribute(*list, "start") : std::nullopt) {
      start = *s;
    } else if (reversed) {
      start = 0;
      for (const Node& c : list->children()) start += is_list_item(c);
    }
    number = start + (reversed ? 1 : -1);
    from = list->first_child;
    it = counted_.emplace(list, std::pair<const Node*, int>{nullptr, number}).first;
  } else {
    from = it->second.first->next_sibling;
    number = it->second.second;
  }
  for (const Node* c = from; c != nullptr; c = c->next_sibling) {
    if (!is_list_item(*c)) continue;
    if (std::optional<int> v = integer_attribute(*c, "value")) number = *v;
    else number += reversed ? -1 : 1;
    if (c == &li) break;
  }
  it->second = {&li, number};
  return number;
}

void ListMarkers::add(const Node& li, const css::Styles& styles) {
  const css::ComputedStyle& style = styles.of(li);
  ListMarker marker;
  if (!style.display || style.list_style_image != Tri::no || !style.list_style_type) {
    marker.certain = false;
    if (style.display && *style.display != css::Display::list_item) return;
  } else if (*style.display != css::Display::list_item || *style.list_style_type == ListStyleType::none) {
    return;
  } else {
    switch (*style.list_style_type) {
      case ListStyleType::disc: marker.text = "\u2022 "; break;
      case ListStyleType::circle: marker.text = "\u25e6 "; break;
      case ListStyleType::square: marker.text = "\u25aa "; break;
      case ListStyleType::other: marker.certain = false; break;
      default:
        if (li.parent == nullptr || !li.parent->is_element()) return;
        marker.text = counter_text(*style.list_style_type, ordinal(li)) + ". ";
    }
  }
  by_element_.emplace_back(li.element_index, std::move(marker));
}

const ListMarker* ListMarkers::of(const Node& element) const {
  auto it = std::lower_bound(by_element_.begin(), by_element_.end(), element.element_index,
                             [](const auto& m, std::uint32_t i) { return m.first < i; });
  return it != by_element_.end() && it->first == element.element_index ? &it->second : nullptr;
}

}  // namespace rampa
