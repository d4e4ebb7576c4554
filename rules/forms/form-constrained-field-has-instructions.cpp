// A field whose value must follow a rule people cannot guess (a pattern, an
// input mask, a custom check, a minimum length) says so before they type: a
// hint, or a label giving the format or an example. Otherwise people learn
// the rule only from an error, by trial and error, which costs most for those
// with cognitive disabilities or using a screen reader (WCAG 3.3.2).
#include <string>
#include <string_view>

#include "forms/field_text.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

using forms::ConstraintKind;

// Formats every person knows how to write (an e-mail, a web address), or that
// a native date or time picker fills in for them.
bool self_evident_format(std::string_view format) {
  std::string f = ascii_lower(trim(format));
  for (std::string_view known : {"email", "idn-email", "uri", "url", "iri", "date", "time", "date-time",
                                 "datetime", "datetime-local", "month", "week"})
    if (f == known) return true;
  return false;
}

// A date that must not be in the future (or in the past), written as one
// comparison of the field with today: ". <= today()" in XForms, "{fecha} <
// today()" in SurveyJS. A date of birth before today needs no instructions;
// anything more ("18 years ago", a second condition) does.
bool compares_date_with_today(const forms::Field& f, const forms::Constraint& c) {
  if (f.control != forms::Control::date) return false;
  std::string v = ascii_lower(trim(c.value));
  std::string rest;
  for (std::string_view today : {"today()", "now()"})
    if (auto at = v.find(today); at != std::string::npos) {
      rest = v.substr(0, at) + " " + v.substr(at + today.size());
      break;
    }
  if (rest.empty()) return false;
  // What is left: one reference to the field and one comparison.
  std::string_view r = trim(rest);
  int comparisons = 0;
  std::string reference;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const char ch = r[i];
    if (ch == '<' || ch == '>' || ch == '=' || ch == '!') {
      if (i == 0 || !(r[i - 1] == '<' || r[i - 1] == '>' || r[i - 1] == '=' || r[i - 1] == '!')) ++comparisons;
    } else if (ch != ' ') {
      reference += ch;
    }
  }
  if (comparisons != 1) return false;
  if (reference == ".") return true;
  if (reference.size() > 2 && reference.front() == '{' && reference.back() == '}')  // SurveyJS
    return reference.find_first_of("{}()", 1) == reference.size() - 1;
  if (reference.size() > 3 && reference.starts_with("${") && reference.back() == '}')  // ODK
    return reference.find_first_of("{}()", 2) == reference.size() - 1;
  return false;
}

// Bounds on numbers and types are left out: an age or a quantity out of range
// is rare and the control itself (a number box) keeps the type. A maximum
// length rarely stops anyone and HTML simply stops the typing; a minimum
// length above one (passwords, codes) is what people cannot guess.
bool needs_instructions(const forms::Constraint& c) {
  switch (c.kind) {
    case ConstraintKind::pattern:
    case ConstraintKind::input_mask:
    case ConstraintKind::custom: return true;
    case ConstraintKind::format: return !self_evident_format(c.value);
    case ConstraintKind::min_length: return trim(c.value) != "0" && trim(c.value) != "1";
    case ConstraintKind::max_length:
    case ConstraintKind::minimum:
    case ConstraintKind::maximum:
    case ConstraintKind::type: return false;
  }
  return false;
}

const forms::Constraint* first_unguessable(const forms::Field& f) {
  for (const forms::Constraint& c : f.constraints)
    if (needs_instructions(c) && !compares_date_with_today(f, c)) return &c;
  return nullptr;
}

// Whether a label already tells the format: digits ("8 dígitos",
// "11 5555 1234"), a date layout ("dd/mm/aaaa") or the word for an example or
// a length, in es, pt or en. Accented letters are matched by their unaccented
// stem, since the lowering is ASCII.
bool label_gives_format(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  std::string lower = ascii_lower(text);
  for (std::string_view cue : {"dd/", "mm/", "/aa", "/yy", "aaaa", "yyyy", "dd-mm", "ejemplo", "exemplo",
                               "example", "e.g.", "ej.", "ex.:", "d\xc3\xadgito", "digit",
                               "caracter", "car\xc3\xa1" "cter", "character", "letra", "letter"})
    if (lower.find(cue) != std::string::npos) return true;
  return false;
}

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (forms_text::is_filled_in(f) && first_unguessable(f) != nullptr) out.emplace_back(form, f);
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::Field& f = *t.field;
  // A placeholder example does not count: it is gone once the person starts
  // typing, which is when the format matters.
  bool told = f.hint.present();
  if (!told && forms_text::has_visible_label(f))
    for (const forms::Translation& tr : f.label.values) told = told || label_gives_format(tr.text);
  const forms::Constraint& c = *first_unguessable(f);
  MessageArgs args{{"field", forms_text::field_name(f)},
                   {"constraint", std::string(forms::to_string(c.kind))},
                   {"value", c.value}};
  if (told) {
    out.pass(t, "passed", std::move(args));
  } else {
    // Reported at the constraint: it is what the instructions must explain.
    out.fail(Target(*t.form, f, &c.at), "failed.no-instructions", std::move(args));
  }
}

}  // namespace

RAMPA_RULE(.id = "form-constrained-field-has-instructions", .wcag = {"3.3.2"}, .impact = Impact::moderate,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html",
           .messages = {"passed", "failed.no-instructions"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
