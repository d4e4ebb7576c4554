// A field asking for a personal datum the browser knows (name, e-mail,
// phone, address, birth date...) declares that purpose with an HTML
// autocomplete token, so browsers fill it in and assistive technologies can
// show a familiar icon: people with memory, motor or reading disabilities
// then need not type the same details on every form. WCAG 1.3.5.
//
// The purpose a field should declare is inferred from its label and key
// (forms/purpose.cpp); the rule reads only the FormModel, so it judges HTML,
// JSON Schema, XForms, SurveyJS and Form.io the same way. WCAG asks it only
// of fields about the person filling the form in, so a guess rampa cannot
// stand behind (the key alone) is a question, never a failure.
#include "field_words.hpp"
#include "forms/autofill.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// "on" and "off" leave the purpose to the browser's guess: nothing is declared.
bool declares(const forms::Purpose& p) {
  if (!p.declared || is_blank(p.token)) return false;
  std::string t = ascii_lower(trim(p.token));
  return t != "on" && t != "off";
}

bool valid(const forms::Purpose& p) { return forms::autofill::check(p.token).message.empty(); }

Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms()) {
    for (const forms::Field& f : form.fields) {
      if (f.control == forms::Control::hidden || f.read_only) continue;
      bool html = form.origin == forms::Origin::html;
      // An invalid autocomplete attribute is the ACT rule autocomplete-valid's
      // finding; only definitions, which no ACT rule reads, are judged on it here.
      if (html && declares(f.purpose) && !valid(f.purpose)) continue;
      if (!f.inferred.token.empty() || (!html && declares(f.purpose))) out.push_back(Target(form, f));
    }
  }
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::FormModel& form = *t.form;
  const forms::Field& f = *t.field;
  const forms::Purpose& declared = f.purpose;
  const forms::Purpose& inferred = f.inferred;
  std::string name = field_display_name(f);
  if (declares(declared)) {
    Target at(form, f, &declared.at);
    if (!valid(declared)) {
      MessageArgs args = {{"field", name}, {"token", std::string(trim(declared.token))}};
      if (!inferred.token.empty()) args.push_back({"inferred", inferred.token});
      out.fail(at, "failed.invalid", std::move(args));
      return;
    }
    std::string field_name = forms::autofill::field_name(declared.token);
    // Inference is a guess from words: a different declared token is a
    // question for a person, not a defect ("Nombre" may ask for the full name).
    // A guess from the key alone is weaker than the author's declaration.
    if (!inferred.token.empty() && !inferred.from_key && !inferred.ambiguous &&
        forms::autofill::family(field_name) != forms::autofill::family(inferred.token)) {
      out.cant_tell(at, "cant-tell.mismatch",
                    {{"field", name}, {"token", field_name}, {"inferred", inferred.token},
                     {"evidence", inferred.evidence}});
      return;
    }
    out.pass(at, "passed", {{"field", name}, {"token", field_name}});
    return;
  }
  MessageArgs args = {{"field", name}, {"inferred", inferred.token}, {"evidence", inferred.evidence}};
  if (!f.purpose_declarable) {
    out.cant_tell(t, "cant-tell.format", std::move(args));
    return;
  }
  if (inferred.ambiguous) {
    out.cant_tell(t, "cant-tell.ambiguous", std::move(args));
    return;
  }
  if (inferred.from_key) {
    // name="first_name" on a field a nearby text calls "Nombre del proyecto":
    // the key is the author's, and what people read may say otherwise.
    out.cant_tell(t, "cant-tell.key-only", std::move(args));
    return;
  }
  // autocomplete="off" is where the fix goes when it is written.
  out.fail(Target(form, f, &declared.at), "failed.undeclared", std::move(args));
}

}  // namespace

RAMPA_RULE(.id = "form-field-declares-purpose", .wcag = {"1.3.5"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/identify-input-purpose.html",
           .messages = {"passed", "failed.undeclared", "failed.invalid", "cant-tell.format",
                        "cant-tell.mismatch", "cant-tell.key-only",
                        "cant-tell.ambiguous"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
