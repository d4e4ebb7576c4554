#include "audit/selector.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace rampa {

std::string css_escape_identifier(std::string_view id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(id[i]);
    bool digit = c >= '0' && c <= '9';
    if (c == 0) {
      out += "\xEF\xBF\xBD";
    } else if ((c >= 0x01 && c <= 0x1F) || c == 0x7F || (i == 0 && digit) ||
               (i == 1 && digit && id[0] == '-')) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%x ", c);
      out += buf;
    } else if (i == 0 && c == '-' && id.size() == 1) {
      out += "\\-";
    } else if (c >= 0x80 || c == '-' || c == '_' || digit || (c >= 'a' && c <= 'z') ||
               (c >= 'A' && c <= 'Z')) {
      out += static_cast<char>(c);
    } else {
      out += '\\';
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::uint32_t SelectorBuilder::nth_of_type(const Node& element) const {
  const Node& parent = *element.parent;
  if (nth_of_type_.empty()) {
    nth_of_type_.assign(doc_.elements().size(), 0);
    siblings_counted_.assign(doc_.elements().size(), false);
  }
  if (!siblings_counted_[parent.element_index]) {
    siblings_counted_[parent.element_index] = true;
    std::unordered_map<std::uint64_t, std::uint32_t> counts;  // (namespace, name) -> count
    auto key = [](const Node& n) { return (std::uint64_t{static_cast<std::uint8_t>(n.ns)} << 32) | n.name.id; };
    for (const Node& c : parent.children())
      if (c.is_element()) nth_of_type_[c.element_index] = ++counts[key(c)];
    for (const Node& c : parent.children())
      if (c.is_element() && counts[key(c)] == 1) nth_of_type_[c.element_index] = 0;
  }
  return nth_of_type_[element.element_index];
}

std::string SelectorBuilder::selector(const Node& element) const {
  std::vector<std::string> parts;
  const Node* n = &element;
  while (n != nullptr && n->is_element()) {
    if (const Attribute* id = n->attribute(attr::id); id != nullptr && !id->value.empty() &&
                                                       doc_.same_id(*id).size() == 1) {
      parts.push_back("#" + css_escape_identifier(id->value));
      break;
    }
    std::string part(n->spelling);
    if (n->parent == nullptr || !n->parent->is_element()) {
      parts.push_back(part);  // the root: its name alone is unique
      break;
    }
    if (std::uint32_t k = nth_of_type(*n); k != 0)
      part += ":nth-of-type(" + std::to_string(k) + ")";
    parts.push_back(std::move(part));
    n = n->parent;
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!out.empty()) out += " > ";
    out += *it;
  }
  return out;
}

}  // namespace rampa
