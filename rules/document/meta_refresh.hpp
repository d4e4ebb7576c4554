#pragma once
// The effective <meta http-equiv=refresh> of a page, shared by the two
// refresh-delay rules (one with the 20-hour exception, one without).
#include <optional>

#include "rule.hpp"

namespace rampa::rules {

struct Delay {
  double seconds;
  std::string_view digits;  // the whole seconds as written, for messages ("0" when none)
};

struct Refresh {
  const Node* meta;
  Delay delay;
};

// HTML "shared declarative refresh steps": the delay, or nothing when the
// content is not a valid refresh ("+5", "-1", "0: url", "foo" are not).
inline std::optional<Delay> refresh_delay(std::string_view content) {
  std::size_t i = 0;
  while (i < content.size() && is_space(content[i])) ++i;
  std::size_t digits = i;
  double seconds = 0;
  while (i < content.size() && content[i] >= '0' && content[i] <= '9') {
    seconds = seconds * 10 + (content[i] - '0');
    ++i;
  }
  if (i == digits && (i >= content.size() || content[i] != '.')) return std::nullopt;
  std::string_view written = i == digits ? std::string_view("0") : content.substr(digits, i - digits);
  // Fractions are allowed and ignored.
  while (i < content.size() && ((content[i] >= '0' && content[i] <= '9') || content[i] == '.')) ++i;
  if (i < content.size() && content[i] != ';' && content[i] != ',' && !is_space(content[i]))
    return std::nullopt;
  return Delay{seconds, written};
}

// Browsers act on the first meta refresh whose content is valid; later ones,
// and invalid ones, do nothing.
inline std::optional<Refresh> effective_refresh(const Document& doc) {
  for (const Node* e : doc.elements_named(tag::meta)) {
    if (!e->is(tag::meta) || e->in_template) continue;
    auto equiv = e->attr(attr::http_equiv);
    if (!equiv || ascii_lower(trim(*equiv)) != "refresh") continue;
    auto content = e->attr(attr::content);
    if (!content) continue;
    if (auto delay = refresh_delay(*content)) return Refresh{e, *delay};
  }
  return std::nullopt;
}

}  // namespace rampa::rules
