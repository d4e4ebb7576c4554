// A field is not labelled by its placeholder alone: the placeholder vanishes
// as soon as the person types, so people with memory or attention
// difficulties lose what the field asks for, and its pale text is often too
// faint to read (WCAG 3.3.2, 1.3.1).
#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

using forms_text::has_visible_label;

// Only fields with a placeholder: a field with no label and no placeholder is
// form-field-has-label's. A read-only field is not typed into, so its
// placeholder never gives way to what the person types.
Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (forms_text::is_filled_in(f) && f.placeholder.present()) out.emplace_back(form, f);
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  if (has_visible_label(f)) {
    out.pass(t, "passed", {{"field", std::string(f.label.any())}});
    return;
  }
  // A question written above the box, or a search button after it, stays
  // while the person types and may say what the field is for (WCAG
  // technique G167).
  if (forms_text::context_may_label(*t.form, f)) {
    out.cant_tell(t, "cant-tell.text-nearby", {{"field", forms_text::field_name(f)},
                                               {"placeholder", std::string(f.placeholder.any())}});
    return;
  }
  // Reported at the placeholder: its text is what should become the label.
  out.fail(Target(*t.form, f, f.placeholder.source()), "failed.placeholder-only",
           {{"field", f.key}, {"placeholder", std::string(f.placeholder.any())}});
}

}  // namespace

RAMPA_RULE(.id = "form-label-not-placeholder-only", .wcag = {"3.3.2", "1.3.1"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html",
           .messages = {"passed", "failed.placeholder-only", "cant-tell.text-nearby"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
