#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::forms::Control;
using rampa::forms::FormModel;
using rampa::forms::Origin;
using rampa::testing::make_field;
using rampa::testing::run_form_rule;

namespace {

FormModel one_field(rampa::forms::Field f, Origin origin = Origin::surveyjs) {
  FormModel form;
  form.origin = origin;
  form.fields.push_back(std::move(f));
  return form;
}

rampa::forms::Field declaring(std::string key, std::string label, std::string token, Control c = Control::text) {
  auto f = make_field(std::move(key), std::move(label), c, 4);
  f.purpose.token = std::move(token);
  f.purpose.declared = true;
  f.purpose.at.path = "/" + f.key + "/autocomplete";
  f.purpose.at.pos = {5, 7};
  return f;
}

}  // namespace

TEST(FormFieldDeclaresPurpose, FailsOnAPersonalFieldThatDeclaresNothing) {
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(make_field("correo", "Correo electrónico", Control::email, 9)));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.undeclared");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Correo electrónico");
  EXPECT_EQ(run.verdicts[0].args.at("inferred"), "email");
  EXPECT_EQ(run.verdicts[0].args.at("evidence"), "Correo electrónico");
  EXPECT_EQ(run.verdicts[0].path, "/correo");
  EXPECT_EQ(run.verdicts[0].at, (SourcePos{.line = 9, .column = 3}));
}

TEST(FormFieldDeclaresPurpose, FailsOnAnInvalidTokenAndPointsAtIt) {
  auto run = run_form_rule("form-field-declares-purpose", one_field(declaring("nombres", "Nombres", "nombre")));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.invalid");
  EXPECT_EQ(run.verdicts[0].args.at("token"), "nombre");
  EXPECT_EQ(run.verdicts[0].args.at("inferred"), "given-name");
  EXPECT_EQ(run.verdicts[0].path, "/nombres/autocomplete");
  EXPECT_EQ(run.verdicts[0].at, (SourcePos{.line = 5, .column = 7}));
}

TEST(FormFieldDeclaresPurpose, JudgesADeclaredTokenEvenWithoutAnInferredPurpose) {
  auto run = run_form_rule("form-field-declares-purpose", one_field(declaring("campo7", "Campo 7", "correo")));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.invalid");
  EXPECT_EQ(run.verdicts[0].args.count("inferred"), 0u);
}

TEST(FormFieldDeclaresPurpose, LeavesInvalidHtmlTokensToAutocompleteValid) {
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(declaring("nombres", "Nombres", "nombre"), Origin::html));
  EXPECT_EQ(run.outcome, Outcome::inapplicable);
}

TEST(FormFieldDeclaresPurpose, PassesOnTheRightTokenAndVariantsOfIt) {
  EXPECT_EQ(run_form_rule("form-field-declares-purpose", one_field(declaring("c", "Correo", "email"))).outcome,
            Outcome::passed);
  EXPECT_EQ(run_form_rule("form-field-declares-purpose", one_field(declaring("c", "Correo", "work email"))).outcome,
            Outcome::passed);
  EXPECT_EQ(
      run_form_rule("form-field-declares-purpose", one_field(declaring("t", "Teléfono", "tel-national"))).outcome,
      Outcome::passed);
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(declaring("clave", "Contraseña", "new-password", Control::password)));
  EXPECT_EQ(run.outcome, Outcome::passed);
}

TEST(FormFieldDeclaresPurpose, AsksWhenTheDeclaredTokenDiffersFromTheWords) {
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(declaring("nombre", "Nombre completo", "given-name")));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.mismatch");
  EXPECT_EQ(run.verdicts[0].args.at("token"), "given-name");
  EXPECT_EQ(run.verdicts[0].args.at("inferred"), "name");
}

TEST(FormFieldDeclaresPurpose, CannotTellWhenTheFormatCannotDeclare) {
  auto f = make_field("correo", "Correo electrónico");
  f.purpose_declarable = false;
  auto run = run_form_rule("form-field-declares-purpose", one_field(std::move(f), Origin::xforms));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.format");
}

TEST(FormFieldDeclaresPurpose, AutocompleteOffDeclaresNothing) {
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(declaring("telefono", "Teléfono", "off", Control::tel), Origin::html));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.undeclared");
  EXPECT_EQ(run.verdicts[0].path, "/telefono/autocomplete");
}

TEST(FormFieldDeclaresPurpose, IgnoresFieldsWithNoPersonalDatum) {
  FormModel form;
  form.fields.push_back(make_field("cedula", "Número de cédula"));
  form.fields.push_back(make_field("curso", "Nombre del curso"));
  form.fields.push_back(make_field("terminos", "Acepto recibir correo", Control::checkbox));
  EXPECT_EQ(run_form_rule("form-field-declares-purpose", std::move(form)).outcome, Outcome::inapplicable);
}

TEST(FormFieldDeclaresPurpose, AsksWhenOnlyTheKeySuggestsAPurpose) {
  auto run = run_form_rule("form-field-declares-purpose", one_field(make_field("first_name", "", Control::text, 7)));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.key-only");
  EXPECT_EQ(run.verdicts[0].args.at("inferred"), "given-name");
  EXPECT_EQ(run.verdicts[0].args.at("evidence"), "first_name");
  EXPECT_EQ(run.verdicts[0].path, "/first_name");
}

TEST(FormFieldDeclaresPurpose, AKeyOnlyGuessDoesNotQuestionADeclaredToken) {
  auto run = run_form_rule("form-field-declares-purpose",
                           one_field(declaring("nombre_usuario", "Identificador", "email")));
  EXPECT_EQ(run.outcome, Outcome::passed);
}

TEST(FormFieldDeclaresPurpose, KeyOnlyFixtureAsksAndIgnoresTheNameAttribute) {
  auto run = rampa::testing::run_rule("form-field-declares-purpose", "cant-tell-solo-el-atributo-name.html");
  ASSERT_EQ(run.outcome, Outcome::cant_tell);
  // name="first_name" is asked about; name="name" says nothing.
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "cant-tell.key-only");
  EXPECT_EQ(run.findings[0].at, (SourcePos{.line = 7, .column = 3}));
}

TEST(FormFieldDeclaresPurpose, AnEmailInputIsAskedForItsEmailToken) {
  auto run = rampa::testing::run_rule("form-field-declares-purpose", "failed-tipo-email-con-palabra-direccion.html");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.undeclared");
  EXPECT_EQ(run.findings[0].args.at("inferred"), "email");
  EXPECT_EQ(run.findings[0].args.at("evidence"), "email");
}

TEST(FormFieldDeclaresPurpose, LeavesSearchBoxesYesNoQuestionsFaxesAndRadiosAlone) {
  for (const char* fixture : {"inapplicable-buscadores.html", "inapplicable-pregunta-si-o-no.html",
                              "inapplicable-possui-telefone.html", "inapplicable-fax.html",
                              "inapplicable-sexo-en-botones-de-radio.html",
                              "inapplicable-filtro-y-listas-del-formulario.html",
                              "inapplicable-datos-de-otra-persona.html"})
    EXPECT_EQ(rampa::testing::run_rule("form-field-declares-purpose", fixture).outcome, Outcome::inapplicable)
        << fixture;
}

TEST(FormFieldDeclaresPurpose, AsksWhichLevelEachLocalityIs) {
  auto run = rampa::testing::run_rule("form-field-declares-purpose", "cant-tell-dos-niveles-de-localidad.html");
  ASSERT_EQ(run.outcome, Outcome::cant_tell);
  ASSERT_EQ(run.findings.size(), 2u);
  for (const auto& f : run.findings) {
    EXPECT_EQ(f.message, "cant-tell.ambiguous");
    EXPECT_EQ(f.args.at("inferred"), "address-level2");
  }
  // One locality alone is the city.
  FormModel form;
  form.fields.push_back(make_field("ciudad", "Cidade", Control::text, 3));
  form.fields.push_back(make_field("ciudad2", "Ciudad de residencia", Control::text, 4));
  auto one = run_form_rule("form-field-declares-purpose", std::move(form));
  ASSERT_EQ(one.verdicts.size(), 2u);
  EXPECT_EQ(one.verdicts[0].message, "failed.undeclared");
  EXPECT_EQ(one.verdicts[1].message, "failed.undeclared");
}
