// The text helpers declared in rules/rule.hpp.
#include "document/ascii.hpp"
#include "rule.hpp"

namespace rampa::rules {

bool is_unicode_blank(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    std::size_t len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) { cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu); len = 2; }
    else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      len = 3;
    } else {
      return false;
    }
    bool white = (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 ||
                 cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
                 cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    if (!white) return false;
    i += len;
  }
  return true;
}

std::string_view trim(std::string_view s) { return ascii::trim(s); }
std::string ascii_lower(std::string_view s) { return ascii::lower(s); }
std::vector<std::string_view> split_spaces(std::string_view s) { return ascii::split(s); }

}  // namespace rampa::rules
