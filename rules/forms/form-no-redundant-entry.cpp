// A form does not ask for the same datum twice (its e-mail, its address)
// across its steps: typing it again is a burden for people with memory or
// motor disabilities, and a chance to mistype it. A password confirmation is
// exempt (security), and so is a second field the form offers to copy from
// the first ("Igual que la dirección de residencia"). WCAG 3.3.7.
//
// The datum is the declared purpose (autocomplete) or, when none is
// declared, the one inferred from what people read of the field. Parts of
// one datum (day, month and year of a date; a phone's area code and
// number) and instances of a kind told apart by their words (home and
// mobile phones, paternal and maternal surnames, "other, please specify")
// are different data, asked once each.
#include <map>
#include <string>

#include "field_words.hpp"
#include "forms/autofill.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// Field names that ask for the very same datum: a country as a code or as a
// name, a phone number with or without its country code, a password new or
// current (whose confirmation is exempt).
std::string same_datum(std::string_view field_name) {
  if (field_name == "country-name") return "country";
  if (field_name == "tel-national") return "tel";
  if (forms::autofill::family(field_name) == "password") return "password";
  return std::string(field_name);
}

// What the field asks for, so two fields can be compared: the declared
// token list when valid ("section-envio shipping street-address" and
// "billing street-address" are different data), else the inferred token
// and what tells it from others of its kind. A guess from the key alone
// takes no part: nobody filling the form in reads it.
std::string datum_of(const forms::Field& f) {
  const forms::Purpose& p = f.purpose;
  if (p.declared && !forms::autofill::field_name(p.token).empty()) {
    std::string key;
    for (std::string_view t : split_spaces(p.token)) {
      std::string l = ascii_lower(t);
      if (l == "webauthn") continue;
      if (forms::autofill::is_field_name(l)) l = same_datum(l);
      key += (key.empty() ? "" : " ") + l;
    }
    return key;
  }
  const forms::Purpose& g = f.inferred;
  if (g.token.empty() || g.from_key) return {};
  std::string key = same_datum(g.token);
  if (!g.qualifier.empty()) key += " (" + g.qualifier + ")";
  return key;
}

bool declared(const forms::Field& f) {
  return f.purpose.declared && !forms::autofill::field_name(f.purpose.token).empty();
}

bool in_repeat(const forms::FormModel& form, const forms::Field& f) {
  // Groups are few and shallow, but a malformed model could loop: bound the walk.
  int g = f.group;
  for (std::size_t hops = 0; g >= 0 && static_cast<std::size_t>(g) < form.groups.size() && hops <= form.groups.size();
       ++hops) {
    if (form.groups[static_cast<std::size_t>(g)].repeat) return true;
    g = form.groups[static_cast<std::size_t>(g)].parent;
  }
  return false;
}

// Fields taking part: a datum typed or chosen from a list, not a password,
// not one of a repeated set of fields (each repetition asks about another
// person or item). Radio buttons and checkboxes are answered with a click,
// which is no entry to repeat, and two of them are often one question.
bool takes_part(const forms::FormModel& form, const forms::Field& f) {
  using forms::Control;
  if (f.control == Control::hidden || f.control == Control::password || f.control == Control::radio ||
      f.control == Control::checkbox || f.control == Control::checkboxes || f.read_only)
    return false;
  std::string d = datum_of(f);
  return !d.empty() && d != "password" && !in_repeat(form, f);
}

// "Igual que la dirección de residencia", "Mesmo endereço", "Same as billing".
bool offers_copy(const forms::Field& f) {
  if (f.control != forms::Control::checkbox && f.control != forms::Control::radio) return false;
  static constexpr std::string_view kCopy[] = {"igual", "mismo", "misma", "mesmo", "mesma", "same as",
                                              "copiar", "copy"};
  for (const forms::Translation& v : f.label.values) {
    std::string l = ascii_lower(v.text);
    for (std::string_view c : kCopy)
      if (l.find(c) != std::string::npos) return true;
  }
  return false;
}

// HTML fields outside any form element: the model gathers every one on the
// page, whether they are one process or several unrelated examples.
bool outside_any_form(const forms::FormModel& form) {
  return form.origin == forms::Origin::html && form.at.node != nullptr && !form.at.node->is(tag::form);
}

// One target per form: whether a field repeats another needs every field
// before it, and an index built once per form keeps that linear.
Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields)
      if (takes_part(form, f)) {
        out.push_back(Target(form, form.at));
        break;
      }
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::FormModel& form = *t.form;
  std::map<std::string, const forms::Field*> first_of;
  // The last copy offer seen in each step, by field index.
  std::map<int, std::size_t> copy_offer_at;
  for (std::size_t i = 0; i < form.fields.size(); ++i) {
    const forms::Field& f = form.fields[i];
    if (offers_copy(f)) copy_offer_at[f.step] = i;
    if (!takes_part(form, f)) continue;
    std::string datum = datum_of(f);
    auto [it, inserted] = first_of.emplace(datum, &f);
    Target here(form, f);
    if (inserted) {
      out.pass(here, "passed", {{"field", field_display_name(f)}});
      continue;
    }
    const forms::Field& first = *it->second;
    MessageArgs args = {{"field", field_display_name(f)},
                        {"first", field_display_name(first)},
                        {"line", std::to_string(field_line(first))},
                        {"token", datum}};
    auto offer = copy_offer_at.find(f.step);
    if (offer != copy_offer_at.end() && &form.fields[offer->second] > &first) {
      out.pass(here, "passed.copy-offered", std::move(args));
    } else if (outside_any_form(form)) {
      out.cant_tell(here, "cant-tell.no-form", std::move(args));
    } else if (!declared(f) && !declared(first) && f.group != first.group && f.group >= 0 && first.group >= 0) {
      // Two guesses in different groups ("Contacto de emergencia"): the
      // second may be someone else's.
      out.cant_tell(here, "cant-tell.other-group", std::move(args));
    } else {
      out.fail(here, "failed.repeated", std::move(args));
    }
  }
}

}  // namespace

RAMPA_RULE(.id = "form-no-redundant-entry", .wcag = {"3.3.7"}, .impact = Impact::moderate,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/redundant-entry.html",
           .messages = {"passed", "passed.copy-offered", "failed.repeated", "cant-tell.other-group",
                        "cant-tell.no-form"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
