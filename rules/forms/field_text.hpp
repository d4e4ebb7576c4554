#pragma once
// What the form rules of the forms stage share about a field: whether a person
// sees a label for it, and the words a message uses to name it.
#include <string>

#include "forms/form_model.hpp"

namespace rampa::rules::forms_text {

// A label the author wrote and the person sees next to the field: not one
// hidden from view, nor the raw key a renderer shows when no label was written.
inline bool has_visible_label(const forms::Field& f) {
  return f.label.present() && !f.label_hidden && !f.label_is_key;
}

// The author wrote no visible label, only a placeholder, which disappears as
// soon as the person types (form-label-not-placeholder-only's case).
inline bool placeholder_is_only_label(const forms::Field& f) {
  return !has_visible_label(f) && f.placeholder.present();
}

// How a message names the field: its label when there is one, else its key,
// which is what the author will search for in the definition.
inline std::string field_name(const forms::Field& f) {
  if (f.label.present() && !f.label_is_key) return std::string(f.label.any());
  if (!f.key.empty()) return f.key;
  return std::string(f.placeholder.any());
}

// Fields a person fills in: not hidden inputs, nor values the form fixes.
inline bool is_filled_in(const forms::Field& f) {
  return f.control != forms::Control::hidden && !f.read_only;
}

}  // namespace rampa::rules::forms_text
