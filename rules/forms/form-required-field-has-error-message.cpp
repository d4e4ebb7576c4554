// A required field left empty gets a message about that field, in the
// person's words ("Escriba su número de cédula"), not a library's generic one
// that names the data key in English ("must have required property 'cedula'"),
// so people can tell which field is missing and what to do (WCAG 3.3.1, 3.3.3).
#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (forms_text::is_filled_in(f) && f.required) out.emplace_back(form, f);
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  MessageArgs args{{"field", forms_text::field_name(f)}, {"key", f.key}};
  if (f.required_message.present()) {
    out.pass(t, "passed", std::move(args));
    return;
  }
  if (t.form->origin == forms::Origin::html) {
    // The browser's own message for a native `required` ("Completa este
    // campo") is shown at the field, in the person's language. With
    // aria-required only, a script writes the message, which markup does not
    // show, even when the browser validates the field's other constraints.
    const Attribute* declared = f.required_at.attribute;
    if (f.native_messages && declared != nullptr && declared->name == attr::required) {
      out.pass(t, "passed", std::move(args));
    } else {
      out.cant_tell(t, "cant-tell.script", std::move(args));
    }
    return;
  }
  // Reported where the field is declared required, next to which the message
  // is written in every format (errorMessage, requiredErrorText,
  // jr:requiredMsg, validate.customMessage).
  out.fail(Target(*t.form, f, &f.required_at), "failed.generic", std::move(args));
}

}  // namespace

RAMPA_RULE(.id = "form-required-field-has-error-message", .wcag = {"3.3.1", "3.3.3"}, .impact = Impact::moderate,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/error-identification.html",
           .messages = {"passed", "failed.generic", "cant-tell.script"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
