// Every rule a field's value must follow comes with a message saying how to
// fix the value ("Escriba los 8 dígitos, sin puntos"), not "invalid value" or
// the raw pattern, so people who got it wrong can correct it without
// guessing (WCAG 3.3.3, 3.3.1).
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

using forms::ConstraintKind;
using forms::Origin;

// Types, and dates and times from a picker, cannot be entered wrong with the
// control the renderer draws (a number box, a date picker), so their message
// is never seen.
bool can_be_broken(const forms::Constraint& c) {
  if (c.kind == ConstraintKind::type) return false;
  if (c.kind == ConstraintKind::format) {
    std::string f = ascii_lower(trim(c.value));
    for (std::string_view picker : {"date", "time", "date-time", "datetime-local", "month", "week"})
      if (f == picker) return false;
  }
  return true;
}

// Whether only the form's author can say how to match it: a pattern, a mask
// or a custom check shows the person, at best, "invalid" or the expression.
bool opaque(ConstraintKind k) {
  return k == ConstraintKind::pattern || k == ConstraintKind::input_mask || k == ConstraintKind::custom;
}

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields) {
      if (!forms_text::is_filled_in(f)) continue;
      for (const forms::Constraint& c : f.constraints)
        if (can_be_broken(c)) {
          out.emplace_back(form, f);
          break;
        }
    }
  return out;
}

// What a person sees for a length, bound or format with no message of its
// own, per format, from what each renderer ships:
// - HTML: the browser's message states the bound ("at least 8 characters")
//   in the person's language, but only when the browser validates; with
//   novalidate a script writes the messages, which markup does not show.
// - SurveyJS ships its default messages translated (es and pt among them),
//   with the bound in them.
// - react-jsonschema-form shows ajv's English default ("must NOT have fewer
//   than 8 characters"); Form.io its English one; ODK Collect and Enketo a
//   generic "this response is invalid". None says how to fix it to a
//   Spanish- or Portuguese-speaking person.
enum class Default { states_fix, generic, script };

Default default_for_bounds(const forms::FormModel& form, const forms::Field& f) {
  switch (form.origin) {
    case Origin::html: return f.native_messages ? Default::states_fix : Default::script;
    case Origin::surveyjs: return Default::states_fix;
    case Origin::json_schema:
    case Origin::formio:
    case Origin::xforms: return Default::generic;
  }
  return Default::generic;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  // One written rule may give several constraints (an XForms constraint
  // holding a regex() is both custom and a pattern); it takes one message,
  // so it gets one verdict.
  std::set<std::tuple<std::string_view, std::uint32_t, std::uint32_t, const void*, const void*>> seen;
  for (const forms::Constraint& c : f.constraints) {
    if (!can_be_broken(c)) continue;
    if (c.at.known() && !seen.emplace(c.at.path, c.at.pos.line, c.at.pos.column, c.at.node, c.at.attribute).second) continue;
    Target at(*t.form, f, &c.at);
    MessageArgs args{{"field", forms_text::field_name(f)},
                     {"constraint", std::string(forms::to_string(c.kind))},
                     {"value", c.value}};
    if (c.message.present()) {
      out.pass(at, "passed", std::move(args));
      continue;
    }
    // No library can explain a pattern or a custom check: the browser says
    // "match the requested format", ajv and Form.io print the expression.
    if (opaque(c.kind)) {
      out.fail(at, "failed.no-message", std::move(args));
      continue;
    }
    switch (default_for_bounds(*t.form, f)) {
      case Default::states_fix: out.pass(at, "passed", std::move(args)); break;
      case Default::generic: out.fail(at, "failed.generic", std::move(args)); break;
      case Default::script: out.cant_tell(at, "cant-tell.script", std::move(args)); break;
    }
  }
}

}  // namespace

RAMPA_RULE(.id = "form-constraint-has-message", .wcag = {"3.3.3", "3.3.1"}, .impact = Impact::moderate,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/error-suggestion.html",
           .messages = {"passed", "failed.no-message", "failed.generic", "cant-tell.script"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
