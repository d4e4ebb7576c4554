#include "forms/form_model.hpp"

#include "document/ascii.hpp"

namespace rampa::forms {

std::string_view to_string(Origin o) noexcept {
  switch (o) {
    case Origin::html: return "html";
    case Origin::json_schema: return "json-schema";
    case Origin::xforms: return "xforms";
    case Origin::surveyjs: return "surveyjs";
    case Origin::formio: return "formio";
  }
  return "html";
}

std::string_view to_string(Control c) noexcept {
  switch (c) {
    case Control::text: return "text";
    case Control::textarea: return "textarea";
    case Control::number: return "number";
    case Control::date: return "date";
    case Control::email: return "email";
    case Control::tel: return "tel";
    case Control::url: return "url";
    case Control::password: return "password";
    case Control::select: return "select";
    case Control::radio: return "radio";
    case Control::checkbox: return "checkbox";
    case Control::checkboxes: return "checkboxes";
    case Control::file: return "file";
    case Control::hidden: return "hidden";
    case Control::other: return "other";
  }
  return "other";
}

std::string_view to_string(ConstraintKind k) noexcept {
  switch (k) {
    case ConstraintKind::pattern: return "pattern";
    case ConstraintKind::format: return "format";
    case ConstraintKind::min_length: return "minLength";
    case ConstraintKind::max_length: return "maxLength";
    case ConstraintKind::minimum: return "minimum";
    case ConstraintKind::maximum: return "maximum";
    case ConstraintKind::input_mask: return "inputMask";
    case ConstraintKind::custom: return "custom";
    case ConstraintKind::type: return "type";
  }
  return "custom";
}

namespace {

// UTF-8 "ó" is not ASCII, so "obrigatório" is matched by its stem.
constexpr std::string_view kRequiredWords[] = {"obligatori", "obligatoire", "obbligatori", "requerid", "required",
                                               "obrigat"};

// Whether one of the two words before `at` negates what follows ("no es
// obligatorio", "não obrigatório", "not required", "pas obligatoire").
bool negated(std::string_view lower, std::size_t at) {
  std::string_view before = lower.substr(0, at);
  for (int words = 0; words < 2; ++words) {
    while (!before.empty() && (before.back() == ' ' || before.back() == '(' || before.back() == ','))
      before.remove_suffix(1);
    std::size_t start = before.find_last_of(" (,");
    std::string_view word = before.substr(start == std::string_view::npos ? 0 : start + 1);
    for (std::string_view no : {"no", "n\xc3\xa3o", "nao", "not", "non", "pas"})
      if (word == no) return true;
    before = before.substr(0, start == std::string_view::npos ? 0 : start);
  }
  return false;
}

// Whether the text says "required" without negating it or, with
// `negation`, whether it says "not required".
bool required_word(std::string_view text, bool negation) {
  std::string lower = ascii::lower(text);
  for (std::string_view word : kRequiredWords)
    for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1))
      if (negated(lower, at) == negation) return true;
  return false;
}

}  // namespace

bool says_required(std::string_view text) noexcept {
  if (text.find('*') != std::string_view::npos) return true;
  return required_word(text, false);
}

bool says_optional(std::string_view text) noexcept {
  std::string lower = ascii::lower(text);
  for (std::string_view word : {"opcional", "optional", "facultativ", "optionnel", "facoltativ"})
    if (lower.find(word) != std::string::npos) return true;
  return required_word(text, true);
}

bool says_all_required(std::string_view text) noexcept {
  if (!says_required(text) || text.find('*') != std::string_view::npos) return false;
  std::string lower = ascii::lower(text);
  // "Todos los campos", "todos os campos", "all fields", "tous les champs",
  // "tutti i campi".
  for (std::string_view all : {"todos los", "todos os", "all fields", "all the fields", "tous les", "tutti i"})
    if (lower.find(all) != std::string::npos) return true;
  return false;
}

bool Text::present() const noexcept {
  for (const auto& v : values)
    if (!ascii::blank(v.text)) return true;
  return false;
}

std::string_view Text::in(std::string_view lang) const noexcept {
  if (values.empty()) return {};
  if (!lang.empty())
    for (const auto& v : values)
      if (ascii::equals_ignoring_case(v.lang, lang)) return v.text;
  for (const auto& v : values)
    if (v.lang.empty()) return v.text;
  return values.front().text;
}

}  // namespace rampa::forms
