#pragma once
// What form rules say about a field in their messages, and where a field
// was written, whatever the format.
#include <cstdint>
#include <string>

#include "rule.hpp"

namespace rampa::rules {

// The field as the person fixing the form knows it: its label, else its key.
inline std::string field_display_name(const forms::Field& f) {
  if (f.label.present() && !f.label_is_key) return std::string(trim(f.label.any()));
  return f.key;
}

// The line a field starts on, for messages that send the reader to another
// field ("first asked on line 12"); 0 when unknown.
inline std::uint32_t field_line(const forms::Field& f) {
  if (f.at.pos.line != 0) return f.at.pos.line;
  return f.at.node != nullptr ? f.at.node->pos.line : 0;
}

}  // namespace rampa::rules
