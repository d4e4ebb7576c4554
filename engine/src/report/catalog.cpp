#include "rampa/catalog.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <span>
#include <stdexcept>

namespace rampa::generated {
std::span<const std::pair<std::string_view, std::string_view>> catalogs();
}

namespace rampa {

namespace {

std::string base_locale(std::string_view locale) {
  std::string l(locale.substr(0, locale.find_first_of("-_.@")));
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l;
}

// The embedded catalogs, parsed on first use; immutable afterwards.
const std::vector<Catalog>& all_catalogs() {
  static const std::vector<Catalog> catalogs = [] {
    std::vector<Catalog> v;
    for (const auto& [locale, json] : generated::catalogs()) v.emplace_back(std::string(locale), json);
    return v;
  }();
  return catalogs;
}

}  // namespace

Catalog::Catalog(std::string locale, std::string_view json) : locale_(std::move(locale)) {
  auto doc = nlohmann::json::parse(json);
  for (const auto& [section, keys] : doc.items()) {
    auto& target = entries_[section];
    for (const auto& [key, text] : keys.items())
      if (text.is_string()) target[key] = text.get<std::string>();
  }
}

const Catalog& Catalog::get(std::string_view locale) {
  const auto& all = all_catalogs();
  std::string want = base_locale(locale);
  for (const Catalog& c : all)
    if (c.locale() == want) return c;
  for (const Catalog& c : all)
    if (c.locale() == "en") return c;
  return all.front();
}

const std::vector<std::string>& Catalog::locales() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const Catalog& c : all_catalogs()) v.push_back(c.locale());
    return v;
  }();
  return names;
}

std::string Catalog::locale_from_environment() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v == nullptr || *v == '\0') continue;
    std::string l = base_locale(v);
    for (const auto& known : locales())
      if (known == l) return l;
    return "en";  // the first variable set decides, as in POSIX
  }
  return "en";
}

bool Catalog::has(std::string_view section, std::string_view key) const {
  auto s = entries_.find(section);
  return s != entries_.end() && s->second.count(std::string(key)) > 0;
}

std::string Catalog::format(std::string_view section, std::string_view key,
                            const MessageArgs& args) const {
  auto s = entries_.find(section);
  const std::string* text = nullptr;
  if (s != entries_.end()) {
    auto k = s->second.find(std::string(key));
    if (k != s->second.end()) text = &k->second;
  }
  if (text == nullptr) return "[" + std::string(section) + "." + std::string(key) + "]";
  std::string out;
  out.reserve(text->size() + 32);
  for (std::size_t i = 0; i < text->size(); ++i) {
    char c = (*text)[i];
    if (c == '{') {
      auto close = text->find('}', i);
      if (close != std::string::npos) {
        std::string_view name(text->data() + i + 1, close - i - 1);
        bool found = false;
        for (const auto& [k, v] : args)
          if (k == name) {
            out += v;
            found = true;
            break;
          }
        if (found) {
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace rampa
