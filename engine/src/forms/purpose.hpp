#pragma once
// What rules may ask of purpose inference beyond Field::inferred.
#include "forms/form_model.hpp"

namespace rampa::forms {

// Whether the field evidently asks for no datum of the person filling the
// form in: a search or filter box, or a field whose words, group or section
// name another person ("Teléfono del cónyuge", a fieldset "Referencia").
// WCAG 1.3.5 covers only the person's own data. A company's data still
// counts as the person's: it may be their work contact, which HTML's
// autofill names "work".
bool not_about_the_user(const Field& f, const FormModel& form);

}  // namespace rampa::forms
