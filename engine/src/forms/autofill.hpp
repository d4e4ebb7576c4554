#pragma once
// HTML's autofill detail tokens (the values of autocomplete) as data, shared
// by the ACT rule on HTML's autocomplete attribute and the form rules that
// judge a purpose declared in any form format.
#include <string>
#include <string_view>

#include "rampa/vocabulary.hpp"

namespace rampa::forms::autofill {

// A field name: "email", "given-name", "tel-national"...
bool is_field_name(std::string_view token) noexcept;
// A field name that home/work/mobile/fax/pager may qualify (tel*, email, impp).
bool is_contact_field(std::string_view token) noexcept;

// What is wrong with an autocomplete value, as one of autocomplete-valid's
// message ids ("failed.unknown-token"...) and its arguments; an empty
// message when the value is a valid token list. "on" and "off" are not
// token lists: callers decide what they mean.
struct Problem {
  std::string_view message;
  MessageArgs args;
};
Problem check(std::string_view value);

// The field name of a valid value, lower case ("email" for
// "section-a work email webauthn"); "" when the value is not valid.
std::string field_name(std::string_view value);

// The kind of data a field name asks for, so that variants of one datum
// compare equal: "tel-national" is "tel", "bday-month" is "bday",
// "new-password" is "current-password"'s kind.
std::string_view family(std::string_view field_name) noexcept;

}  // namespace rampa::forms::autofill
