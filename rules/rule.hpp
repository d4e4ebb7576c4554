#pragma once
// The rule authoring API (not public). A rule is a file in rules/<topic>/
// with an applicability function, an evaluate function and one RAMPA_RULE
// line; see ../CONTRIBUTING.md.
#include <string>
#include <string_view>
#include <vector>

#include "audit/page.hpp"
#include "audit/registry.hpp"
#include "audit/verdicts.hpp"
#include "document/ascii.hpp"
#include "document/document.hpp"
#include "document/names.hpp"
#include "forms/form_model.hpp"
#include "language/language_tags.hpp"
#include "rampa/vocabulary.hpp"

namespace rampa::rules {

// Names: tag::x and attr::x are the names engine/src/document/names.def
// lists. A rule about any other element or attribute asks the page for it by
// its spelling, in the evaluation itself (no statics: rules keep no state),
//   Name marquee = page.document().find_name("marquee");
//   for (const Node* el : page.document().elements_named(marquee)) ...
// in O(1); a name the page never uses is an invalid Name that matches nothing,
// so elements_named() is empty and Node::is() false. No names.def edit, so
// adding a rule rebuilds that rule only.

// -- small helpers every rule needs ------------------------------------------

// HTML's ASCII whitespace.
using ascii::is_space;
inline bool is_blank(std::string_view s) { return ascii::blank(s); }
// True when the text has nothing but Unicode White_Space (ACT's
// "whitespace", which includes no-break spaces).
bool is_unicode_blank(std::string_view utf8);
std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
std::vector<std::string_view> split_spaces(std::string_view s);

}  // namespace rampa::rules
