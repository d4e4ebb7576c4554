// Every field a person sees has a label they can see, so everyone (not only
// screen reader users) knows what to enter, and the label stays there while
// they type. Judges HTML forms and form definitions alike through the
// FormModel (WCAG 3.3.2). A label that is hidden but tied to the field, or an
// aria-label, still names it, which is what 1.3.1 and 4.1.2 ask; a field
// with no name at all is form-field-has-name's finding (4.1.2).
#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

using forms_text::context_may_label;
using forms_text::has_visible_label;
using forms_text::placeholder_is_only_label;

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields) {
      if (f.control == forms::Control::hidden) continue;
      // A field whose only label is its placeholder is
      // form-label-not-placeholder-only's finding.
      if (placeholder_is_only_label(f)) continue;
      // An HTML field with no accessible name at all is the ACT rule
      // form-field-has-name's finding: one defect, one finding.
      if (form.origin == forms::Origin::html && !f.accessible_name.present()) continue;
      out.emplace_back(form, f);
    }
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  if (has_visible_label(f)) {
    out.pass(t, "passed", {{"field", std::string(f.label.any())}});
  } else if (f.label_is_key) {
    // The raw key is what people see: text beside it does not undo that.
    out.fail(Target(*t.form, f, f.label.source()), "failed.key", {{"field", f.key}, {"key", f.key}});
  } else if (context_may_label(*t.form, f)) {
    out.cant_tell(t, "cant-tell.text-nearby", {{"field", forms_text::field_name(f)}});
  } else if (f.label.present()) {
    out.fail(Target(*t.form, f, f.label.source()), "failed.hidden",
             {{"field", std::string(f.label.any())}});
  } else if (t.form->origin == forms::Origin::html) {
    // Applicability kept only named HTML fields: the name is an aria-label
    // or a title, which screen readers announce and nobody else sees.
    out.fail(t, "failed.name-only", {{"field", f.key}, {"name", std::string(f.accessible_name.any())}});
  } else {
    out.fail(t, "failed.none", {{"field", f.key}, {"control", std::string(forms::to_string(f.control))}});
  }
}

}  // namespace

RAMPA_RULE(.id = "form-field-has-label", .wcag = {"3.3.2"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html",
           .messages = {"passed", "failed.none", "failed.hidden", "failed.key", "failed.name-only",
                        "cant-tell.text-nearby"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
