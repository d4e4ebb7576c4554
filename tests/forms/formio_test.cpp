// The Form.io reader: what each component becomes in the FormModel, and
// where it is written.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

Result<FormModel> read(std::string text) {
  auto doc = json::parse(std::move(text));
  if (!doc) return doc.error();
  return from_formio(*doc);
}

const Field* field(const FormModel& form, std::string_view key) {
  for (const auto& f : form.fields)
    if (f.key == key) return &f;
  return nullptr;
}

constexpr const char* kForm = R"json({
  "title": "Registro",
  "display": "form",
  "components": [
    {
      "type": "fieldset",
      "legend": "Datos personales",
      "key": "datosPersonales",
      "components": [
        {
          "type": "textfield",
          "key": "nombres",
          "label": "Nombres",
          "autocomplete": "given-name",
          "validate": {"required": true, "customMessage": "Escriba sus nombres"}
        },
        {
          "type": "textfield",
          "key": "cedula",
          "label": "Cédula",
          "validate": {"required": true, "pattern": "^[0-9]{6,10}$", "minLength": "", "maxLength": 10},
          "errors": {"required": "Escriba su cédula"},
          "errorLabel": "la cédula"
        }
      ]
    },
    {
      "type": "columns",
      "key": "columnas",
      "columns": [
        {"components": [{"type": "email", "key": "correo", "label": "Correo", "tooltip": "Lo usaremos para avisarle"}]},
        {"components": [{"type": "phoneNumber", "key": "telefono", "label": "Teléfono", "inputMask": "99 9999 9999", "description": "Con código de área"}]}
      ]
    },
    {
      "type": "table",
      "key": "tabla",
      "rows": [[{"components": [{"type": "number", "key": "salario", "placeholder": "Salario", "validate": {"min": 0}}]}, {"components": []}]]
    },
    {
      "type": "well",
      "key": "pozo",
      "components": [
        {"type": "radio", "key": "turno", "label": "Turno", "values": [{"label": "Mañana", "value": "m"}, {"label": "", "value": "t"}]},
        {"type": "select", "key": "curso", "label": "Curso", "data": {"values": [{"label": "Soldadura", "value": "sol"}]}},
        {"type": "selectboxes", "key": "temas", "label": "Temas", "hideLabel": true, "values": [{"label": "A", "value": "a"}]}
      ]
    },
    {
      "type": "datagrid",
      "key": "hijos",
      "label": "Hijos",
      "components": [{"type": "day", "key": "nacimiento", "label": "Nacimiento"}]
    },
    {"type": "htmlelement", "key": "aviso", "content": "<p>Hola</p>"},
    {"type": "checkbox", "key": "terminos", "label": "Acepto *", "disabled": true},
    {"type": "hidden", "key": "origen"},
    {"type": "textarea", "key": "notas", "label": "Notas", "hidden": true},
    {"type": "password", "key": "clave", "label": "Clave", "hidden": true, "conditional": {"show": true, "when": "nombres", "eq": "x"}},
    {"type": "file", "key": "cv", "label": "CV"},
    {"type": "button", "key": "enviar", "label": "Enviar"}
  ]
})json";

TEST(FormIo, ComponentsAreFieldsInDocumentOrder) {
  auto form = read(kForm);
  ASSERT_TRUE(form) << form.error().detail;
  EXPECT_EQ(form->origin, Origin::formio);
  EXPECT_EQ(form->title.any(), "Registro");
  std::vector<std::string> keys;
  for (const auto& f : form->fields) keys.push_back(f.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"nombres", "cedula", "correo", "telefono", "salario", "turno", "curso",
                                            "temas", "nacimiento", "terminos", "origen", "notas", "clave", "cv"}));
  ASSERT_EQ(form->steps.size(), 1u);
  EXPECT_TRUE(form->languages.empty());
}

TEST(FormIo, ControlsFromTypes) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  EXPECT_EQ(field(*form, "nombres")->control, Control::text);
  EXPECT_EQ(field(*form, "correo")->control, Control::email);
  EXPECT_EQ(field(*form, "telefono")->control, Control::tel);
  EXPECT_EQ(field(*form, "salario")->control, Control::number);
  EXPECT_EQ(field(*form, "turno")->control, Control::radio);
  EXPECT_EQ(field(*form, "curso")->control, Control::select);
  EXPECT_EQ(field(*form, "temas")->control, Control::checkboxes);
  EXPECT_EQ(field(*form, "nacimiento")->control, Control::date);
  EXPECT_EQ(field(*form, "terminos")->control, Control::checkbox);
  EXPECT_EQ(field(*form, "origen")->control, Control::hidden);
  // hidden: true hides it; a conditional may show it again.
  EXPECT_EQ(field(*form, "notas")->control, Control::hidden);
  EXPECT_EQ(field(*form, "clave")->control, Control::password);
  EXPECT_EQ(field(*form, "cv")->control, Control::file);
  EXPECT_EQ(field(*form, "cv")->type, "file");
  EXPECT_TRUE(field(*form, "terminos")->read_only);
}

TEST(FormIo, LabelsHintsAndPlaceholdersWithPositions) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  const Field* nombres = field(*form, "nombres");
  EXPECT_EQ(nombres->at.pos, (SourcePos{10, 9}));
  EXPECT_EQ(nombres->at.path, "/components/0/components/0");
  ASSERT_EQ(nombres->label.values.size(), 1u);
  EXPECT_EQ(nombres->label.values[0].lang, "");
  EXPECT_EQ(nombres->label.values[0].text, "Nombres");
  EXPECT_EQ(nombres->label.values[0].at.pos, (SourcePos{13, 11}));
  EXPECT_EQ(nombres->label.values[0].at.path, "/components/0/components/0/label");
  EXPECT_EQ(nombres->label.values[0].at.snippet, "\"label\": \"Nombres\"");
  EXPECT_FALSE(nombres->label_is_key);
  EXPECT_EQ(nombres->accessible_name.any(), "Nombres");
  // A tooltip is the field's instruction, even if shown on hover only.
  EXPECT_EQ(field(*form, "correo")->hint.any(), "Lo usaremos para avisarle");
  EXPECT_EQ(field(*form, "correo")->hint.values[0].at.path, "/components/1/columns/0/components/0/tooltip");
  EXPECT_EQ(field(*form, "telefono")->hint.any(), "Con código de área");
  const Field* salario = field(*form, "salario");
  EXPECT_FALSE(salario->label.present());
  EXPECT_FALSE(salario->label_is_key);
  EXPECT_EQ(salario->placeholder.any(), "Salario");
  EXPECT_TRUE(field(*form, "temas")->label_hidden);
  EXPECT_FALSE(nombres->label_hidden);
}

TEST(FormIo, RequiredMessagesFromCustomMessageAndErrors) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  const Field* nombres = field(*form, "nombres");
  EXPECT_TRUE(nombres->required);
  EXPECT_EQ(nombres->required_cue, RequiredCue::renderer);
  EXPECT_EQ(nombres->required_at.pos, (SourcePos{15, 24}));
  EXPECT_EQ(nombres->required_at.path, "/components/0/components/0/validate/required");
  EXPECT_EQ(nombres->required_message.any(), "Escriba sus nombres");
  EXPECT_EQ(nombres->required_message.values[0].at.path, "/components/0/components/0/validate/customMessage");
  // errors.required is the required message only; errorLabel is no message.
  const Field* cedula = field(*form, "cedula");
  EXPECT_EQ(cedula->required_message.any(), "Escriba su cédula");
  EXPECT_FALSE(field(*form, "cv")->required);
  EXPECT_EQ(field(*form, "cv")->required_cue, RequiredCue::none);
  const Field* terminos = field(*form, "terminos");
  EXPECT_TRUE(terminos->marked_required);
  EXPECT_FALSE(terminos->required);
  EXPECT_EQ(terminos->required_cue, RequiredCue::text);
}

TEST(FormIo, ValidationsAreConstraintsWithTheirMessages) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  const Field* cedula = field(*form, "cedula");
  // minLength "" is the builder's way of writing "unset".
  ASSERT_EQ(cedula->constraints.size(), 2u);
  EXPECT_EQ(cedula->constraints[0].kind, ConstraintKind::pattern);
  EXPECT_EQ(cedula->constraints[0].value, "^[0-9]{6,10}$");
  EXPECT_EQ(cedula->constraints[0].at.path, "/components/0/components/1/validate/pattern");
  EXPECT_EQ(cedula->constraints[0].at.pos, (SourcePos{21, 42}));
  EXPECT_FALSE(cedula->constraints[0].message.present());
  EXPECT_EQ(cedula->constraints[1].kind, ConstraintKind::max_length);
  EXPECT_EQ(cedula->constraints[1].value, "10");
  const Field* telefono = field(*form, "telefono");
  ASSERT_EQ(telefono->constraints.size(), 1u);
  EXPECT_EQ(telefono->constraints[0].kind, ConstraintKind::input_mask);
  EXPECT_EQ(telefono->constraints[0].value, "99 9999 9999");
  const Field* salario = field(*form, "salario");
  ASSERT_EQ(salario->constraints.size(), 1u);
  EXPECT_EQ(salario->constraints[0].kind, ConstraintKind::minimum);
  EXPECT_EQ(salario->constraints[0].value, "0");
}

TEST(FormIo, CustomMessageIsTheMessageOfEveryValidation) {
  auto form = read(R"({"components": [{"type": "textfield", "key": "doc", "label": "Documento", "inputMask": "99999999",
    "validate": {"required": true, "pattern": "^[0-9]{8}$", "custom": "valid = input.length > 2", "customMessage": "Escriba los 8 dígitos"}}]})");
  ASSERT_TRUE(form);
  const Field& f = form->fields[0];
  EXPECT_EQ(f.required_message.any(), "Escriba los 8 dígitos");
  ASSERT_EQ(f.constraints.size(), 3u);
  EXPECT_EQ(f.constraints[0].kind, ConstraintKind::pattern);
  EXPECT_EQ(f.constraints[1].kind, ConstraintKind::custom);
  EXPECT_EQ(f.constraints[2].kind, ConstraintKind::input_mask);
  for (const auto& c : f.constraints) EXPECT_EQ(c.message.any(), "Escriba los 8 dígitos") << to_string(c.kind);
}

// validate.custom sets `valid` to true or to the message to show; a string
// it only compares with is data.
TEST(FormIo, ACustomCheckThatSetsValidToAStringHasThatMessage) {
  auto form = read(R"({"components": [
    {"type": "email", "key": "a", "label": "Correo", "validate": {"custom": "valid = (input === data.correo) ? true : 'Los correos no coinciden';"}},
    {"type": "textfield", "key": "b", "label": "Turno", "validate": {"custom": "valid = input !== 'noite' || data.adulto;"}},
    {"type": "textfield", "key": "c", "label": "Código", "validate": {"custom": "valid = input.length === 6 ? true : \"Son 6 caracteres\""}},
    {"type": "textfield", "key": "d", "label": "Cupo", "validate": {"custom": "var invalid = 'x'; valid = cupo > 0;"}}]})");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->fields.size(), 4u);
  EXPECT_EQ(form->fields[0].constraints.at(0).message.any(), "Los correos no coinciden");
  EXPECT_FALSE(form->fields[1].constraints.at(0).message.present());
  EXPECT_EQ(form->fields[2].constraints.at(0).message.any(), "Son 6 caracteres");
  EXPECT_FALSE(form->fields[3].constraints.at(0).message.present());
}

TEST(FormIo, OptionsFromValuesAndDataValues) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  const Field* turno = field(*form, "turno");
  ASSERT_EQ(turno->options.size(), 2u);
  EXPECT_EQ(turno->options[0].value, "m");
  EXPECT_EQ(turno->options[0].label.any(), "Mañana");
  EXPECT_EQ(turno->options[0].at.path, "/components/3/components/0/values/0");
  // An empty label shows nothing.
  EXPECT_FALSE(turno->options[1].label.present());
  const Field* curso = field(*form, "curso");
  ASSERT_EQ(curso->options.size(), 1u);
  EXPECT_EQ(curso->options[0].label.any(), "Soldadura");
  EXPECT_EQ(curso->options[0].at.path, "/components/3/components/1/data/values/0");
}

TEST(FormIo, FieldsetsPanelsAndGridsAreGroupsColumnsAndTablesAreNot) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->groups.size(), 2u);
  EXPECT_EQ(form->groups[0].label.any(), "Datos personales");
  EXPECT_EQ(form->groups[0].label.values[0].at.path, "/components/0/legend");
  EXPECT_EQ(form->groups[0].at.path, "/components/0");
  EXPECT_FALSE(form->groups[0].repeat);
  EXPECT_EQ(form->groups[1].label.any(), "Hijos");
  EXPECT_TRUE(form->groups[1].repeat);
  EXPECT_EQ(field(*form, "nombres")->group, 0);
  EXPECT_EQ(field(*form, "correo")->group, -1);
  EXPECT_EQ(field(*form, "nacimiento")->group, 1);
}

TEST(FormIo, DeclaredPurposeWithItsPosition) {
  auto form = read(kForm);
  ASSERT_TRUE(form);
  const Field* nombres = field(*form, "nombres");
  EXPECT_TRUE(nombres->purpose.declared);
  EXPECT_EQ(nombres->purpose.token, "given-name");
  EXPECT_EQ(nombres->purpose.at.pos, (SourcePos{14, 11}));
  EXPECT_FALSE(field(*form, "cedula")->purpose.declared);
}

TEST(FormIo, WizardPanelsAreSteps) {
  auto form = read(R"({"display": "wizard", "components": [
    {"type": "panel", "key": "datos", "title": "Sus datos", "components": [
      {"type": "textfield", "key": "nombre", "label": "Nombre"},
      {"type": "panel", "key": "interno", "title": "Contacto", "components": [{"type": "email", "key": "correo", "label": "Correo"}]}]},
    {"type": "panel", "key": "curso", "title": "Curso", "components": [
      {"type": "tabs", "key": "pestanas", "components": [{"key": "t1", "label": "Turno", "components": [{"type": "radio", "key": "turno", "label": "Turno"}]}]}]}]})");
  ASSERT_TRUE(form) << form.error().detail;
  ASSERT_EQ(form->steps.size(), 2u);
  EXPECT_EQ(form->steps[0].title.any(), "Sus datos");
  EXPECT_EQ(form->steps[0].at.path, "/components/0");
  EXPECT_EQ(form->steps[1].title.any(), "Curso");
  ASSERT_EQ(form->fields.size(), 3u);
  EXPECT_EQ(form->fields[0].step, 0);
  EXPECT_EQ(form->fields[0].group, -1);
  EXPECT_EQ(form->fields[1].step, 0);
  // An inner panel is a group, not a step; so is each tab.
  ASSERT_EQ(form->groups.size(), 2u);
  EXPECT_EQ(form->groups[0].label.any(), "Contacto");
  EXPECT_EQ(form->fields[1].group, 0);
  EXPECT_EQ(form->groups[1].label.any(), "Turno");
  EXPECT_EQ(form->groups[1].step, 1);
  EXPECT_EQ(form->fields[2].step, 1);
  EXPECT_EQ(form->fields[2].group, 1);
}

TEST(FormIo, MalformedDefinitionsAreInputErrorsWithTheirPosition) {
  auto not_array = read("{\n  \"components\": {}\n}");
  ASSERT_FALSE(not_array);
  EXPECT_EQ(not_array.error().code, ErrorCode::bad_input);
  EXPECT_EQ(not_array.error().detail, "Form.io \"components\" is not an array (line 2, column 3)");

  auto not_object = read("{\"components\": [\n  \"nombre\"\n]}");
  ASSERT_FALSE(not_object);
  EXPECT_EQ(not_object.error().detail, "Form.io component is not an object (line 2, column 3)");

  auto no_key = read("{\"components\": [{\"type\": \"panel\", \"components\": [\n    {\"type\": \"textfield\", \"label\": \"Nombre\"}]}]}");
  ASSERT_FALSE(no_key);
  EXPECT_EQ(no_key.error().detail, "Form.io component of type \"textfield\" has no \"key\" (line 2, column 5)");

  auto values = read("{\"components\": [{\"type\": \"radio\", \"key\": \"r\", \"values\": [\"a\"]}]}");
  ASSERT_FALSE(values);
  EXPECT_EQ(values.error().code, ErrorCode::bad_input);

  auto none = read("{\"title\": \"x\"}");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::bad_input);
}

TEST(FormIo, ComponentsWithoutTypeAndContentAreNotFields) {
  auto form = read(R"({"components": [{"key": "sin_tipo", "label": "X"}, {"type": "content", "key": "c", "html": "<p>x</p>"},
    {"type": "micomponente", "key": "m", "label": "M", "input": true},
    {"type": "miadorno", "key": "n", "input": false},
    {"type": "textfield", "key": "a", "label": "A"}]})");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_EQ(form->fields[0].key, "m");
  EXPECT_EQ(form->fields[0].control, Control::other);
  EXPECT_EQ(form->fields[1].key, "a");
}

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(RAMPA_SOURCE_DIR) + "/fixtures/sites/empleo/formularios/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Nesting is read with an explicit stack; its depth is bounded because every
// part keeps its JSON pointer, which is as long as the part is deep.
Result<FormModel> nested(int depth) {
  std::string text = "{\"components\": [";
  for (int i = 0; i < depth; ++i) text += "{\"type\": \"fieldset\", \"key\": \"f\", \"legend\": \"L\", \"components\": [";
  text += "{\"type\": \"textfield\", \"key\": \"hondo\"}";
  for (int i = 0; i < depth; ++i) text += "]}";
  text += "]}";
  auto doc = json::parse(std::move(text), {100'000});
  if (!doc) return doc.error();
  return from_formio(*doc);
}

TEST(FormIo, NestingUpToOneHundredLevelsIsRead) {
  auto form = nested(100);
  ASSERT_TRUE(form) << form.error().detail;
  ASSERT_EQ(form->groups.size(), 100u);
  ASSERT_EQ(form->fields.size(), 1u);
  EXPECT_EQ(form->fields[0].group, 99);
  EXPECT_EQ(form->groups[99].parent, 98);
  EXPECT_FALSE(nested(101));
}

TEST(FormIo, DeeperNestingIsAnInputErrorNotAQuadraticRead) {
  auto form = nested(20000);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().code, ErrorCode::bad_input);
  EXPECT_TRUE(form.error().detail.starts_with("Form.io components are nested more than 100 deep (line 1, column "))
      << form.error().detail;
}

// The portal's registration form carries the barriers the README lists.
TEST(FormIo, PortalRegistroCarriesItsBarriers) {
  auto form = read(fixture("registro.formio.json"));
  ASSERT_TRUE(form) << form.error().detail;
  ASSERT_EQ(form->fields.size(), 14u);
  EXPECT_EQ(form->steps.size(), 1u);
  ASSERT_EQ(form->groups.size(), 3u);
  EXPECT_TRUE(form->languages.empty());
  EXPECT_EQ(field(*form, "nombres")->purpose.token, "nombre");
  EXPECT_TRUE(field(*form, "nombres")->purpose.declared);
  const Field* cedula = field(*form, "cedula");
  ASSERT_EQ(cedula->constraints.size(), 1u);
  EXPECT_EQ(cedula->constraints[0].kind, ConstraintKind::pattern);
  EXPECT_EQ(cedula->constraints[0].value, "^[0-9]{6,10}$");
  EXPECT_FALSE(cedula->constraints[0].message.present());
  EXPECT_FALSE(cedula->hint.present());
  const Field* salario = field(*form, "salario");
  EXPECT_EQ(salario->control, Control::number);
  EXPECT_EQ(salario->placeholder.any(), "Salario pretendido (pesos andalinos)");
  EXPECT_FALSE(salario->label.present());
  EXPECT_FALSE(field(*form, "correo")->purpose.declared);
  EXPECT_EQ(field(*form, "correo_confirmacion")->purpose.token, "email");
  EXPECT_TRUE(field(*form, "direccion")->marked_required);
  EXPECT_FALSE(field(*form, "direccion")->required);
  for (const auto& o : field(*form, "disponibilidad")->options) EXPECT_FALSE(o.label.present()) << o.value;
  for (const auto& o : field(*form, "estudios")->options) EXPECT_TRUE(o.label.present()) << o.value;
  const Field* clave = field(*form, "clave");
  EXPECT_EQ(clave->control, Control::password);
  ASSERT_EQ(clave->constraints.size(), 1u);
  EXPECT_EQ(clave->constraints[0].kind, ConstraintKind::min_length);
  EXPECT_TRUE(clave->constraints[0].message.present());
  EXPECT_TRUE(clave->hint.present());
  const Field* terminos = field(*form, "terminos");
  EXPECT_EQ(terminos->control, Control::checkbox);
  EXPECT_TRUE(terminos->required);
  EXPECT_FALSE(terminos->required_message.present());
  for (const auto& f : form->fields) {
    if (f.required && f.key != "terminos") {
      EXPECT_TRUE(f.required_message.present()) << f.key;
    }
  }
}

TEST(FormIo, PortalCursosCarriesItsBarriers) {
  auto form = read(fixture("cursos.formio.json"));
  ASSERT_TRUE(form) << form.error().detail;
  EXPECT_TRUE(form->languages.empty());
  ASSERT_EQ(form->steps.size(), 2u);
  ASSERT_EQ(form->fields.size(), 7u);
  const Field* documento = field(*form, "documento");
  ASSERT_FALSE(documento->constraints.empty());
  for (const auto& c : documento->constraints) EXPECT_EQ(c.message.any(), "Escriba los 8 dígitos, sin puntos");
  EXPECT_FALSE(documento->hint.present());
  EXPECT_TRUE(field(*form, "motivo")->hint.present());
  EXPECT_EQ(field(*form, "turno")->options.size(), 3u);
  EXPECT_EQ(field(*form, "curso")->step, 1);
  EXPECT_TRUE(form->time_limits.empty());
}

}  // namespace
}  // namespace rampa::forms
