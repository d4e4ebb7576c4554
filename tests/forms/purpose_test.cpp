// Purpose inference: what personal datum a field asks for, from its label and
// key in es, pt and en, and what it must not take for one.
#include <gtest/gtest.h>

#include "forms/builders.hpp"

using rampa::forms::Control;
using rampa::forms::Field;
using rampa::forms::FormModel;
using rampa::forms::Purpose;

namespace {

Field field(std::string key, std::string label, Control control = Control::text) {
  Field f;
  f.key = std::move(key);
  f.control = control;
  if (!label.empty()) f.label.values.push_back({"", std::move(label), {}});
  return f;
}

Purpose infer_one(Field f) {
  FormModel form;
  form.fields.push_back(std::move(f));
  rampa::forms::infer_purposes(form);
  return form.fields[0].inferred;
}

std::string token(std::string key, std::string label, Control control = Control::text) {
  return infer_one(field(std::move(key), std::move(label), control)).token;
}

Field select_field(std::string key, std::string label, std::vector<std::string> options) {
  Field f = field(std::move(key), std::move(label), Control::select);
  for (std::string& o : options) f.options.push_back({o, {{{"", o, {}}}}, {}});
  return f;
}

std::string qualifier(std::string label) { return infer_one(field("x", std::move(label))).qualifier; }

}  // namespace

TEST(Purpose, ReadsSpanishLabels) {
  EXPECT_EQ(token("campo1", "Nombres"), "given-name");
  EXPECT_EQ(token("campo1", "Primer nombre"), "given-name");
  EXPECT_EQ(token("campo1", "Segundo nombre"), "additional-name");
  EXPECT_EQ(token("campo1", "Apellidos"), "family-name");
  EXPECT_EQ(token("campo1", "Nombre completo"), "name");
  EXPECT_EQ(token("campo1", "Nombre y apellido"), "name");
  EXPECT_EQ(token("campo1", "Correo electrónico"), "email");
  EXPECT_EQ(token("campo1", "Dirección de correo electrónico"), "email");
  EXPECT_EQ(token("campo1", "Teléfono celular"), "tel");
  EXPECT_EQ(token("campo1", "Número de teléfono"), "tel");
  EXPECT_EQ(token("campo1", "Móvil"), "tel");
  EXPECT_EQ(token("campo1", "Fecha de nacimiento"), "bday");
  EXPECT_EQ(token("campo1", "Dirección *"), "street-address");
  EXPECT_EQ(token("campo1", "Código postal"), "postal-code");
  EXPECT_EQ(token("campo1", "Ciudad de residencia"), "address-level2");
  EXPECT_EQ(token("campo1", "País"), "country-name");
  EXPECT_EQ(token("campo1", "Nombre de usuario"), "username");
  EXPECT_EQ(token("campo1", "Empresa"), "organization");
  EXPECT_EQ(token("campo1", "Cargo actual"), "organization-title");
  EXPECT_EQ(token("campo1", "Sexo"), "sex");
  EXPECT_EQ(token("campo1", "Género"), "sex");
}

TEST(Purpose, ReadsPortugueseLabels) {
  EXPECT_EQ(token("campo1", "Nome"), "given-name");
  EXPECT_EQ(token("campo1", "Nome completo"), "name");
  EXPECT_EQ(token("campo1", "Sobrenome"), "family-name");
  EXPECT_EQ(token("campo1", "Endereço de e-mail"), "email");
  EXPECT_EQ(token("campo1", "Telefone"), "tel");
  EXPECT_EQ(token("campo1", "Data de nascimento"), "bday");
  EXPECT_EQ(token("campo1", "Endereço"), "street-address");
  EXPECT_EQ(token("campo1", "CEP"), "postal-code");
  EXPECT_EQ(token("campo1", "Cidade"), "address-level2");
  EXPECT_EQ(token("campo1", "Gênero"), "sex");
}

TEST(Purpose, ReadsEnglishLabels) {
  EXPECT_EQ(token("f1", "First name"), "given-name");
  EXPECT_EQ(token("f1", "Last name"), "family-name");
  EXPECT_EQ(token("f1", "Surname"), "family-name");
  EXPECT_EQ(token("f1", "Full name"), "name");
  EXPECT_EQ(token("f1", "Email address"), "email");
  EXPECT_EQ(token("f1", "Phone number"), "tel");
  EXPECT_EQ(token("f1", "Date of birth"), "bday");
  EXPECT_EQ(token("f1", "ZIP code"), "postal-code");
  EXPECT_EQ(token("f1", "Country"), "country-name");
  EXPECT_EQ(token("f1", "Username"), "username");
}

TEST(Purpose, SplitsKeysOnSeparatorsAndCamelCase) {
  EXPECT_EQ(token("fecha_nacimiento", ""), "bday");
  EXPECT_EQ(token("fechaNacimiento", ""), "bday");
  EXPECT_EQ(token("codigo-postal", ""), "postal-code");
  EXPECT_EQ(token("datos.telefono2", ""), "tel");
  EXPECT_EQ(token("firstName", ""), "given-name");
  EXPECT_EQ(token("correo_confirmacion", ""), "email");
}

TEST(Purpose, EvidenceIsTheTextAsWritten) {
  Purpose p = infer_one(field("campo1", "¿Cuál es su correo electrónico?"));
  EXPECT_EQ(p.token, "email");
  EXPECT_EQ(p.evidence, "correo electrónico");
  EXPECT_FALSE(p.declared);
  EXPECT_FALSE(p.at.known());
  EXPECT_EQ(infer_one(field("fechaNacimiento", "")).evidence, "fechaNacimiento");
}

TEST(Purpose, TheLabelWinsOverTheKey) {
  // A generic key ("campo_3") is common; the label is what the person reads.
  EXPECT_EQ(token("nombre", "Correo electrónico"), "email");
  // A label about something else vetoes the key too.
  EXPECT_EQ(token("nombre", "Nombre del curso"), "");
}

TEST(Purpose, LeavesIdentityNumbersAlone) {
  // No autocomplete token exists for them: there is nothing to declare.
  EXPECT_EQ(token("cedula", "Número de cédula"), "");
  EXPECT_EQ(token("cpf", "CPF"), "");
  EXPECT_EQ(token("curp", "CURP"), "");
  EXPECT_EQ(token("dni", "DNI"), "");
  EXPECT_EQ(token("rut", "RUT"), "");
}

TEST(Purpose, IgnoresFalseFriends) {
  EXPECT_EQ(token("campo1", "Nombre del curso"), "");
  EXPECT_EQ(token("campo1", "Nombre de la empresa"), "");
  EXPECT_EQ(token("campo1", "Correo de la empresa"), "");
  EXPECT_EQ(token("campo1", "Teléfono de emergencia"), "");
  EXPECT_EQ(token("campo1", "Nome da mãe"), "");
  EXPECT_EQ(token("campo1", "Lugar de nacimiento"), "");
  EXPECT_EQ(token("campo1", "Código de país"), "");
  EXPECT_EQ(token("campo1", "Tipo de usuario"), "");
  EXPECT_EQ(token("campo1", "Palabra clave"), "");
  EXPECT_EQ(token("campo1", "Cargo pretendido"), "");
  EXPECT_EQ(token("f1", "Course name"), "");
  EXPECT_EQ(token("f1", "Company email"), "");
  EXPECT_EQ(token("f1", "Name of the event"), "");
  EXPECT_EQ(token("nombre_curso", ""), "");
  EXPECT_EQ(token("correo_empresa", ""), "");
  // Words in no purpose phrase.
  EXPECT_EQ(token("salario", "Salario pretendido (pesos andalinos)"), "");
  EXPECT_EQ(token("estudios", "Nivel educativo más alto alcanzado"), "");
}

TEST(Purpose, KeepsOwnersThatAreThePerson) {
  EXPECT_EQ(token("campo1", "Teléfono de contacto"), "tel");
  EXPECT_EQ(token("campo1", "Correo electrónico de contacto"), "email");
  EXPECT_EQ(token("campo1", "Nombre de pila"), "given-name");
}

TEST(Purpose, UsesTheInputTypeWhenWordsSayNothing) {
  Purpose p = infer_one(field("contacto", "Contacto", Control::email));
  EXPECT_EQ(p.token, "email");
  EXPECT_EQ(p.evidence, "email");
  EXPECT_EQ(token("x", "", Control::tel), "tel");
  // ...but not when the words say it is someone else's.
  EXPECT_EQ(token("x", "Correo de la empresa", Control::email), "");
}

TEST(Purpose, TellsNewPasswordsFromCurrentOnes) {
  EXPECT_EQ(token("clave", "Contraseña", Control::password), "current-password");
  EXPECT_EQ(token("senha", "Nova senha", Control::password), "new-password");
  EXPECT_EQ(token("pw", "Confirm password", Control::password), "new-password");

  Field with_rule = field("clave", "Contraseña", Control::password);
  with_rule.constraints.push_back({rampa::forms::ConstraintKind::min_length, "8", {}, {}});
  EXPECT_EQ(infer_one(with_rule).token, "new-password");
  // A login form may cap the length: that says nothing about who chose it.
  Field capped = field("clave", "Tu clave", Control::password);
  capped.constraints.push_back({rampa::forms::ConstraintKind::max_length, "15", {}, {}});
  EXPECT_EQ(infer_one(capped).token, "current-password");
  // ...but a hint stating the rules is for a password being chosen.
  capped.hint.values.push_back({"", "Usá al menos 8 caracteres", {}});
  EXPECT_EQ(infer_one(capped).token, "new-password");

  FormModel form;
  form.fields.push_back(field("clave", "Contraseña", Control::password));
  form.fields.push_back(field("clave2", "Repita la contraseña", Control::password));
  rampa::forms::infer_purposes(form);
  EXPECT_EQ(form.fields[0].inferred.token, "new-password");
  EXPECT_EQ(form.fields[1].inferred.token, "new-password");
}

TEST(Purpose, InfersNothingForChoicesWithoutADatum) {
  EXPECT_EQ(token("terminos", "Acepto recibir correo", Control::checkbox), "");
  EXPECT_EQ(token("cv", "Hoja de vida (CV)", Control::file), "");
  // HTML's autocomplete does not apply to radio buttons: nothing to declare.
  EXPECT_EQ(token("sexo", "Sexo", Control::radio), "");
  EXPECT_EQ(token("tel", "¿Tiene teléfono?", Control::radio), "");
}

TEST(Purpose, ASelectHoldsOnlyDataPickedFromAList) {
  EXPECT_EQ(infer_one(select_field("pais", "País", {"Argentina", "Chile"})).token, "country-name");
  EXPECT_EQ(infer_one(select_field("sexo", "Sexo", {"F", "M"})).token, "sex");
  // Yes or no about a phone, which companies serve the person, which of the
  // registered addresses: the form's own choices, not the person's datum.
  EXPECT_EQ(infer_one(select_field("tel", "¿Tiene teléfono celular?", {"Sí", "No"})).token, "");
  EXPECT_EQ(infer_one(select_field("tel", "Possui telefone?", {"Sim", "Não"})).token, "");
  EXPECT_EQ(infer_one(select_field("phone", "Do you have a phone?", {"Yes", "No"})).token, "");
  EXPECT_EQ(infer_one(select_field("empresa", "Empresa", {"Norte", "Sur"})).token, "");
  EXPECT_EQ(infer_one(select_field("dir", "Dirección", {"Av. Mayo 1", "Calle 2"})).token, "");
}

TEST(Purpose, AFilterIsNoQuestionAboutThePerson) {
  EXPECT_EQ(infer_one(select_field("pais", "País", {"Todos", "Argentina"})).token, "");
  EXPECT_EQ(infer_one(select_field("estado", "Cidade", {"Todas as cidades", "Santos"})).token, "");
  EXPECT_EQ(infer_one(select_field("country", "Country", {"All", "Chile"})).token, "");
}

TEST(Purpose, ASearchBoxTakesAQuery) {
  EXPECT_EQ(token("name", "Buscá por nombre o descripción"), "");
  EXPECT_EQ(token("q", "Nombre"), "");
  EXPECT_EQ(token("x", "Pesquisar por cidade"), "");
  EXPECT_EQ(token("x", "Filtrar por país"), "");
  EXPECT_EQ(token("search_email", "Email"), "");
  Field typed = field("name", "Nombre");
  typed.type = "search";
  EXPECT_EQ(infer_one(typed).token, "");
  Field placeholder = field("name", "");
  placeholder.placeholder.values.push_back({"", "Search...", {}});
  EXPECT_EQ(infer_one(placeholder).token, "");
}

TEST(Purpose, TheNameAttributeIsNotAPersonsName) {
  EXPECT_EQ(token("name", ""), "");
  EXPECT_EQ(token("name", "¿Dónde lo contactamos?"), "");
}

TEST(Purpose, MarksGuessesFromTheKeyAlone) {
  Purpose key_only = infer_one(field("first_name", ""));
  EXPECT_EQ(key_only.token, "given-name");
  EXPECT_TRUE(key_only.from_key);
  EXPECT_EQ(key_only.evidence, "first_name");
  EXPECT_TRUE(infer_one(field("address_street", "Calle")).from_key);
  EXPECT_FALSE(infer_one(field("x", "Nombre")).from_key);
  // The input type is the author's statement, read before the key.
  EXPECT_FALSE(infer_one(field("email", "", Control::email)).from_key);
}

TEST(Purpose, ReadsTheAccessibleNameWhenThereIsNoLabel) {
  Field f = field("phone_area_code", "");
  f.accessible_name.values.push_back({"", "Código de área de teléfono fijo", {}});
  Purpose p = infer_one(f);
  EXPECT_EQ(p.token, "tel-area-code");
  EXPECT_FALSE(p.from_key);
}

TEST(Purpose, AFaxIsNoTelephone) {
  EXPECT_EQ(token("fax", "Fax", Control::tel), "");
  EXPECT_EQ(token("x", "Número de fax"), "");
  EXPECT_EQ(token("x", "Fax number"), "");
  EXPECT_EQ(token("fax", ""), "");
  // A field for either keeps the phone.
  EXPECT_EQ(token("x", "Teléfono / Fax"), "tel");
}

TEST(Purpose, TheInputTypeSettlesWhatTheWordsLeaveOpen) {
  Purpose p = infer_one(field("mail", "Dirección Email", Control::email));
  EXPECT_EQ(p.token, "email");
  EXPECT_EQ(p.evidence, "email");
}

TEST(Purpose, OtherPeoplesDataAnywhereInTheLabel) {
  EXPECT_EQ(token("x", "Apellido paterno del cónyuge"), "");
  EXPECT_EQ(token("x", "Teléfono celular de su hijo"), "");
  EXPECT_EQ(token("x", "Telefone celular do cônjuge"), "");
  EXPECT_EQ(token("x", "Mobile phone of a reference"), "");
}

TEST(Purpose, OtherPeoplesDataInTheGroupsCaption) {
  FormModel form;
  form.groups.push_back({});
  form.groups[0].label.values.push_back({"", "Datos del cónyuge", {}});
  form.groups.push_back({});
  form.groups[1].label.values.push_back({"", "Datos de la empresa", {}});
  form.groups.push_back({});
  form.groups[2].label.values.push_back({"", "Inscripción al curso", {}});
  for (int g = 0; g < 3; ++g) {
    form.fields.push_back(field("n" + std::to_string(g), "Nombre"));
    form.fields.back().group = g;
  }
  rampa::forms::infer_purposes(form);
  EXPECT_EQ(form.fields[0].inferred.token, "");
  EXPECT_EQ(form.fields[1].inferred.token, "");
  // The course is what the person signs up for: the name is still theirs.
  EXPECT_EQ(form.fields[2].inferred.token, "given-name");
}

TEST(Purpose, TellsInstancesOfOneKindApart) {
  EXPECT_EQ(qualifier("Teléfono"), "");
  EXPECT_EQ(qualifier("Teléfono celular"), "mobile");
  EXPECT_EQ(qualifier("Celular"), "mobile");
  EXPECT_EQ(qualifier("Teléfono fijo"), "home");
  EXPECT_EQ(qualifier("Telefone do trabalho"), "work");
  EXPECT_EQ(qualifier("Otro teléfono"), "other");
  EXPECT_EQ(qualifier("Teléfono 2"), "#2");
  EXPECT_EQ(qualifier("Apellido paterno"), "paternal");
  EXPECT_EQ(qualifier("Apellido materno"), "maternal");
  EXPECT_EQ(qualifier("Segundo apellido"), "other");
  EXPECT_EQ(qualifier("Primer apellido"), "");
  EXPECT_EQ(qualifier("Otro país (especifique)"), "other");
  // A confirmation asks for the same datum again.
  EXPECT_EQ(qualifier("Repita su correo electrónico"), "");
}

TEST(Purpose, NamesThePartsOfADate) {
  EXPECT_EQ(token("x", "Día de nacimiento"), "bday-day");
  EXPECT_EQ(token("x", "Mês de nascimento"), "bday-month");
  EXPECT_EQ(token("x", "Year of birth"), "bday-year");
  Purpose p = infer_one(field("x", "Fecha de nacimiento (año)"));
  EXPECT_EQ(p.token, "bday-year");
  EXPECT_EQ(p.qualifier, "");
}

TEST(Purpose, ReadsEveryLanguageOfTheLabel) {
  Field f = field("q1", "");
  f.label.values.push_back({"es", "Ciudad", {}});
  f.label.values.push_back({"pt", "Cidade", {}});
  EXPECT_EQ(infer_one(f).token, "address-level2");
  EXPECT_EQ(infer_one(f).evidence, "Ciudad");
}

TEST(Purpose, TwoLocalityWordsInOneFormAreTwoLevels) {
  FormModel form;
  form.fields.push_back(field("m", "Municipio"));
  form.fields.push_back(field("l", "Localidad"));
  form.fields.push_back(field("c", "Calle"));
  rampa::forms::infer_purposes(form);
  EXPECT_TRUE(form.fields[0].inferred.ambiguous);
  EXPECT_TRUE(form.fields[1].inferred.ambiguous);
  EXPECT_EQ(form.fields[0].inferred.qualifier, "municipality");
  EXPECT_EQ(form.fields[1].inferred.qualifier, "locality");
  EXPECT_FALSE(infer_one(field("c", "Ciudad")).ambiguous);

  // Two cities are one level of two addresses.
  FormModel cities;
  cities.fields.push_back(field("c1", "Ciudad"));
  cities.fields.push_back(field("c2", "Ciudad de trabajo"));
  rampa::forms::infer_purposes(cities);
  EXPECT_FALSE(cities.fields[0].inferred.ambiguous);
  EXPECT_FALSE(cities.fields[1].inferred.ambiguous);
}
