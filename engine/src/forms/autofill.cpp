#include "forms/autofill.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "document/ascii.hpp"

namespace rampa::forms::autofill {
namespace {

// HTML, "autofill detail tokens". Contact fields are the ones a
// home/work/mobile/fax/pager token may qualify.
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

bool is_known_token(std::string_view t) {
  return is_field_name(t) || among(kContactKinds, t) || among(kAddressKinds, t) ||
         t.starts_with("section-") || t == "webauthn";
}

// Where the field name is in a valid list, or the problem.
struct Parsed {
  Problem problem;
  std::string field;
};

// HTML "autofill detail tokens", in order: [section-*] [shipping|billing]
// [home|work|mobile|fax|pager, before a contact field] field [webauthn].
Parsed parse(std::string_view value) {
  std::vector<std::string> tokens;
  for (std::string_view t : ascii::split(value)) tokens.push_back(ascii::lower(t));
  for (const std::string& t : tokens)
    if (!is_known_token(t)) return {{"failed.unknown-token", {{"token", t}}}, {}};
  std::size_t i = 0;
  if (i < tokens.size() && tokens[i].starts_with("section-")) ++i;
  if (i < tokens.size() && among(kAddressKinds, tokens[i])) ++i;
  std::string contact;
  if (i < tokens.size() && among(kContactKinds, tokens[i])) contact = tokens[i++];
  if (i == tokens.size()) return {{"failed.missing-field", {}}, {}};
  if (!is_field_name(tokens[i])) return {{"failed.misplaced-token", {{"token", tokens[i]}}}, {}};
  if (!contact.empty() && !is_contact_field(tokens[i]))
    return {{"failed.not-a-contact-field", {{"token", contact}, {"field", tokens[i]}}}, {}};
  std::string field = tokens[i++];
  if (i < tokens.size() && tokens[i] == "webauthn") ++i;
  if (i < tokens.size()) return {{"failed.misplaced-token", {{"token", tokens[i]}}}, {}};
  return {{}, field};
}

}  // namespace

bool is_field_name(std::string_view token) noexcept {
  return among(kFieldNames, token) || among(kContactFieldNames, token);
}

bool is_contact_field(std::string_view token) noexcept { return among(kContactFieldNames, token); }

Problem check(std::string_view value) { return parse(value).problem; }

std::string field_name(std::string_view value) { return parse(value).field; }

std::string_view family(std::string_view f) noexcept {
  if (f.starts_with("tel")) return "tel";
  if (f.starts_with("bday")) return "bday";
  if (f == "new-password" || f == "current-password") return "password";
  if (f == "street-address" || f.starts_with("address-line")) return "street-address";
  if (f == "country" || f == "country-name") return "country";
  if (f.starts_with("cc-exp")) return "cc-exp";
  return f;
}

}  // namespace rampa::forms::autofill
