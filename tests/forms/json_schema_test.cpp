// The react-jsonschema-form reader: what each schema and uiSchema keyword
// puts in the FormModel, where each part is written, and which definitions
// are input errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "forms/builders.hpp"
#include "rampa/engine.hpp"

namespace fs = std::filesystem;

namespace rampa::forms {
namespace {

json::Doc parsed(std::string text) {
  auto r = json::parse(std::move(text));
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
  return std::move(r).value();
}

// Keeps the documents alive: Sources and texts point into them only by value,
// but a test may want to look at them again.
struct Built {
  json::Doc schema;
  std::optional<json::Doc> ui;
  Result<FormModel> form;
};

Built build(std::string schema, std::string ui = {}, const std::string& ui_file = "f.uischema.json") {
  Built b{parsed(std::move(schema)), std::nullopt, Error{}};
  if (!ui.empty()) b.ui = parsed(std::move(ui));
  b.form = from_json_schema(b.schema, b.ui ? &*b.ui : nullptr, ui_file);
  return b;
}

FormModel model(std::string schema, std::string ui = {}) {
  Built b = build(std::move(schema), std::move(ui));
  EXPECT_TRUE(b.form.ok()) << (b.form.ok() ? "" : b.form.error().detail);
  return b.form.ok() ? std::move(b.form).value() : FormModel{};
}

std::string error(std::string schema, std::string ui = {}) {
  Built b = build(std::move(schema), std::move(ui));
  EXPECT_FALSE(b.form.ok());
  if (b.form.ok()) return {};
  EXPECT_EQ(b.form.error().code, ErrorCode::bad_input);
  return b.form.error().detail;
}

const Field& field(const FormModel& f, std::string_view key) {
  for (const Field& fd : f.fields)
    if (fd.key == key) return fd;
  ADD_FAILURE() << "no field " << key;
  static const Field none;
  return none;
}

std::vector<std::string> keys(const FormModel& f) {
  std::vector<std::string> out;
  for (const Field& fd : f.fields) out.push_back(fd.key);
  return out;
}

SourcePos pos(std::uint32_t line, std::uint32_t column) { return {line, column}; }

TEST(JsonSchemaForm, FieldsLabelsAndWhereTheyAreWritten) {
  FormModel f = model(
      "{\n"
      "  \"title\": \"Registro\",\n"
      "  \"type\": \"object\",\n"
      "  \"required\": [\"nombres\", \"correo\"],\n"
      "  \"properties\": {\n"
      "    \"nombres\": {\"type\": \"string\", \"title\": \"Nombres\"},\n"
      "    \"correo\": {\"type\": \"string\", \"format\": \"email\", \"title\": \"Correo\"},\n"
      "    \"fecha_nac\": {\"type\": \"string\", \"format\": \"date\"}\n"
      "  }\n"
      "}");
  EXPECT_EQ(f.origin, Origin::json_schema);
  EXPECT_EQ(f.title.any(), "Registro");
  EXPECT_EQ(f.at.pos, pos(1, 1));
  ASSERT_EQ(f.steps.size(), 1u);
  EXPECT_EQ(keys(f), (std::vector<std::string>{"nombres", "correo", "fecha_nac"}));

  const Field& nombres = field(f, "nombres");
  EXPECT_EQ(nombres.at.pos, pos(6, 5));  // at the key: "nombres": {
  EXPECT_EQ(nombres.at.path, "/properties/nombres");
  EXPECT_EQ(nombres.at.snippet, "\"nombres\": {\"type\": \"string\", \"title\": \"Nombres\"}");
  EXPECT_TRUE(nombres.at.file.empty());
  EXPECT_EQ(nombres.control, Control::text);
  EXPECT_EQ(nombres.label.any(), "Nombres");
  EXPECT_FALSE(nombres.label_is_key);
  ASSERT_NE(nombres.label.source(), nullptr);
  EXPECT_EQ(nombres.label.source()->pos, pos(6, 35));
  EXPECT_EQ(nombres.label.source()->path, "/properties/nombres/title");
  EXPECT_EQ(nombres.label.source()->snippet, "\"title\": \"Nombres\"");
  EXPECT_EQ(nombres.accessible_name.any(), "Nombres");
  EXPECT_TRUE(nombres.required);
  EXPECT_EQ(nombres.required_at.pos, pos(4, 16));
  EXPECT_EQ(nombres.required_at.path, "/required/0");
  EXPECT_EQ(nombres.required_cue, RequiredCue::renderer);
  EXPECT_FALSE(nombres.marked_required);
  EXPECT_FALSE(nombres.required_message.present());

  const Field& correo = field(f, "correo");
  EXPECT_EQ(correo.control, Control::email);
  EXPECT_EQ(correo.type, "email");
  EXPECT_EQ(correo.required_at.path, "/required/1");
  EXPECT_EQ(correo.required_at.pos, pos(4, 27));
  ASSERT_EQ(correo.constraints.size(), 1u);
  EXPECT_EQ(correo.constraints[0].kind, ConstraintKind::format);
  EXPECT_EQ(correo.constraints[0].value, "email");
  EXPECT_FALSE(correo.constraints[0].message.present());

  // No title: react-jsonschema-form shows the key.
  const Field& fecha = field(f, "fecha_nac");
  EXPECT_EQ(fecha.control, Control::date);
  EXPECT_TRUE(fecha.label_is_key);
  EXPECT_EQ(fecha.label.any(), "fecha_nac");
  EXPECT_FALSE(fecha.required);
  EXPECT_EQ(fecha.required_cue, RequiredCue::none);
}

// A ui:field replaces the property, and all it holds, with a component of
// the application: none of its fields is judged, and the model says so.
TEST(JsonSchemaForm, PartsDrawnByACustomFieldAreNotReadAsFields) {
  FormModel f = model(
      R"({"type": "object", "properties": {"nombre": {"type": "string", "title": "Nombre"},
          "domicilio": {"type": "object", "properties": {"calle": {"type": "string"}, "numero": {"type": "string"}}},
          "cv": {"type": "string"}}})",
      R"({"domicilio": {"ui:field": "DomicilioConMapa"}, "cv": {"ui:field": "SubidaDeArchivo"}})");
  EXPECT_EQ(keys(f), (std::vector<std::string>{"nombre"}));
  EXPECT_EQ(f.custom_rendered, (std::vector<std::string>{"domicilio", "cv"}));
}

TEST(JsonSchemaForm, TheReportSaysWhichPartsACustomFieldDraws) {
  Engine e = std::move(Engine::create({})).value();
  PageReport r = e.audit_bytes(
      R"({"schema": {"type": "object", "properties": {"nombre": {"type": "string", "title": "Nombre"}, "cv": {"type": "string"}}},
          "uiSchema": {"cv": {"ui:field": "SubidaDeArchivo"}}})",
      "postulante.schema.json");
  ASSERT_FALSE(r.error) << r.error->detail;
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].message_id, "forms.custom-field");
  EXPECT_EQ(r.notes[0].args, (MessageArgs{{"count", "1"}, {"keys", "cv"}}));
}

TEST(JsonSchemaForm, UiSchemaInTheSameFile) {
  FormModel f = model(R"({
  "schema": {
    "type": "object",
    "properties": {
      "salario": {"type": "number", "title": "Salario"},
      "clave": {"type": "string", "title": "Clave"},
      "nota": {"type": "string"},
      "oculto": {"type": "string"},
      "dir": {"type": "string", "title": "Dirección *"}
    }
  },
  "uiSchema": {
    "ui:order": ["clave", "*", "salario"],
    "salario": {"ui:options": {"label": false}, "ui:placeholder": "Salario pretendido"},
    "clave": {"ui:widget": "password", "ui:help": "Al menos 8 caracteres", "ui:autocomplete": "new-password"},
    "nota": {"ui:widget": "textarea", "ui:title": "Nota", "ui:description": "Opcional", "ui:label": false},
    "oculto": {"ui:widget": "hidden"},
    "dir": {"ui:options": {"autocomplete": "street-address", "readonly": true}}
  }
})");
  EXPECT_EQ(keys(f), (std::vector<std::string>{"clave", "nota", "oculto", "dir", "salario"}));

  const Field& salario = field(f, "salario");
  EXPECT_EQ(salario.control, Control::number);
  EXPECT_TRUE(salario.label_hidden);
  EXPECT_EQ(salario.placeholder.any(), "Salario pretendido");
  EXPECT_EQ(salario.placeholder.source()->path, "/uiSchema/salario/ui:placeholder");
  EXPECT_EQ(salario.placeholder.source()->pos, pos(14, 49));
  EXPECT_TRUE(salario.placeholder.source()->file.empty());
  EXPECT_EQ(salario.accessible_name.any(), "Salario pretendido");

  const Field& clave = field(f, "clave");
  EXPECT_EQ(clave.control, Control::password);
  EXPECT_EQ(clave.type, "password");
  EXPECT_EQ(clave.hint.any(), "Al menos 8 caracteres");
  EXPECT_TRUE(clave.purpose.declared);
  EXPECT_EQ(clave.purpose.token, "new-password");
  EXPECT_EQ(clave.purpose.at.path, "/uiSchema/clave/ui:autocomplete");
  EXPECT_EQ(clave.purpose.at.pos, pos(15, 76));

  const Field& nota = field(f, "nota");
  EXPECT_EQ(nota.control, Control::textarea);
  EXPECT_EQ(nota.label.any(), "Nota");
  EXPECT_EQ(nota.label.source()->path, "/uiSchema/nota/ui:title");
  EXPECT_FALSE(nota.label_is_key);
  EXPECT_TRUE(nota.label_hidden);  // "ui:label": false
  EXPECT_EQ(nota.hint.any(), "Opcional");
  EXPECT_FALSE(nota.accessible_name.present());

  EXPECT_EQ(field(f, "oculto").control, Control::hidden);

  const Field& dir = field(f, "dir");
  EXPECT_TRUE(dir.marked_required);
  EXPECT_FALSE(dir.required);
  EXPECT_EQ(dir.required_cue, RequiredCue::text);
  EXPECT_EQ(dir.purpose.token, "street-address");  // inside ui:options, without the prefix
  EXPECT_EQ(dir.purpose.at.path, "/uiSchema/dir/ui:options/autocomplete");
  EXPECT_TRUE(dir.read_only);
}

TEST(JsonSchemaForm, ConstraintsAndTheirAjvErrorsMessages) {
  FormModel f = model(R"({
  "type": "object",
  "required": ["cedula", "clave", "codigo", "terminos"],
  "errorMessage": {
    "required": {"cedula": "Escriba su cédula", "clave": "Elija una contraseña"},
    "properties": {"codigo": "Use 4 letras"}
  },
  "properties": {
    "cedula": {"type": "string", "pattern": "^[0-9]{6,10}$"},
    "clave": {"type": "string", "minLength": 8, "maxLength": 64,
              "errorMessage": {"minLength": "Al menos 8 caracteres", "_": "Revise la contraseña"}},
    "edad": {"type": "integer", "minimum": 18, "exclusiveMaximum": 120, "errorMessage": "Una edad entre 18 y 119"},
    "codigo": {"type": "string", "pattern": "^[A-Z]{4}$"},
    "terminos": {"type": "boolean", "title": "Acepto"}
  }
})");
  const Field& cedula = field(f, "cedula");
  ASSERT_EQ(cedula.constraints.size(), 1u);
  EXPECT_EQ(cedula.constraints[0].kind, ConstraintKind::pattern);
  EXPECT_EQ(cedula.constraints[0].value, "^[0-9]{6,10}$");
  EXPECT_EQ(cedula.constraints[0].at.path, "/properties/cedula/pattern");
  EXPECT_EQ(cedula.constraints[0].at.pos, pos(9, 34));
  EXPECT_FALSE(cedula.constraints[0].message.present());
  EXPECT_EQ(cedula.required_message.any(), "Escriba su cédula");
  EXPECT_EQ(cedula.required_message.source()->path, "/errorMessage/required/cedula");
  EXPECT_EQ(cedula.required_message.source()->pos, pos(5, 18));

  const Field& clave = field(f, "clave");
  ASSERT_EQ(clave.constraints.size(), 2u);
  EXPECT_EQ(clave.constraints[0].kind, ConstraintKind::min_length);
  EXPECT_EQ(clave.constraints[0].value, "8");
  EXPECT_EQ(clave.constraints[0].message.any(), "Al menos 8 caracteres");
  EXPECT_EQ(clave.constraints[0].message.source()->path, "/properties/clave/errorMessage/minLength");
  EXPECT_EQ(clave.constraints[1].kind, ConstraintKind::max_length);
  EXPECT_EQ(clave.constraints[1].message.any(), "Revise la contraseña");  // "_": every other keyword
  EXPECT_EQ(clave.required_message.any(), "Elija una contraseña");

  const Field& edad = field(f, "edad");
  EXPECT_EQ(edad.control, Control::number);
  ASSERT_EQ(edad.constraints.size(), 2u);
  EXPECT_EQ(edad.constraints[0].kind, ConstraintKind::minimum);
  EXPECT_EQ(edad.constraints[1].kind, ConstraintKind::maximum);
  EXPECT_EQ(edad.constraints[1].value, "120");
  for (const Constraint& c : edad.constraints) EXPECT_EQ(c.message.any(), "Una edad entre 18 y 119");

  const Field& codigo = field(f, "codigo");
  ASSERT_EQ(codigo.constraints.size(), 1u);
  EXPECT_EQ(codigo.constraints[0].message.any(), "Use 4 letras");
  EXPECT_FALSE(codigo.required_message.present());

  const Field& terminos = field(f, "terminos");
  EXPECT_EQ(terminos.control, Control::checkbox);
  EXPECT_TRUE(terminos.required);
  EXPECT_EQ(terminos.required_at.path, "/required/3");
  EXPECT_FALSE(terminos.required_message.present());

  // A repeated key is one property, the last one.
  FormModel twice = model(R"({"properties": {"a": {"title": "Uno"}, "b": {}, "a": {"title": "Dos"}}})");
  EXPECT_EQ(keys(twice), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(field(twice, "a").label.any(), "Dos");

  // One message for every missing property.
  FormModel all = model(R"({"required": ["a"], "errorMessage": {"required": "Complete este campo"},
                            "properties": {"a": {"type": "string"}}})");
  EXPECT_EQ(field(all, "a").required_message.any(), "Complete este campo");
}

TEST(JsonSchemaForm, ChoicesWithAndWithoutLabels) {
  FormModel f = model(R"({
  "schema": {
    "type": "object",
    "properties": {
      "estudios": {"type": "string", "enum": ["primaria", "secundaria"], "enumNames": ["Primaria", "Secundaria"]},
      "disponibilidad": {"type": "string", "enum": ["completa", "parcial"]},
      "turno": {"type": "string", "oneOf": [{"const": "m", "title": "Mañana"}, {"const": "t", "title": "Tarde"}]},
      "idiomas": {"type": "array", "uniqueItems": true, "items": {"type": "string", "enum": ["es", "pt"]}},
      "acepta": {"type": "boolean", "title": "Acepta"},
      "nivel": {"type": "string", "enum": ["a", "b"]}
    }
  },
  "uiSchema": {
    "disponibilidad": {"ui:widget": "radio"},
    "idiomas": {"ui:widget": "checkboxes", "ui:enumNames": ["Español", "Portugués"]},
    "acepta": {"ui:widget": "radio"},
    "nivel": {"ui:enumNames": ["Básico", "Avanzado"]}
  }
})");
  const Field& estudios = field(f, "estudios");
  EXPECT_EQ(estudios.control, Control::select);
  ASSERT_EQ(estudios.options.size(), 2u);
  EXPECT_EQ(estudios.options[1].value, "secundaria");
  EXPECT_EQ(estudios.options[1].label.any(), "Secundaria");
  EXPECT_EQ(estudios.options[1].at.path, "/schema/properties/estudios/enum/1");
  EXPECT_EQ(estudios.options[1].label.source()->path, "/schema/properties/estudios/enumNames/1");

  const Field& disp = field(f, "disponibilidad");
  EXPECT_EQ(disp.control, Control::radio);
  ASSERT_EQ(disp.options.size(), 2u);
  EXPECT_FALSE(disp.options[0].label.present());
  EXPECT_EQ(disp.options[0].value, "completa");

  const Field& turno = field(f, "turno");
  EXPECT_EQ(turno.control, Control::select);
  ASSERT_EQ(turno.options.size(), 2u);
  EXPECT_EQ(turno.options[0].value, "m");
  EXPECT_EQ(turno.options[0].label.any(), "Mañana");
  EXPECT_EQ(turno.options[0].at.path, "/schema/properties/turno/oneOf/0");

  const Field& idiomas = field(f, "idiomas");
  EXPECT_EQ(idiomas.control, Control::checkboxes);
  ASSERT_EQ(idiomas.options.size(), 2u);
  EXPECT_EQ(idiomas.options[1].label.any(), "Portugués");
  EXPECT_EQ(idiomas.options[1].label.source()->path, "/uiSchema/idiomas/ui:enumNames/1");
  EXPECT_TRUE(f.groups.empty());  // a list of choices is one field, not a repeat group

  const Field& acepta = field(f, "acepta");
  EXPECT_EQ(acepta.control, Control::radio);
  ASSERT_EQ(acepta.options.size(), 2u);
  EXPECT_EQ(acepta.options[0].label.any(), "Yes");  // the renderer's own

  EXPECT_EQ(field(f, "nivel").options[1].label.any(), "Avanzado");
}

TEST(JsonSchemaForm, NestedObjectsAndListsAreGroups) {
  FormModel f = model(R"({
  "type": "object",
  "properties": {
    "datos_personales": {
      "type": "object",
      "title": "Datos personales",
      "required": ["nombres"],
      "properties": {"nombres": {"type": "string", "title": "Nombres"}}
    },
    "contacto": {
      "type": "object",
      "properties": {"telefono": {"type": "string", "title": "Teléfono"}}
    },
    "hijos": {
      "type": "array",
      "title": "Hijos",
      "items": {"type": "object", "properties": {"edad": {"type": "integer", "title": "Edad"}}}
    },
    "telefonos": {"type": "array", "title": "Teléfonos", "items": {"type": "string"}},
    "fin": {"type": "string"}
  }
})");
  ASSERT_EQ(f.groups.size(), 4u);
  EXPECT_EQ(f.groups[0].label.any(), "Datos personales");
  EXPECT_EQ(f.groups[0].at.path, "/properties/datos_personales");
  EXPECT_EQ(f.groups[0].at.pos, pos(4, 5));
  EXPECT_EQ(f.groups[0].parent, -1);
  EXPECT_FALSE(f.groups[0].repeat);
  EXPECT_EQ(f.groups[1].label.any(), "contacto");  // the key, as the renderer shows it
  EXPECT_TRUE(f.groups[2].repeat);
  EXPECT_EQ(f.groups[2].label.any(), "Hijos");
  EXPECT_TRUE(f.groups[3].repeat);

  EXPECT_EQ(keys(f), (std::vector<std::string>{"nombres", "telefono", "edad", "telefonos", "fin"}));
  EXPECT_EQ(field(f, "nombres").group, 0);
  EXPECT_TRUE(field(f, "nombres").required);
  EXPECT_EQ(field(f, "nombres").required_at.path, "/properties/datos_personales/required/0");
  EXPECT_EQ(field(f, "telefono").group, 1);
  EXPECT_EQ(field(f, "edad").group, 2);
  EXPECT_EQ(field(f, "edad").at.path, "/properties/hijos/items/properties/edad");
  const Field& tel = field(f, "telefonos");
  EXPECT_EQ(tel.group, 3);
  EXPECT_EQ(tel.label.any(), "Teléfonos");
  EXPECT_FALSE(tel.label_is_key);
  EXPECT_EQ(field(f, "fin").group, -1);
}

TEST(JsonSchemaForm, RefsResolveWithinTheFile) {
  FormModel f = model(R"({
  "definitions": {
    "telefono": {"type": "string", "title": "Teléfono", "pattern": "^[0-9 ]+$"},
    "alias": {"$ref": "#/definitions/telefono"},
    "direccion": {"type": "object", "title": "Dirección", "properties": {"calle": {"type": "string"}}}
  },
  "$defs": {"correo": {"type": "string", "format": "email"}},
  "type": "object",
  "properties": {
    "casa": {"$ref": "#/definitions/alias", "title": "Teléfono de casa"},
    "movil": {"$ref": "#/definitions/telefono"},
    "correo": {"$ref": "#/$defs/correo"},
    "dir": {"$ref": "#/definitions/direccion"}
  }
})");
  const Field& casa = field(f, "casa");
  EXPECT_EQ(casa.at.path, "/properties/casa");  // where it is used
  EXPECT_EQ(casa.label.any(), "Teléfono de casa");  // a keyword beside $ref wins
  ASSERT_EQ(casa.constraints.size(), 1u);
  EXPECT_EQ(casa.constraints[0].at.path, "/definitions/telefono/pattern");  // where it is written
  EXPECT_EQ(field(f, "movil").label.any(), "Teléfono");
  EXPECT_EQ(field(f, "movil").label.source()->path, "/definitions/telefono/title");
  EXPECT_EQ(field(f, "correo").control, Control::email);
  ASSERT_EQ(f.groups.size(), 1u);
  EXPECT_EQ(f.groups[0].label.any(), "Dirección");
  EXPECT_EQ(field(f, "calle").group, 0);

  // Inside the {schema, uiSchema} wrapper, "#" is the schema, not the file.
  FormModel wrapped = model(R"({"schema": {"definitions": {"t": {"type": "string", "title": "T"}},
                                "properties": {"a": {"$ref": "#/definitions/t"}}}})");
  EXPECT_EQ(field(wrapped, "a").label.source()->path, "/schema/definitions/t/title");
}

TEST(JsonSchemaForm, RefCyclesAndRecursiveSchemas) {
  std::string cycle = error(R"({
  "definitions": {
    "a": {"$ref": "#/definitions/b"},
    "b": {"$ref": "#/definitions/a"}
  },
  "properties": {"x": {"$ref": "#/definitions/a"}}
})");
  EXPECT_NE(cycle.find("\"$ref\" cycle"), std::string::npos) << cycle;
  EXPECT_NE(cycle.find("line 4, column 11"), std::string::npos) << cycle;
  EXPECT_NE(cycle.find("/definitions/b/$ref"), std::string::npos) << cycle;

  std::string self = error(R"({"properties": {"x": {"$ref": "#/properties/x"}}})");
  EXPECT_NE(self.find("cycle"), std::string::npos) << self;

  // A tree of people is a valid recursive schema: expanded once, not forever.
  FormModel tree = model(R"({
  "definitions": {
    "persona": {"type": "object", "title": "Persona", "properties": {
      "nombre": {"type": "string"},
      "hijos": {"type": "array", "items": {"$ref": "#/definitions/persona"}}
    }}
  },
  "properties": {"raiz": {"$ref": "#/definitions/persona"}}
})");
  EXPECT_EQ(keys(tree), (std::vector<std::string>{"nombre"}));
  ASSERT_EQ(tree.groups.size(), 2u);
  EXPECT_TRUE(tree.groups[1].repeat);
  EXPECT_EQ(tree.groups[1].parent, 0);

  std::string missing = error(R"({"properties": {"x": {"$ref": "#/definitions/nada"}}})");
  EXPECT_NE(missing.find("\"#/definitions/nada\""), std::string::npos) << missing;
  EXPECT_NE(missing.find("line 1, column 23"), std::string::npos) << missing;

  std::string outside = error(R"({"properties": {"x": {"$ref": "comun.json#/definitions/x"}}})");
  EXPECT_NE(outside.find("outside the file"), std::string::npos) << outside;
}

TEST(JsonSchemaForm, RefExpansionIsBounded) {
  // Each level doubles the fields: 2^20 of them if expanded.
  std::string s = R"({"definitions": {"d0": {"type": "string"})";
  for (int i = 1; i <= 20; ++i)
    s += ", \"d" + std::to_string(i) + "\": {\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/definitions/d" +
         std::to_string(i - 1) + "\"}, \"b\": {\"$ref\": \"#/definitions/d" + std::to_string(i - 1) + "\"}}}";
  s += R"(}, "properties": {"x": {"$ref": "#/definitions/d20"}}})";
  std::string e = error(s);
  EXPECT_NE(e.find("more than 20000 fields"), std::string::npos) << e;

  std::string deep = "{\"properties\": {\"a\": ";
  for (int i = 0; i < 200; ++i) deep += "{\"type\": \"object\", \"properties\": {\"a\": ";
  deep += "{\"type\": \"string\"}";
  for (int i = 0; i < 200; ++i) deep += "}}";
  deep += "}}";
  std::string de = error(deep);
  EXPECT_NE(de.find("deeper than 64 levels"), std::string::npos) << de;
}

TEST(JsonSchemaForm, CompanionUiSchemaFindingsNameTheirFile) {
  Built b = build(R"({
  "type": "object",
  "properties": {"nombres": {"type": "string"}}
})",
                  R"({
  "nombres": {
    "ui:title": "Nombres",
    "ui:autocomplete": "nombre"
  }
})",
                  "registro.uischema.json");
  ASSERT_TRUE(b.form.ok()) << b.form.error().detail;
  const Field& f = field(*b.form, "nombres");
  EXPECT_EQ(f.label.any(), "Nombres");
  EXPECT_FALSE(f.label_is_key);
  EXPECT_EQ(f.label.source()->file, "registro.uischema.json");
  EXPECT_EQ(f.label.source()->pos, pos(3, 5));
  EXPECT_EQ(f.label.source()->path, "/nombres/ui:title");
  EXPECT_EQ(f.purpose.token, "nombre");
  EXPECT_EQ(f.purpose.at.file, "registro.uischema.json");
  EXPECT_EQ(f.purpose.at.pos, pos(4, 5));
  EXPECT_TRUE(f.at.file.empty());  // the field itself is in the schema

  std::string bad = error(R"({"properties": {"a": {"type": "string"}}})", R"({"a": {}, "ui:order": 3})");
  EXPECT_NE(bad.find("\"ui:order\" that is not an array"), std::string::npos) << bad;
  EXPECT_NE(bad.find("line 1, column 11 (/ui:order of f.uischema.json)"), std::string::npos) << bad;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("rampa-jsonschema-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, std::string_view content) const {
    fs::path p = path / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

TEST(JsonSchemaForm, TheEngineFindsTheCompanionUiSchema) {
  TempDir t;
  fs::path schema = t.write("alta.schema.json", R"({"type": "object", "properties": {"a": {"type": "string"}}})");
  t.write("alta.uischema.json", R"({"ui:order": "x", "a": {"ui:widget": "nope"}})");
  auto engine = std::move(Engine::create({})).value();
  // The broken uiSchema is reported, so it was found and read with its schema.
  PageReport r = engine.audit_file(schema, "alta.schema.json");
  ASSERT_TRUE(r.error.has_value());
  EXPECT_NE(r.error->detail.find("alta.uischema.json"), std::string::npos) << r.error->detail;

  t.write("alta.uischema.json", R"({"$comment": "labels", "a": {"ui:title": "A"}})");
  PageReport ok = engine.audit_file(schema, "alta.schema.json");
  EXPECT_FALSE(ok.error.has_value()) << ok.error->detail;
  PageReport alone = engine.audit_file(t.path / "alta.uischema.json", "alta.uischema.json");
  EXPECT_FALSE(alone.error.has_value()) << alone.error->detail;
}

TEST(JsonSchemaForm, MalformedDefinitionsAreInputErrorsWithAPosition) {
  struct Case {
    std::string schema;
    std::string says;
    std::string where;
  };
  const Case cases[] = {
      {R"({"schema": []})", "schema that is not an object", "line 1, column 2 (/schema)"},
      {R"({"properties": []})", "\"properties\" that is not an object", "line 1, column 2 (/properties)"},
      {"{\"properties\": {},\n \"required\": \"a\"}", "\"required\" that is not an array", "line 2, column 2 (/required)"},
      {R"({"required": [1], "properties": {}})", "not a property name", "line 1, column 15 (/required/0)"},
      {R"({"properties": {"a": "text"}})", "property schema that is not an object", "line 1, column 17 (/properties/a)"},
      {R"({"properties": {"a": {"type": "string", "enum": "x"}}})", "\"enum\" that is not an array",
       "(/properties/a/enum)"},
      {R"({"properties": {"a": {"type": "string", "pattern": 5}}})", "\"pattern\" that is not a string",
       "(/properties/a/pattern)"},
      {R"({"properties": {"a": {"type": "array"}}})", "array without \"items\"", "(/properties/a)"},
      {R"({"properties": {"a": {"$ref": 1}}})", "\"$ref\" that is not a string", "(/properties/a/$ref)"},
      {R"({"schema": {}, "uiSchema": 1})", "\"uiSchema\" that is not an object", "line 1, column 16 (/uiSchema)"},
      {R"([1, 2])", "top level is not an object", "line 1, column 1"},
  };
  for (const Case& c : cases) {
    std::string e = error(c.schema);
    EXPECT_NE(e.find(c.says), std::string::npos) << c.schema << " -> " << e;
    EXPECT_NE(e.find(c.where), std::string::npos) << c.schema << " -> " << e;
  }
}

TEST(JsonSchemaForm, ThePortalDefinitionsCarryTheirBarriers) {
  const fs::path dir = fs::path(RAMPA_SOURCE_DIR) / "fixtures/sites/empleo/formularios";
  auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  json::Doc schema = parsed(read(dir / "registro.schema.json"));
  json::Doc ui = parsed(read(dir / "registro.uischema.json"));
  auto r = from_json_schema(schema, &ui, "registro.uischema.json");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  const FormModel& f = *r;
  EXPECT_EQ(keys(f), (std::vector<std::string>{"nombres", "apellidos", "cedula", "nacimiento", "correo",
                                               "correo_confirmacion", "telefono", "direccion", "salario",
                                               "estudios", "disponibilidad", "cv", "clave", "terminos"}));
  ASSERT_EQ(f.groups.size(), 3u);
  EXPECT_EQ(field(f, "nombres").purpose.token, "nombre");
  EXPECT_EQ(field(f, "nombres").purpose.at.file, "registro.uischema.json");
  EXPECT_FALSE(field(f, "correo").purpose.declared);
  EXPECT_EQ(field(f, "correo_confirmacion").purpose.token, "email");
  const Field& cedula = field(f, "cedula");
  ASSERT_EQ(cedula.constraints.size(), 1u);
  EXPECT_FALSE(cedula.constraints[0].message.present());
  EXPECT_FALSE(cedula.hint.present());
  EXPECT_TRUE(field(f, "direccion").marked_required);
  EXPECT_FALSE(field(f, "direccion").required);
  EXPECT_TRUE(field(f, "salario").label_hidden);
  EXPECT_TRUE(field(f, "salario").placeholder.present());
  for (const Option& o : field(f, "estudios").options) EXPECT_TRUE(o.label.present()) << o.value;
  EXPECT_EQ(field(f, "disponibilidad").control, Control::radio);
  for (const Option& o : field(f, "disponibilidad").options) EXPECT_FALSE(o.label.present()) << o.value;
  EXPECT_EQ(field(f, "cv").control, Control::file);
  const Field& clave = field(f, "clave");
  EXPECT_EQ(clave.control, Control::password);
  EXPECT_TRUE(clave.hint.present());
  ASSERT_EQ(clave.constraints.size(), 1u);
  EXPECT_TRUE(clave.constraints[0].message.present());
  EXPECT_FALSE(field(f, "terminos").required_message.present());
  for (const Field& fd : f.fields) {
    if (fd.required && fd.key != "terminos") {
      EXPECT_TRUE(fd.required_message.present()) << fd.key;
    }
    if (fd.key != "cedula") {
      for (const Constraint& c : fd.constraints) EXPECT_TRUE(c.message.present()) << fd.key;
    }
  }

  json::Doc cursos = parsed(read(dir / "cursos.rjsf.json"));
  auto c = from_json_schema(cursos, nullptr, {});
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(keys(*c), (std::vector<std::string>{"nombre", "apellido", "correo", "documento", "curso", "turno",
                                                "motivo"}));
  const Field& documento = field(*c, "documento");
  ASSERT_EQ(documento.constraints.size(), 1u);
  EXPECT_EQ(documento.constraints[0].value, "^[0-9]{8}$");
  EXPECT_TRUE(documento.constraints[0].message.present());
  EXPECT_FALSE(documento.hint.present());
  EXPECT_EQ(field(*c, "turno").control, Control::radio);
  EXPECT_EQ(field(*c, "motivo").control, Control::textarea);
}

}  // namespace
}  // namespace rampa::forms
