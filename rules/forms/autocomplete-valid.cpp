// The autocomplete attribute of a form field follows HTML's autofill detail
// tokens, so browsers and assistive technologies know what the field asks
// for: they can fill it in, or show a familiar icon, for people with
// cognitive or motor disabilities who struggle to type the same details on
// every form. Implements ACT 73f2c2 (WCAG 1.3.5).
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "document/css_hints.hpp"
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

// HTML, "autofill detail tokens": the field names, as data. Contact fields
// are the ones a home/work/mobile/fax/pager token may qualify.
constexpr std::string_view kFieldNames[] = {
    "name", "honorific-prefix", "given-name", "additional-name", "family-name",
    "honorific-suffix", "nickname", "username", "new-password", "current-password",
    "one-time-code", "organization-title", "organization", "street-address",
    "address-line1", "address-line2", "address-line3", "address-level4",
    "address-level3", "address-level2", "address-level1", "country", "country-name",
    "postal-code", "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name",
    "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type",
    "transaction-currency", "transaction-amount", "language", "bday", "bday-day",
    "bday-month", "bday-year", "sex", "url", "photo"};
constexpr std::string_view kContactFieldNames[] = {
    "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local",
    "tel-local-prefix", "tel-local-suffix", "tel-extension", "email", "impp"};
constexpr std::string_view kContactKinds[] = {"home", "work", "mobile", "fax", "pager"};
constexpr std::string_view kAddressKinds[] = {"shipping", "billing"};

template <std::size_t N>
bool among(const std::string_view (&list)[N], std::string_view token) {
  return std::find(std::begin(list), std::end(list), token) != std::end(list);
}

bool is_field(std::string_view t) { return among(kFieldNames, t); }
bool is_contact_field(std::string_view t) { return among(kContactFieldNames, t); }
bool is_known_token(std::string_view t) {
  return is_field(t) || is_contact_field(t) || among(kContactKinds, t) || among(kAddressKinds, t) ||
         t.starts_with("section-") || t == "webauthn";
}

// Types whose value the user does not type, so autofill has nothing to do
// (ACT 73f2c2, "fixed value"); hidden inputs are never shown either.
bool fixed_value_type(const Node& e) {
  if (!e.is(tag::input)) return false;
  std::string type = ascii_lower(trim(e.attr(attr::type).value_or("")));
  static constexpr std::string_view kFixed[] = {
      "button", "checkbox", "file", "image", "radio", "reset", "submit", "hidden"};
  return among(kFixed, type);
}

Targets applicability(const Page& page) {
  Targets out;
  const Semantics& sem = page.semantics();
  for (const Node* e : page.document().elements()) {
    if (!(e->is(tag::input) || e->is(tag::select) || e->is(tag::textarea)) || e->in_template) continue;
    const Attribute* ac = e->attribute(attr::autocomplete);
    if (ac == nullptr || is_blank(ac->value)) continue;
    std::vector<std::string_view> tokens = split_spaces(ac->value);
    if (tokens.size() == 1) {
      std::string only = ascii_lower(tokens[0]);
      if (only == "on" || only == "off") continue;
    }
    const ElementSemantics& s = sem.of(*e);
    if (s.disabled) continue;
    if (auto d = e->attr(attr::aria_disabled); d && ascii_lower(trim(*d)) == "true") continue;
    if (fixed_value_type(*e)) continue;
    if (s.visible == Tri::no && s.hidden == Tri::yes) continue;
    // A field out of the tab order that is not a widget is not filled in by
    // anyone (role="none" on a focusable field is overridden, so still a widget).
    if (s.sequential_focus == Tri::no && !aria::is_a(s.role, "widget")) continue;
    out.push_back(*ac);
  }
  return out;
}

struct Problem {
  std::string_view message;  // empty when the value is valid
  MessageArgs args;
};

// HTML "autofill detail tokens", in order: [section-*] [shipping|billing]
// [home|work|mobile|fax|pager, before a contact field] field [webauthn].
Problem check(std::string_view value) {
  std::vector<std::string> tokens;
  for (std::string_view t : split_spaces(value)) tokens.push_back(ascii_lower(t));
  for (const std::string& t : tokens)
    if (!is_known_token(t)) return {"failed.unknown-token", {{"token", t}}};
  std::size_t i = 0;
  if (i < tokens.size() && tokens[i].starts_with("section-")) ++i;
  if (i < tokens.size() && among(kAddressKinds, tokens[i])) ++i;
  std::string contact;
  if (i < tokens.size() && among(kContactKinds, tokens[i])) contact = tokens[i++];
  if (i == tokens.size() || !(is_field(tokens[i]) || is_contact_field(tokens[i]))) {
    if (i == tokens.size()) return {"failed.missing-field", {}};
    return {"failed.misplaced-token", {{"token", tokens[i]}}};
  }
  if (!contact.empty() && !is_contact_field(tokens[i]))
    return {"failed.not-a-contact-field", {{"token", contact}, {"field", tokens[i]}}};
  ++i;
  if (i < tokens.size() && tokens[i] == "webauthn") ++i;
  if (i < tokens.size()) return {"failed.misplaced-token", {{"token", tokens[i]}}};
  return {};
}

void evaluate(const Target& ac, const Page&, Verdicts& out) {
  Problem p = check(ac.value());
  if (p.message.empty()) {
    out.pass(ac, "passed");
  } else if (inline_css_may_hide(ac.element(), CssHiding::removal)) {
    // A field hidden by its style is out of the rule's reach; until styles
    // are read we cannot say it is not.
    out.cant_tell(ac, "cant-tell.style");
  } else {
    out.fail(ac, p.message, std::move(p.args));
  }
}

}  // namespace

RAMPA_RULE(.id = "autocomplete-valid", .wcag = {"1.3.5"}, .act = {"73f2c2"},
           .impact = Impact::serious, .tags = {"forms"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/73f2c2/",
           .messages = {"passed", "failed.unknown-token", "failed.misplaced-token",
                        "failed.not-a-contact-field", "failed.missing-field", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
