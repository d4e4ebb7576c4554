// A required field says so where everyone can perceive it, and what the label
// says matches what the form enforces: an asterisk the form does not declare
// is never announced by a screen reader, and a required attribute with no
// visible cue (or only a red colour) leaves sighted people to find out from
// an error (WCAG 3.3.2, 1.3.1).
#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

using forms::RequiredCue;

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (forms_text::is_filled_in(f) && (f.required || f.marked_required)) out.emplace_back(form, f);
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  MessageArgs args{{"field", forms_text::field_name(f)}};
  if (!f.required) {
    // Reported at the label: that is where the mark is, and next to it the
    // field must be declared required (or the mark removed).
    out.fail(Target(*t.form, f, f.label.source()), "failed.not-declared", std::move(args));
    return;
  }
  // The label's own "*" is a visible cue even when a builder left the cue
  // unset; a class or colour alone is not (nothing is read out, and
  // colour-blind people miss it).
  bool visible = f.marked_required || f.required_cue == RequiredCue::text ||
                 f.required_cue == RequiredCue::renderer;
  if (visible) {
    out.pass(t, "passed", std::move(args));
  } else {
    out.fail(Target(*t.form, f, f.label.present() ? f.label.source() : &f.required_at), "failed.no-cue",
             std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "form-required-field-indicated", .wcag = {"3.3.2", "1.3.1"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html",
           .messages = {"passed", "failed.not-declared", "failed.no-cue"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
