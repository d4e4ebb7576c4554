#pragma once
// One model of a form, whatever it was written in: an HTML page, a JSON Schema
// with its uiSchema, an ODK XForm, a SurveyJS or a Form.io definition. Form
// rules read only this, so each rule judges every format the same way, and
// every part keeps where it was written so a finding lands where the form is
// authored.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/vocabulary.hpp"

namespace rampa {
struct Node;
struct Attribute;
}  // namespace rampa

namespace rampa::forms {

enum class Origin : std::uint8_t { html, json_schema, xforms, surveyjs, formio };
std::string_view to_string(Origin o) noexcept;  // "html", "json-schema", "xforms", "surveyjs", "formio"

// Where a part is written. In HTML it is an element or attribute (the engine
// derives selector and snippet from it); in a definition, a position, a path
// (JSON pointer or XPath) and the text as written.
struct Source {
  SourcePos pos;
  std::string path;     // "/properties/nombre/title", "/h:html/h:body/input[2]"
  std::string snippet;  // short, one line: "\"title\": \"Nombre\""
  std::string file;     // empty: the audited file; set for a companion file (a separate uiSchema)
  const Node* node = nullptr;
  const Attribute* attribute = nullptr;

  bool known() const noexcept { return node != nullptr || pos.line != 0 || !path.empty(); }
};

// Text a person reads, in one language. `lang` is empty when the definition
// does not say which language the text is in.
struct Translation {
  std::string lang;
  std::string text;
  Source at;
};

// A piece of user-facing text, possibly in several languages.
struct Text {
  std::vector<Translation> values;

  // Some value with more than whitespace in it.
  bool present() const noexcept;
  // The value in `lang`, else the untagged one, else the first; "" when none.
  std::string_view in(std::string_view lang) const noexcept;
  std::string_view any() const noexcept { return in({}); }
  // Where the text is written (its first value), or nullptr when it is absent.
  const Source* source() const noexcept { return values.empty() ? nullptr : &values.front().at; }
};

enum class Control : std::uint8_t {
  text, textarea, number, date, email, tel, url, password, select, radio, checkbox, checkboxes, file,
  hidden, other
};
std::string_view to_string(Control c) noexcept;

// How a field says it is required, visibly.
enum class RequiredCue : std::uint8_t {
  none,       // not required, or required with no visible cue at all
  text,       // the label or hint says so: "*", "(obligatorio)", "required"
  renderer,   // the form library adds a text cue for declared required fields
  style_only  // a class or colour only (HTML): nothing a screen reader or a colour-blind user gets
};

enum class ConstraintKind : std::uint8_t {
  pattern, format, min_length, max_length, minimum, maximum, input_mask, custom, type
};
std::string_view to_string(ConstraintKind k) noexcept;

// A rule a value must follow, and what the form says when it is broken.
struct Constraint {
  ConstraintKind kind = ConstraintKind::custom;
  std::string value;  // the pattern, the format name, the bound, the expression
  Source at;
  Text message;       // the field-specific error message; absent: the library's generic one
};

struct Option {
  std::string value;
  Text label;  // absent: the renderer shows the raw value
  Source at;
};

// An input purpose (HTML autocomplete token, "email", "given-name", ...),
// declared or inferred from the field's name and label.
struct Purpose {
  std::string token;   // "" when none
  Source at;           // where it is declared; unset when inferred
  bool declared = false;
  std::string evidence;  // for inferred ones: the word that gave it away ("correo")
  // Inferred from the key alone (an HTML name or id, a property key): text
  // nobody filling in the form reads, so the guess is the author's word only.
  bool from_key = false;
  // For inferred ones, what tells this field from another asking for the
  // same kind of datum: "mobile" and "home" phones, "materno" and "paterno"
  // surnames, a second or an "other" one. Empty when nothing does.
  std::string qualifier;
  // The words fit more than one token: a form asking for "Municipio" and
  // "Localidad" asks for two levels of the address, and which of them is
  // HTML's address-level2 depends on the country.
  bool ambiguous = false;
};

struct Field {
  std::string key;  // name, property key, question name, bind path
  Source at;        // the field as a whole: element, definition object
  Control control = Control::text;
  std::string type;  // as written: input type, schema type/format, inputType, widget

  Text label;              // the visible label
  bool label_hidden = false;  // declared but not shown (hideLabel, titleLocation: hidden, sr-only)
  // No label was written and the renderer shows the key instead
  // (react-jsonschema-form and SurveyJS do): `label` then holds the key.
  bool label_is_key = false;
  Text accessible_name;    // what assistive technology announces; in definitions, the label
  Text placeholder;
  Text hint;               // description, help, hint, tooltip: instructions near the field
  // HTML: the heading of the section the field is in, the nearest one
  // before it and at most 400 nodes back ("Datos del cónyuge").
  const Node* section_heading = nullptr;
  bool described = false;  // HTML: aria-describedby or similar ties a hint to the field
  // HTML: text people see right beside the field but not tied to it (a
  // question written above a group of radios, a prefix such as "+54", a
  // search button after the box). It may well tell what to enter; the markup
  // cannot say whether it does.
  bool text_nearby = false;

  bool required = false;   // declared: required attribute, `required` list, isRequired...
  Source required_at;
  // The label or hint says the field is required ("*", "(obligatorio)"),
  // whether or not it is declared so: see says_required().
  bool marked_required = false;
  RequiredCue required_cue = RequiredCue::none;
  Text required_message;   // the message shown when it is left empty
  // HTML: the browser validates natively (required, type, min/max, length)
  // and shows its own message, in the user's language, at the field.
  bool native_messages = false;

  std::vector<Constraint> constraints;
  std::vector<Option> options;  // select, radio, checkboxes

  Purpose purpose;            // declared one, if any
  Purpose inferred;           // from the key and label, in es, pt and en
  bool purpose_declarable = true;  // false when the format cannot carry autocomplete (XForms)

  int group = -1;  // index in FormModel::groups, innermost
  int step = 0;    // index in FormModel::steps
  bool read_only = false;
};

struct Group {
  Text label;
  bool label_hidden = false;  // HTML: a legend or caption hidden from view (sr-only)
  Source at;
  int parent = -1;
  int step = 0;
  bool repeat = false;
};

// A page of a multi-page definition, or a wizard step; one step for a plain form.
struct Step {
  Text title;
  Source at;
};

struct TimeLimit {
  Source at;
  std::string seconds;      // as written
  bool adjustable = false;  // the user can extend or turn it off
  bool shown = false;       // a timer is shown
};

// Whether text marks a field as required: an asterisk, or "obligatorio",
// "requerido", "obrigatório", "required", "obligatoire", "obbligatorio"
// (any case and gender).
bool says_required(std::string_view text) noexcept;
// Whether text marks a field as optional: "(opcional)", "optional",
// "facultativo", "optionnel", "facoltativo".
bool says_optional(std::string_view text) noexcept;
// Whether a note says every field is required: "Todos los campos son
// obligatorios", "Todos os campos são obrigatórios", "All fields are
// required", "Tous les champs sont obligatoires".
bool says_all_required(std::string_view text) noexcept;

struct FormModel {
  Origin origin = Origin::html;
  Source at;  // the form or definition as a whole
  Text title;
  std::vector<std::string> languages;  // declared by the definition; empty: one, unnamed
  std::vector<Field> fields;
  std::vector<Group> groups;
  std::vector<Step> steps;
  std::vector<TimeLimit> time_limits;
  // The keys of parts drawn by the application's own components (a
  // react-jsonschema-form ui:field): what they show is not in the
  // definition, so none of the fields they replace is judged.
  std::vector<std::string> custom_rendered;
  // A note shown in the form that every field is required (HTML), which
  // indicates it for all of them at once.
  Text required_note;
};

}  // namespace rampa::forms
