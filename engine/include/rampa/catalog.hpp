#pragma once
// Every sentence rampa shows a person, in en, es and pt. Immutable after
// construction; safe to share between threads.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/report.hpp"

namespace rampa {

class Catalog {
 public:
  // The catalog for a locale ("es", "pt-BR" and "es_MX.UTF-8" select es);
  // English when the locale is unknown.
  static const Catalog& get(std::string_view locale);
  static const std::vector<std::string>& locales();  // en, es, pt
  // The locale a POSIX environment asks for (LC_ALL, LC_MESSAGES, LANG), "en" if none.
  static std::string locale_from_environment();

  const std::string& locale() const noexcept { return locale_; }
  // The text for section.key with {name} placeholders filled; the key itself
  // wrapped in brackets when missing, so a gap shows without crashing.
  std::string format(std::string_view section, std::string_view key,
                     const MessageArgs& args = {}) const;
  bool has(std::string_view section, std::string_view key) const;
  // Every section and key, for the test that compares locales.
  const std::map<std::string, std::map<std::string, std::string>, std::less<>>& entries()
      const noexcept {
    return entries_;
  }

  explicit Catalog(std::string locale, std::string_view json);

 private:
  std::string locale_;
  std::map<std::string, std::map<std::string, std::string>, std::less<>> entries_;
};

}  // namespace rampa
