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

// Something people see may say what the field asks for without being its
// label: text written right beside it, or the shown caption of its group
// when no field of the group has a label of its own ("Teléfono móvil" over
// a code box and a number box). A caption over labelled fields heads a
// section ("Perfil"); it names none of them. Whether the text does label
// the field is for a person to judge.
inline bool context_may_label(const forms::FormModel& form, const forms::Field& f) {
  if (f.text_nearby) return true;
  if (f.group < 0 || static_cast<std::size_t>(f.group) >= form.groups.size()) return false;
  const forms::Group& group = form.groups[static_cast<std::size_t>(f.group)];
  if (!group.label.present() || group.label_hidden) return false;
  for (const forms::Field& other : form.fields)
    if (other.group == f.group && has_visible_label(other)) return false;
  return true;
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
