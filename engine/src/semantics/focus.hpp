#pragma once
// Focus as HTML defines it, from markup alone. Rendering (display:none,
// visibility) and inertness are the Semantics stage's to add.
#include <optional>
#include <string_view>

#include "document/document.hpp"

namespace rampa {

// HTML "rules for parsing integers": leading whitespace, optional sign,
// digits; anything after the digits is ignored. Nothing when invalid.
std::optional<int> parse_tabindex(std::string_view value);

// Focusable by its kind alone (HTML "focusable area"): links and areas with
// href, enabled form controls except hidden inputs, iframes, the summary of a
// details, media with controls, editing hosts, or any valid tabindex.
// `disabled` is HTML's "actually disabled" for the element.
bool focusable_by_markup(const Node& element, bool disabled);

// Form controls that can be disabled, and so are by a disabled fieldset.
bool is_disableable(const Node& element);

// Whether a disabled fieldset disables its descendants reached through
// `child`: all but those in its first legend.
bool fieldset_disables(const Node& fieldset, const Node& child);

}  // namespace rampa
