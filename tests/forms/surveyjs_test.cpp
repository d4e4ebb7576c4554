// The SurveyJS reader: what each part of a survey becomes in the FormModel,
// and where it is written.
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
  return from_surveyjs(*doc);
}

const Field* field(const FormModel& form, std::string_view key) {
  for (const auto& f : form.fields)
    if (f.key == key) return &f;
  return nullptr;
}

// Line 1 is the opening brace; each member below is on the line its comment names.
constexpr const char* kSurvey = R"json({
  "locale": "es",
  "title": {"default": "Inscripción", "pt": "Inscrição"},
  "timeLimit": 600,
  "showTimer": true,
  "pages": [
    {
      "name": "datos",
      "title": {"default": "Sus datos", "pt": "Seus dados"},
      "elements": [
        {
          "type": "text",
          "name": "nombre",
          "title": {"default": "Nombre", "pt": "Nome"},
          "isRequired": true,
          "requiredErrorText": {"default": "Escriba su nombre", "pt": "Escreva seu nome"},
          "autocomplete": "given-name"
        },
        {
          "type": "text",
          "name": "documento",
          "inputType": "tel",
          "title": "Número de documento",
          "validators": [
            {"type": "regex", "regex": "^[0-9]{8}$", "text": "Escriba los 8 dígitos"},
            {"type": "numeric", "minValue": 1, "maxValue": 99999999}
          ],
          "maxLength": 8
        },
        {"type": "html", "name": "aviso", "html": "<p>Hola</p>"},
        {"type": "text", "name": "edad", "inputType": "number", "titleLocation": "hidden"}
      ]
    },
    {
      "name": "curso",
      "maxTimeToFinish": 120,
      "elements": [
        {
          "type": "panel",
          "name": "preferencias",
          "title": "Preferencias",
          "elements": [
            {"type": "radiogroup", "name": "turno", "title": "Turno", "choices": ["manana", {"value": "tarde", "text": {"default": "Tarde", "pt": "Tarde"}}]},
            {
              "type": "paneldynamic",
              "name": "hijos",
              "title": "Hijos",
              "templateElements": [{"type": "comment", "name": "nota", "title": "Nota *", "description": "Opcional"}]
            }
          ]
        },
        {"type": "boolean", "name": "acepto", "title": "Acepto", "isRequired": true, "readOnly": true},
        {"type": "checkbox", "name": "temas", "title": "Temas", "visible": false},
        {"type": "dropdown", "name": "curso", "title": "Curso", "placeholder": "Elija"},
        {"type": "file", "name": "cv", "title": "CV"}
      ]
    }
  ]
})json";

TEST(SurveyJs, PagesAreStepsAndQuestionsAreFieldsInDocumentOrder) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form) << form.error().detail;
  EXPECT_EQ(form->origin, Origin::surveyjs);
  std::vector<std::string> keys;
  for (const auto& f : form->fields) keys.push_back(f.key);
  // "aviso" is html: shown content, not a field.
  EXPECT_EQ(keys, (std::vector<std::string>{"nombre", "documento", "edad", "turno", "nota", "acepto", "temas", "curso", "cv"}));
  ASSERT_EQ(form->steps.size(), 2u);
  EXPECT_EQ(form->steps[0].title.in("pt"), "Seus dados");
  EXPECT_EQ(form->steps[0].title.in("es"), "Sus datos");
  EXPECT_EQ(form->steps[0].at.path, "/pages/0");
  EXPECT_EQ(form->steps[0].at.pos, (SourcePos{7, 5}));
  // No title: the navigation shows the page's name.
  EXPECT_EQ(form->steps[1].title.any(), "curso");
  EXPECT_EQ(field(*form, "nombre")->step, 0);
  EXPECT_EQ(field(*form, "cv")->step, 1);
}

TEST(SurveyJs, PanelsAndDynamicPanelsAreNestedGroups) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->groups.size(), 2u);
  EXPECT_EQ(form->groups[0].label.any(), "Preferencias");
  EXPECT_EQ(form->groups[0].parent, -1);
  EXPECT_EQ(form->groups[0].step, 1);
  EXPECT_FALSE(form->groups[0].repeat);
  EXPECT_EQ(form->groups[0].at.path, "/pages/1/elements/0");
  EXPECT_EQ(form->groups[1].label.any(), "Hijos");
  EXPECT_EQ(form->groups[1].parent, 0);
  EXPECT_TRUE(form->groups[1].repeat);
  EXPECT_EQ(field(*form, "turno")->group, 0);
  EXPECT_EQ(field(*form, "nota")->group, 1);
  EXPECT_EQ(field(*form, "acepto")->group, -1);
}

TEST(SurveyJs, LocalizedMapsGiveOneTranslationPerLanguageWithItsPosition) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->languages, (std::vector<std::string>{"es", "pt"}));
  EXPECT_EQ(form->title.in("pt"), "Inscrição");
  const Field* nombre = field(*form, "nombre");
  ASSERT_NE(nombre, nullptr);
  ASSERT_EQ(nombre->label.values.size(), 2u);
  // "default" is in the survey's locale.
  EXPECT_EQ(nombre->label.values[0].lang, "es");
  EXPECT_EQ(nombre->label.values[0].text, "Nombre");
  EXPECT_EQ(nombre->label.values[0].at.pos, (SourcePos{14, 21}));
  EXPECT_EQ(nombre->label.values[0].at.path, "/pages/0/elements/0/title/default");
  EXPECT_EQ(nombre->label.values[1].lang, "pt");
  EXPECT_EQ(nombre->label.values[1].text, "Nome");
  EXPECT_EQ(nombre->label.values[1].at.path, "/pages/0/elements/0/title/pt");
  EXPECT_EQ(nombre->label.values[1].at.snippet, "\"pt\": \"Nome\"");
  EXPECT_FALSE(nombre->label_is_key);
  EXPECT_EQ(nombre->accessible_name.in("pt"), "Nome");
  // A plain string is in the survey's locale.
  const Field* documento = field(*form, "documento");
  ASSERT_EQ(documento->label.values.size(), 1u);
  EXPECT_EQ(documento->label.values[0].lang, "es");
  EXPECT_EQ(documento->label.values[0].at.pos, (SourcePos{23, 11}));
  EXPECT_EQ(documento->label.values[0].at.snippet, "\"title\": \"Número de documento\"");
}

TEST(SurveyJs, FieldPositionIsItsOpeningBrace) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* nombre = field(*form, "nombre");
  EXPECT_EQ(nombre->at.pos, (SourcePos{11, 9}));
  EXPECT_EQ(nombre->at.path, "/pages/0/elements/0");
  EXPECT_TRUE(nombre->at.snippet.starts_with("{ \"type\": \"text\", \"name\": \"nombre\""));
}

TEST(SurveyJs, WithoutTitleTheNameIsShownAndHiddenTitlesAreHidden) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* edad = field(*form, "edad");
  ASSERT_NE(edad, nullptr);
  EXPECT_TRUE(edad->label_is_key);
  EXPECT_EQ(edad->label.any(), "edad");
  EXPECT_EQ(edad->label.values[0].lang, "");
  EXPECT_EQ(edad->label.values[0].at.path, "/pages/0/elements/3/name");
  EXPECT_TRUE(edad->label_hidden);
  EXPECT_FALSE(field(*form, "nombre")->label_hidden);
}

TEST(SurveyJs, RequiredWithItsMessageAndTheRendererAsterisk) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* nombre = field(*form, "nombre");
  EXPECT_TRUE(nombre->required);
  EXPECT_EQ(nombre->required_at.pos, (SourcePos{15, 11}));
  EXPECT_EQ(nombre->required_at.path, "/pages/0/elements/0/isRequired");
  EXPECT_EQ(nombre->required_cue, RequiredCue::renderer);
  EXPECT_EQ(nombre->required_message.in("es"), "Escriba su nombre");
  EXPECT_EQ(nombre->required_message.in("pt"), "Escreva seu nome");
  const Field* acepto = field(*form, "acepto");
  EXPECT_TRUE(acepto->required);
  EXPECT_FALSE(acepto->required_message.present());
  EXPECT_FALSE(field(*form, "cv")->required);
  EXPECT_EQ(field(*form, "cv")->required_cue, RequiredCue::none);
  // "Nota *" marks a field that is not declared required.
  const Field* nota = field(*form, "nota");
  EXPECT_TRUE(nota->marked_required);
  EXPECT_FALSE(nota->required);
  EXPECT_EQ(nota->required_cue, RequiredCue::text);
  EXPECT_EQ(nota->hint.any(), "Opcional");
}

TEST(SurveyJs, EmptyRequiredTextRemovesTheAsterisk) {
  auto form = read(R"({"requiredText": "", "elements": [{"type": "text", "name": "a", "title": "A", "isRequired": true}]})");
  ASSERT_TRUE(form);
  EXPECT_TRUE(form->fields[0].required);
  EXPECT_EQ(form->fields[0].required_cue, RequiredCue::none);
}

TEST(SurveyJs, ValidatorsAreConstraintsWithTheirText) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* documento = field(*form, "documento");
  ASSERT_EQ(documento->constraints.size(), 4u);
  const Constraint& max_length = documento->constraints[0];
  EXPECT_EQ(max_length.kind, ConstraintKind::max_length);
  EXPECT_EQ(max_length.value, "8");
  EXPECT_FALSE(max_length.message.present());
  const Constraint& pattern = documento->constraints[1];
  EXPECT_EQ(pattern.kind, ConstraintKind::pattern);
  EXPECT_EQ(pattern.value, "^[0-9]{8}$");
  EXPECT_EQ(pattern.at.pos, (SourcePos{25, 31}));
  EXPECT_EQ(pattern.at.path, "/pages/0/elements/1/validators/0/regex");
  EXPECT_EQ(pattern.message.in("es"), "Escriba los 8 dígitos");
  EXPECT_EQ(pattern.message.values[0].at.path, "/pages/0/elements/1/validators/0/text");
  EXPECT_EQ(documento->constraints[2].kind, ConstraintKind::minimum);
  EXPECT_EQ(documento->constraints[2].value, "1");
  EXPECT_FALSE(documento->constraints[2].message.present());
  EXPECT_EQ(documento->constraints[3].kind, ConstraintKind::maximum);
  EXPECT_EQ(documento->constraints[3].value, "99999999");
}

TEST(SurveyJs, OtherValidatorKinds) {
  auto form = read(R"({"elements": [{"type": "text", "name": "a", "validators": [
    {"type": "text", "minLength": 8, "text": "Al menos 8"},
    {"type": "email", "text": "Correo no válido"},
    {"type": "expression", "expression": "{a} > 2"},
    {"type": "mivalidador"}]}]})");
  ASSERT_TRUE(form);
  const auto& c = form->fields[0].constraints;
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].kind, ConstraintKind::min_length);
  EXPECT_EQ(c[0].message.any(), "Al menos 8");
  EXPECT_EQ(c[1].kind, ConstraintKind::format);
  EXPECT_EQ(c[1].value, "email");
  EXPECT_EQ(c[1].message.any(), "Correo no válido");
  EXPECT_EQ(c[2].kind, ConstraintKind::custom);
  EXPECT_EQ(c[2].value, "{a} > 2");
  EXPECT_EQ(c[3].kind, ConstraintKind::custom);
  EXPECT_EQ(c[3].value, "mivalidador");
}

TEST(SurveyJs, ChoicesWithAndWithoutText) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* turno = field(*form, "turno");
  EXPECT_EQ(turno->control, Control::radio);
  ASSERT_EQ(turno->options.size(), 2u);
  // A bare choice is both value and text: SurveyJS shows it as written.
  EXPECT_EQ(turno->options[0].value, "manana");
  EXPECT_EQ(turno->options[0].label.any(), "manana");
  EXPECT_EQ(turno->options[0].at.path, "/pages/1/elements/0/elements/0/choices/0");
  EXPECT_EQ(turno->options[1].value, "tarde");
  EXPECT_EQ(turno->options[1].label.in("pt"), "Tarde");
  EXPECT_EQ(turno->options[1].label.values.size(), 2u);
}

TEST(SurveyJs, ControlsFromTypeAndInputType) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  EXPECT_EQ(field(*form, "nombre")->control, Control::text);
  EXPECT_EQ(field(*form, "documento")->control, Control::tel);
  EXPECT_EQ(field(*form, "documento")->type, "tel");
  EXPECT_EQ(field(*form, "cv")->type, "file");
  EXPECT_EQ(field(*form, "edad")->control, Control::number);
  EXPECT_EQ(field(*form, "nota")->control, Control::textarea);
  EXPECT_EQ(field(*form, "acepto")->control, Control::checkbox);
  EXPECT_TRUE(field(*form, "acepto")->read_only);
  // visible: false with no visibleIf is never shown.
  EXPECT_EQ(field(*form, "temas")->control, Control::hidden);
  EXPECT_EQ(field(*form, "curso")->control, Control::select);
  EXPECT_EQ(field(*form, "curso")->placeholder.any(), "Elija");
  EXPECT_EQ(field(*form, "cv")->control, Control::file);
}

TEST(SurveyJs, DeclaredPurposeWithItsPosition) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  const Field* nombre = field(*form, "nombre");
  EXPECT_TRUE(nombre->purpose.declared);
  EXPECT_EQ(nombre->purpose.token, "given-name");
  EXPECT_EQ(nombre->purpose.at.pos, (SourcePos{17, 11}));
  EXPECT_EQ(nombre->purpose.at.path, "/pages/0/elements/0/autocomplete");
  EXPECT_FALSE(field(*form, "documento")->purpose.declared);
}

TEST(SurveyJs, TimeLimitsOfSurveyAndPageCannotBeExtended) {
  auto form = read(kSurvey);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->time_limits.size(), 2u);
  EXPECT_EQ(form->time_limits[0].seconds, "600");
  EXPECT_EQ(form->time_limits[0].at.pos, (SourcePos{4, 3}));
  EXPECT_EQ(form->time_limits[0].at.path, "/timeLimit");
  EXPECT_TRUE(form->time_limits[0].shown);
  EXPECT_FALSE(form->time_limits[0].adjustable);
  EXPECT_EQ(form->time_limits[1].seconds, "120");
  EXPECT_EQ(form->time_limits[1].at.path, "/pages/1/maxTimeToFinish");
}

TEST(SurveyJs, OlderTimerNamesAndNoLimitAtZero) {
  auto form = read(R"({"maxTimeToFinish": 0, "maxTimeToFinishPage": 30, "showTimerPanel": "none",
                      "questions": [{"type": "text", "name": "a"}]})");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->time_limits.size(), 1u);
  EXPECT_EQ(form->time_limits[0].seconds, "30");
  EXPECT_EQ(form->time_limits[0].at.path, "/maxTimeToFinishPage");
  EXPECT_FALSE(form->time_limits[0].shown);
  // The older top-level "questions" is one page.
  ASSERT_EQ(form->fields.size(), 1u);
  EXPECT_EQ(form->steps.size(), 1u);
}

TEST(SurveyJs, OneLanguageDeclaresNone) {
  auto form = read(R"({"locale": "es", "title": "Registro", "elements": [{"type": "text", "name": "a", "title": "A"}]})");
  ASSERT_TRUE(form);
  EXPECT_TRUE(form->languages.empty());
  EXPECT_EQ(form->fields[0].label.values[0].lang, "es");
  EXPECT_EQ(form->title.any(), "Registro");
}

TEST(SurveyJs, QuestionTitleLocationHiddenAppliesToInnerQuestions) {
  auto form = read(R"({"elements": [{"type": "panel", "name": "p", "questionTitleLocation": "hidden",
    "elements": [{"type": "text", "name": "a", "title": "A"}, {"type": "text", "name": "b", "title": "B", "titleLocation": "top"}]}]})");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_TRUE(form->fields[0].label_hidden);
  EXPECT_FALSE(form->fields[1].label_hidden);
  // A panel without a title shows no caption.
  EXPECT_FALSE(form->groups[0].label.present());
}

TEST(SurveyJs, MalformedDefinitionsAreInputErrorsWithTheirPosition) {
  auto not_array = read("{\n  \"elements\": {\"type\": \"text\"}\n}");
  ASSERT_FALSE(not_array);
  EXPECT_EQ(not_array.error().code, ErrorCode::bad_input);
  EXPECT_EQ(not_array.error().detail, "SurveyJS \"elements\" is not an array (line 2, column 3)");

  auto not_object = read("{\"pages\": [{\"elements\": [\n  42\n]}]}");
  ASSERT_FALSE(not_object);
  EXPECT_EQ(not_object.error().detail, "SurveyJS element is not an object (line 2, column 3)");

  auto no_name = read("{\"elements\": [\n    {\"type\": \"text\", \"title\": \"Nombre\"}\n]}");
  ASSERT_FALSE(no_name);
  EXPECT_EQ(no_name.error().detail, "SurveyJS question of type \"text\" has no \"name\" (line 2, column 5)");

  auto pages = read("{\"pages\": 3}");
  ASSERT_FALSE(pages);
  EXPECT_EQ(pages.error().detail, "SurveyJS \"pages\" is not an array (line 1, column 2)");

  auto choices = read("{\"elements\": [{\"type\": \"dropdown\", \"name\": \"a\", \"choices\": \"x\"}]}");
  ASSERT_FALSE(choices);
  EXPECT_EQ(choices.error().code, ErrorCode::bad_input);

  auto root = read("[1, 2]");
  ASSERT_FALSE(root);
  EXPECT_EQ(root.error().detail, "SurveyJS definition is not a JSON object (line 1, column 1)");
}

TEST(SurveyJs, ElementsWithoutTypeAreSkippedAsSurveyJsDoes) {
  auto form = read(R"({"elements": [{"name": "sin_tipo", "title": "X"}, {"type": "text", "name": "a"},
                                    {"type": "micomponente", "name": "b", "title": "B"}]})");
  ASSERT_TRUE(form);
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_EQ(form->fields[0].key, "a");
  // An unknown type is a custom component: a field whose control we cannot name.
  EXPECT_EQ(form->fields[1].key, "b");
  EXPECT_EQ(form->fields[1].control, Control::other);
}

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(RAMPA_SOURCE_DIR) + "/fixtures/sites/empleo/formularios/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The portal's registration survey carries the barriers the README lists.
// Nesting is read with an explicit stack; its depth is bounded because every
// part keeps its JSON pointer, which is as long as the part is deep.
Result<FormModel> nested(int depth) {
  std::string text = "{\"elements\": [";
  for (int i = 0; i < depth; ++i) text += "{\"type\": \"panel\", \"name\": \"p\", \"elements\": [";
  text += "{\"type\": \"text\", \"name\": \"hondo\"}";
  for (int i = 0; i < depth; ++i) text += "]}";
  text += "]}";
  auto doc = json::parse(std::move(text), {100'000});
  if (!doc) return doc.error();
  return from_surveyjs(*doc);
}

TEST(SurveyJs, NestingUpToOneHundredLevelsIsRead) {
  auto form = nested(100);
  ASSERT_TRUE(form) << form.error().detail;
  ASSERT_EQ(form->groups.size(), 100u);
  ASSERT_EQ(form->fields.size(), 1u);
  EXPECT_EQ(form->fields[0].group, 99);
  EXPECT_EQ(form->groups[99].parent, 98);
  EXPECT_FALSE(nested(101));
}

TEST(SurveyJs, DeeperNestingIsAnInputErrorNotAQuadraticRead) {
  auto form = nested(20000);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().code, ErrorCode::bad_input);
  EXPECT_TRUE(form.error().detail.starts_with("SurveyJS panels are nested more than 100 deep (line 1, column ")) << form.error().detail;
}

// The portal's registration form carries the barriers the README lists.
TEST(SurveyJs, PortalRegistroCarriesItsBarriers) {
  auto form = read(fixture("registro.survey.json"));
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
  // SurveyJS would show the name; the author hid it, leaving the placeholder.
  EXPECT_TRUE(salario->label_is_key);
  EXPECT_TRUE(salario->label_hidden);
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

TEST(SurveyJs, PortalCursosCarriesItsBarriers) {
  auto form = read(fixture("cursos.survey.json"));
  ASSERT_TRUE(form) << form.error().detail;
  EXPECT_EQ(form->languages, (std::vector<std::string>{"es", "pt"}));
  ASSERT_EQ(form->steps.size(), 2u);
  ASSERT_EQ(form->fields.size(), 7u);
  const Field* documento = field(*form, "documento");
  ASSERT_EQ(documento->constraints.size(), 1u);
  EXPECT_EQ(documento->constraints[0].message.in("es"), "Escriba los 8 dígitos, sin puntos");
  EXPECT_FALSE(documento->hint.present());
  const Field* motivo = field(*form, "motivo");
  ASSERT_EQ(motivo->hint.values.size(), 1u);
  EXPECT_EQ(motivo->hint.values[0].lang, "es");
  EXPECT_EQ(motivo->label.values.size(), 2u);
  EXPECT_EQ(field(*form, "turno")->options.size(), 3u);
  ASSERT_EQ(form->time_limits.size(), 1u);
  EXPECT_EQ(form->time_limits[0].seconds, "600");
  EXPECT_TRUE(form->time_limits[0].shown);
  EXPECT_FALSE(form->time_limits[0].adjustable);
  EXPECT_EQ(field(*form, "curso")->step, 1);
}

}  // namespace
}  // namespace rampa::forms
