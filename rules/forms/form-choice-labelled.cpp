// A group of radio buttons or check boxes has a label of its own, and every
// choice in it has a label, so a screen reader user hears the question with
// each choice ("Disponibilidad horaria, Completa, botón de opción 1 de 3")
// and everyone reads words, not the raw values a definition stores
// ("parcial", "fines"). WCAG 1.3.1.
#include <string>

#include "field_words.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool is_group(forms::Control c) {
  return c == forms::Control::radio || c == forms::Control::checkboxes;
}

bool all_labelled(const forms::Field& f) {
  for (const forms::Option& o : f.options)
    if (!o.label.present()) return false;
  return true;
}

// A select shows raw values as well when its options have no text, so its
// options are judged too; its own label is rule form-field-has-label's. In
// HTML only groups are judged: browsers never show a value (an option
// without text is a blank row, often the "nothing chosen yet" one), a radio
// or check box without a label is nameless, form-field-has-name's finding,
// and a lone radio is no group.
Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms())
    for (const forms::Field& f : form.fields) {
      if (f.options.empty()) continue;
      if (form.origin == forms::Origin::html) {
        if (is_group(f.control) && f.options.size() > 1 && all_labelled(f)) out.push_back(Target(form, f));
      } else if (is_group(f.control) || f.control == forms::Control::select) {
        out.push_back(Target(form, f));
      }
    }
  return out;
}

// Raw values shown in place of labels, as a short list for the message.
constexpr std::size_t kValuesShown = 5;

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::FormModel& form = *t.form;
  const forms::Field& f = *t.field;
  std::string name = field_display_name(f);
  bool ok = true;

  // In a definition a group with no label at all is form-field-has-label's
  // finding (the renderer shows the key, or nothing); in HTML the radios
  // have labels of their own and miss only the group's name.
  const bool html = form.origin == forms::Origin::html;
  if (html && !f.label.present()) {
    if (f.text_nearby) {
      // The question is written just before the choices (a heading, a
      // paragraph, a label tied to nothing), so people who see it know what
      // they answer; only the tie for screen readers is missing, which may
      // or may not leave them without the question.
      out.cant_tell(t, "cant-tell.question-not-tied", {{"field", name}, {"count", std::to_string(f.options.size())}});
    } else {
      out.fail(t, "failed.no-group-label", {{"field", name}, {"count", std::to_string(f.options.size())}});
    }
    ok = false;
  }

  if (html) {
    if (ok) out.pass(t, "passed", {{"field", name}});
    return;
  }
  const forms::Option* first = nullptr;
  std::size_t missing = 0;
  std::string values;
  for (const forms::Option& o : f.options) {
    if (o.label.present()) continue;
    if (first == nullptr) first = &o;
    if (missing < kValuesShown) values += (missing == 0 ? "" : ", ") + o.value;
    ++missing;
  }
  if (missing > kValuesShown) values += ", …";
  if (first != nullptr) {
    out.fail(Target(form, f, &first->at), "failed.raw-values",
             {{"field", name}, {"values", values}, {"count", std::to_string(missing)}});
    ok = false;
  }
  if (ok) out.pass(t, "passed", {{"field", name}});
}

}  // namespace

RAMPA_RULE(.id = "form-choice-labelled", .wcag = {"1.3.1"}, .impact = Impact::serious,
           .tags = {"forms"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
           .messages = {"passed", "failed.no-group-label", "failed.raw-values", "cant-tell.question-not-tied"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
