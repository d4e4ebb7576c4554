// A required field says so where everyone can perceive it, and a mark people
// see reaches screen reader users too: an asterisk kept out of the field's
// name and not declared is never announced, and a required attribute with
// no visible cue (or only a red colour) leaves sighted people to find out
// from an error (WCAG 3.3.2, 1.3.1). An asterisk or "(obligatorio)" in the
// label is a visible cue and, being in the name, an announced one, with or
// without a required attribute (technique H90).
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

bool marks_optional_fields(const forms::FormModel& form) {
  for (const forms::Field& f : form.fields)
    if (forms::says_optional(f.label.any()) || forms::says_optional(f.hint.any())) return true;
  return false;
}

// A select always holds one of its options and a lone check box its
// unchecked state, so an optional one does not set required fields apart;
// nor does a password box left undeclared, which nobody takes for optional.
bool all_required(const forms::FormModel& form) {
  for (const forms::Field& f : form.fields)
    if (forms_text::is_filled_in(f) && !f.required && f.control != forms::Control::select &&
        f.control != forms::Control::checkbox && f.control != forms::Control::password)
      return false;
  return true;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::FormModel& form = *t.form;
  const forms::Field& f = *t.field;
  MessageArgs args{{"field", forms_text::field_name(f)}};
  if (!f.required) {
    // The label's mark is read out with the name, so everyone gets it.
    if (forms::says_required(f.accessible_name.any())) {
      out.pass(t, "passed.mark-in-name", std::move(args));
      return;
    }
    // Reported at the label: that is where the mark is, and next to it the
    // field must be declared required (or the mark put in its name).
    out.fail(Target(form, f, f.label.source()), "failed.not-declared", std::move(args));
    return;
  }
  // The label's own "*" is a visible cue even when a builder left the cue
  // unset.
  bool visible = f.marked_required || f.required_cue == RequiredCue::text ||
                 f.required_cue == RequiredCue::renderer;
  // One note for the whole form, or optional fields marked as such, tells
  // people which fields they must fill in without a mark on each.
  if (visible || form.required_note.present() || marks_optional_fields(form)) {
    out.pass(t, "passed", std::move(args));
    return;
  }
  const forms::Source* at = f.label.present() ? f.label.source() : &f.required_at;
  if (!forms_text::has_visible_label(f) && forms_text::context_may_label(form, f)) {
    // The text people read as its label is not tied to the field, so its
    // mark, if any, was not read either.
    out.cant_tell(Target(form, f, at), "cant-tell.label-not-tied", std::move(args));
  } else if (f.required_cue == RequiredCue::style_only) {
    // A class on the label may draw an asterisk from CSS (::after), which
    // people see, or only a colour, which not everyone does.
    out.cant_tell(Target(form, f, at), "cant-tell.style-cue", std::move(args));
  } else if (all_required(form)) {
    // Nothing tells required from optional when every field is required: a
    // login or a search needs no mark, and a note outside the form may say
    // it for a longer one.
    out.cant_tell(Target(form, f, at), "cant-tell.all-required", std::move(args));
  } else {
    out.fail(Target(form, f, at), "failed.no-cue", std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "form-required-field-indicated", .wcag = {"3.3.2", "1.3.1"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html",
           .messages = {"passed", "passed.mark-in-name", "failed.not-declared", "failed.no-cue", "cant-tell.style-cue",
                        "cant-tell.all-required", "cant-tell.label-not-tied"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
