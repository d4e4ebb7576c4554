// The viewport meta element lets people zoom: people with low vision enlarge
// text to 200% and more on phones, and user-scalable=no or a maximum-scale
// below 2 stops them. Implements ACT b4f0c3 (WCAG 1.4.4).
#include <optional>
#include <string>

#include "rule.hpp"

namespace rampa::rules {
namespace {

struct ViewportProperty {
  std::string name;
  std::string value;
};

// The content attribute as a list of name=value pairs, separated by commas,
// semicolons or whitespace, with optional spaces around "=".
std::vector<ViewportProperty> parse_viewport(std::string_view content) {
  std::vector<ViewportProperty> props;
  auto separator = [](char c) { return c == ',' || c == ';' || is_space(c); };
  std::size_t i = 0;
  while (i < content.size()) {
    while (i < content.size() && (separator(content[i]) || content[i] == '=')) ++i;
    std::size_t b = i;
    while (i < content.size() && !separator(content[i]) && content[i] != '=') ++i;
    std::string name = ascii_lower(content.substr(b, i - b));
    while (i < content.size() && is_space(content[i])) ++i;
    std::string value;
    if (i < content.size() && content[i] == '=') {
      ++i;
      while (i < content.size() && is_space(content[i])) ++i;
      std::size_t v = i;
      while (i < content.size() && !separator(content[i]) && content[i] != '=') ++i;
      value = ascii_lower(content.substr(v, i - v));
    }
    if (!name.empty()) props.push_back({std::move(name), std::move(value)});
  }
  return props;
}

// CSS Device Adaptation's translation of viewport values to numbers.
double viewport_number(const std::string& v) {
  if (v == "yes") return 1;
  if (v == "no") return 0;
  if (v == "device-width" || v == "device-height") return 10;
  // A leading decimal number, as "1.5" in "1.5x"; strtod would also take
  // "nan", "inf" and hex, which browsers read as no number at all (0).
  std::size_t i = 0;
  double sign = 1;
  if (i < v.size() && (v[i] == '-' || v[i] == '+')) sign = v[i++] == '-' ? -1 : 1;
  double n = 0;
  bool any = false;
  for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i, any = true) n = n * 10 + (v[i] - '0');
  if (i < v.size() && v[i] == '.') {
    double scale = 0.1;
    for (++i; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i, scale /= 10, any = true) n += (v[i] - '0') * scale;
  }
  return any ? sign * n : 0;
}

std::optional<std::string> property(const std::vector<ViewportProperty>& props, std::string_view name) {
  std::optional<std::string> found;
  for (const auto& p : props)
    if (p.name == name) found = p.value;  // the last one wins
  return found;
}

Targets applicability(const Page& page) {
  Targets targets;
  for (const Node* e : page.document().elements_named(tag::meta)) {
    if (!e->is(tag::meta) || e->in_template) continue;
    auto name = e->attr(attr::name);
    if (!name || ascii_lower(trim(*name)) != "viewport") continue;
    const Attribute* content = e->attribute(attr::content);
    if (content == nullptr) continue;
    auto props = parse_viewport(content->value);
    if (property(props, "user-scalable") || property(props, "maximum-scale")) targets.push_back(*content);
  }
  return targets;
}

void evaluate(const Target& content, const Page&, Verdicts& out) {
  auto props = parse_viewport(content.value());
  if (auto scalable = property(props, "user-scalable")) {
    double v = viewport_number(*scalable);
    if (v > -1 && v < 1) {
      out.fail(content, "failed.user-scalable", {{"value", *scalable}});
      return;
    }
  }
  if (auto max = property(props, "maximum-scale")) {
    double v = viewport_number(*max);
    // A negative maximum-scale is ignored by browsers.
    if (v >= 0 && v < 2) {
      out.fail(content, "failed.maximum-scale", {{"value", *max}});
      return;
    }
  }
  out.pass(content, "passed");
}

}  // namespace

RAMPA_RULE(.id = "meta-viewport-allows-zoom", .wcag = {"1.4.4"}, .act = {"b4f0c3"},
           .impact = Impact::critical, .tags = {"document", "zoom"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/b4f0c3/",
           .messages = {"passed", "failed.user-scalable", "failed.maximum-scale"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
