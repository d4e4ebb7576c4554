#pragma once
// BCP 47 language tags, as far as rules need them: is the primary subtag a
// registered language? Data from Debian's iso-codes (cmake/language_subtags.py).
#include <string>
#include <string_view>

namespace rampa {

// The primary language subtag, lower-cased: "es" for "es-419".
std::string primary_subtag(std::string_view tag);
// True when the primary subtag is registered in the IANA language subtag
// registry: "es-419" and "en-US-GB" are, "english", "eng" (en exists) and
// "i-lux" (grandfathered) are not.
bool known_primary_language(std::string_view tag);

}  // namespace rampa
