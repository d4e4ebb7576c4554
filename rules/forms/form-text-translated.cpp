// When a form definition declares several languages, every text a person
// reads (label, hint, placeholder, choice, error message, title) is written
// in each of them: a missing one makes the renderer fall back to another
// language mid-form, and screen readers then read it with the wrong voice
// and rules of pronunciation. WCAG 3.1.2; also a best practice, since a
// whole missing translation is a matter of quality more than of parts.
#include <string>
#include <vector>

#include "field_words.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

// "pt" and "pt-BR" name one language for this purpose: a translation
// written for one serves the other.
bool same_language(std::string_view a, std::string_view b) {
  auto primary = [](std::string_view s) { return s.substr(0, s.find_first_of("-_")); };
  if (ascii::equals_ignoring_case(a, b)) return true;
  return ascii::equals_ignoring_case(primary(a), primary(b)) &&
         (a.find_first_of("-_") == std::string_view::npos || b.find_first_of("-_") == std::string_view::npos);
}

// An untagged value is the definition's default text, which the formats
// write in the first language they declare (SurveyJS "default", the
// XForms default itext); the builders list that language first.
bool has(const forms::Text& text, std::string_view lang, std::string_view default_lang) {
  for (const forms::Translation& v : text.values) {
    if (is_blank(v.text)) continue;
    if (v.lang.empty() ? same_language(default_lang, lang) : same_language(v.lang, lang)) return true;
  }
  return false;
}

struct Piece {
  const forms::Text* text;
  std::string_view message;  // failed.<what>
  std::string_view what;
};

void check(const Target& base, const forms::FormModel& form, const forms::Field* field, const std::string& name,
           const std::vector<Piece>& pieces, Verdicts& out) {
  bool ok = true;
  for (const Piece& p : pieces) {
    if (!p.text->present()) continue;
    for (const std::string& lang : form.languages) {
      if (has(*p.text, lang, form.languages.front())) continue;
      ok = false;
      // The translation goes beside the text in the other languages.
      const forms::Source* where = p.text->source();
      Target at = field != nullptr ? Target(form, *field, where)
                                   : Target(form, where != nullptr && where->known() ? *where : *base.source);
      out.fail(at, p.message,
               {{"field", name}, {"lang", lang}, {"what", std::string(p.what)},
                {"text", std::string(trim(p.text->any()))}});
    }
  }
  // The form's own texts pass silently: "passed" speaks of a field.
  if (ok && field != nullptr) out.pass(base, "passed", {{"field", name}});
}

// Targets: every field, and the form itself for its title, groups and steps.
Targets applicability(const Page& page) {
  Targets out;
  for (const forms::FormModel& form : page.forms()) {
    if (form.languages.size() < 2) continue;
    out.push_back(Target(form, form.at));
    for (const forms::Field& f : form.fields) out.push_back(Target(form, f));
  }
  return out;
}

void evaluate(const Target& t, const Page&, Verdicts& out) {
  const forms::FormModel& form = *t.form;
  std::vector<Piece> pieces;
  if (t.field == nullptr) {
    // An XForm's <h:title> cannot be translated (itext does not reach it):
    // its missing translation is not the author's to fix.
    if (form.origin != forms::Origin::xforms) pieces.push_back({&form.title, "failed.title", "title"});
    const forms::Source* title_at = form.title.source();
    for (const forms::Step& s : form.steps) {
      // A step that shows the form's own title is the same text, judged once.
      const forms::Source* at = s.title.source();
      if (at != nullptr && title_at != nullptr && at->pos == title_at->pos) continue;
      pieces.push_back({&s.title, "failed.title", "title"});
    }
    for (const forms::Group& g : form.groups) pieces.push_back({&g.label, "failed.label", "label"});
    std::string name(trim(form.title.any()));
    check(t, form, nullptr, name, pieces, out);
    return;
  }
  const forms::Field& f = *t.field;
  if (!f.label_is_key) pieces.push_back({&f.label, "failed.label", "label"});
  pieces.push_back({&f.hint, "failed.hint", "hint"});
  pieces.push_back({&f.placeholder, "failed.placeholder", "placeholder"});
  pieces.push_back({&f.required_message, "failed.message", "message"});
  for (const forms::Constraint& c : f.constraints) pieces.push_back({&c.message, "failed.message", "message"});
  for (const forms::Option& o : f.options) pieces.push_back({&o.label, "failed.option", "option"});
  check(t, form, &f, field_display_name(f), pieces, out);
}

}  // namespace

RAMPA_RULE(.id = "form-text-translated", .wcag = {"3.1.2"}, .impact = Impact::moderate,
           .tags = {"forms", "language", "best-practice"},
           .help = "https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html",
           .messages = {"passed", "failed.label", "failed.hint", "failed.placeholder", "failed.option",
                        "failed.message", "failed.title"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
