#include "language/language_tags.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace rampa::generated {
std::span<const std::string_view> language_subtags();  // sorted
}

namespace rampa {

std::string primary_subtag(std::string_view tag) {
  auto trimmed_begin = tag.find_first_not_of(" \t\n\r\f");
  if (trimmed_begin == std::string_view::npos) return {};
  tag = tag.substr(trimmed_begin);
  tag = tag.substr(0, tag.find_last_not_of(" \t\n\r\f") + 1);
  std::string p(tag.substr(0, tag.find('-')));
  for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return p;
}

bool known_primary_language(std::string_view tag) {
  std::string p = primary_subtag(tag);
  if (p.size() < 2 || p.size() > 3) return false;
  if (!std::all_of(p.begin(), p.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  auto table = generated::language_subtags();
  return std::binary_search(table.begin(), table.end(), std::string_view(p));
}

}  // namespace rampa
