#include "semantics/focus.hpp"

#include "document/ascii.hpp"

namespace rampa {

namespace {

using ascii::is_space;
constexpr auto ieq = ascii::equals_ignoring_case;

bool is_form_control(const Node& e) {
  return e.is(tag::button) || e.is(tag::input) || e.is(tag::select) || e.is(tag::textarea) ||
         e.is(tag::fieldset) || e.is(tag::optgroup) || e.is(tag::option);
}

bool is_summary_of_details(const Node& e) {
  if (!e.is(tag::summary) || e.parent == nullptr || !e.parent->is(tag::details)) return false;
  for (const Node& c : e.parent->children())
    if (c.is(tag::summary)) return &c == &e;
  return false;
}

bool editing_host(const Node& e) {
  auto v = e.attr(attr::contenteditable);
  if (!v) return false;
  return v->empty() || ieq(*v, "true") || ieq(*v, "plaintext-only");
}

}  // namespace

std::optional<int> parse_tabindex(std::string_view v) {
  std::size_t i = 0;
  while (i < v.size() && is_space(v[i])) ++i;
  bool negative = false;
  if (i < v.size() && (v[i] == '-' || v[i] == '+')) negative = v[i++] == '-';
  if (i >= v.size() || v[i] < '0' || v[i] > '9') return std::nullopt;
  long long n = 0;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') {
    n = n * 10 + (v[i++] - '0');
    if (n > 2147483647LL) n = 2147483647LL;
  }
  return static_cast<int>(negative ? -n : n);
}

bool focusable_by_markup(const Node& e, bool disabled) {
  if (!e.is_element() || e.in_template) return false;
  if (disabled) return false;
  if (auto t = e.attr(attr::tabindex); t && parse_tabindex(*t)) return true;
  if (e.ns != Namespace::html) return false;
  if ((e.is(tag::a) || e.is(tag::area)) && e.has(attr::href)) return true;
  if (e.is(tag::input)) {
    auto type = e.attr(attr::type);
    return !(type && ieq(*type, "hidden"));
  }
  if (e.is(tag::button) || e.is(tag::select) || e.is(tag::textarea) || e.is(tag::iframe)) return true;
  if ((e.is(tag::audio) || e.is(tag::video)) && e.has(attr::controls)) return true;
  if (is_summary_of_details(e)) return true;
  return editing_host(e);
}

bool is_disableable(const Node& e) { return e.ns == Namespace::html && is_form_control(e); }

bool fieldset_disables(const Node& fieldset, const Node& child) {
  if (!fieldset.is(tag::fieldset) || !fieldset.has(attr::disabled)) return false;
  for (const Node& c : fieldset.children())
    if (c.is(tag::legend)) return &c != &child;
  return true;
}

}  // namespace rampa
