#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::forms::Control;
using rampa::forms::Field;
using rampa::forms::FormModel;
using rampa::testing::FormRun;
using rampa::testing::make_field;
using rampa::testing::run_form_rule;

namespace {

Field declaring(std::string key, std::string label, std::string token, std::uint32_t line) {
  auto f = make_field(std::move(key), std::move(label), Control::text, line);
  f.purpose.token = std::move(token);
  f.purpose.declared = true;
  return f;
}

std::vector<rampa::testing::FormVerdict> not_passed(const FormRun& run) {
  std::vector<rampa::testing::FormVerdict> out;
  for (const auto& v : run.verdicts)
    if (v.outcome != Outcome::passed) out.push_back(v);
  return out;
}

}  // namespace

TEST(FormNoRedundantEntry, FailsOnTheSecondFieldAndNamesTheFirst) {
  FormModel form;
  form.fields.push_back(make_field("correo", "Correo electrónico", Control::email, 12));
  form.fields.push_back(make_field("telefono", "Teléfono", Control::tel, 20));
  form.fields.push_back(declaring("correo_confirmacion", "Repita su correo electrónico", "email", 28));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  ASSERT_EQ(run.outcome, Outcome::failed);
  auto bad = not_passed(run);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "failed.repeated");
  EXPECT_EQ(bad[0].args.at("field"), "Repita su correo electrónico");
  EXPECT_EQ(bad[0].args.at("first"), "Correo electrónico");
  EXPECT_EQ(bad[0].args.at("line"), "12");
  EXPECT_EQ(bad[0].args.at("token"), "email");
  EXPECT_EQ(bad[0].path, "/correo_confirmacion");
  EXPECT_EQ(bad[0].at, (SourcePos{.line = 28, .column = 3}));
  EXPECT_EQ(run.verdicts.size(), 3u);  // the first two pass
}

TEST(FormNoRedundantEntry, FailsAcrossSteps) {
  FormModel form;
  form.fields.push_back(make_field("telefono", "Teléfono celular", Control::tel, 5));
  auto again = make_field("tel_contacto", "Celular", Control::tel, 40);
  again.step = 1;
  form.fields.push_back(std::move(again));
  auto bad = not_passed(run_form_rule("form-no-redundant-entry", std::move(form)));
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "failed.repeated");
  EXPECT_EQ(bad[0].args.at("line"), "5");
}

TEST(FormNoRedundantEntry, ExemptsPasswordConfirmations) {
  FormModel form;
  form.fields.push_back(make_field("clave", "Contraseña", Control::password, 3));
  form.fields.push_back(make_field("clave2", "Repita la contraseña", Control::password, 4));
  form.fields.push_back(make_field("correo", "Correo", Control::email, 5));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts.size(), 1u);  // only the e-mail takes part
}

TEST(FormNoRedundantEntry, PassesWhenTheFormOffersToCopy) {
  FormModel form;
  form.fields.push_back(declaring("dir_residencia", "Dirección de residencia", "street-address", 3));
  form.fields.push_back(make_field("misma", "Usar la misma dirección para la correspondencia", Control::checkbox, 4));
  form.fields.push_back(declaring("dir_correspondencia", "Dirección de correspondencia", "street-address", 5));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
  ASSERT_EQ(run.verdicts.size(), 2u);
  EXPECT_EQ(run.verdicts[1].message, "passed.copy-offered");
}

TEST(FormNoRedundantEntry, DistinguishesShippingFromBilling) {
  FormModel form;
  form.fields.push_back(declaring("envio", "Dirección de envío", "shipping street-address", 3));
  form.fields.push_back(declaring("factura", "Dirección de facturación", "billing street-address", 5));
  EXPECT_EQ(run_form_rule("form-no-redundant-entry", std::move(form)).outcome, Outcome::passed);
}

TEST(FormNoRedundantEntry, SkipsRepeatedGroups) {
  FormModel form;
  form.groups.push_back({});
  form.groups.back().repeat = true;
  auto a = make_field("hijo_nombre", "Nombre", Control::text, 3);
  form.fields.push_back(make_field("nombre", "Nombre", Control::text, 2));
  a.group = 0;
  form.fields.push_back(std::move(a));
  EXPECT_EQ(run_form_rule("form-no-redundant-entry", std::move(form)).outcome, Outcome::passed);
}

TEST(FormNoRedundantEntry, AsksAboutGuessesInDifferentGroups) {
  FormModel form;
  form.groups.resize(2);
  auto a = make_field("telefono", "Teléfono", Control::text, 3);
  a.group = 0;
  auto b = make_field("telefono2", "Teléfono", Control::text, 9);
  b.group = 1;
  form.fields.push_back(std::move(a));
  form.fields.push_back(std::move(b));
  auto bad = not_passed(run_form_rule("form-no-redundant-entry", std::move(form)));
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(bad[0].message, "cant-tell.other-group");
}

TEST(FormNoRedundantEntry, PartsOfADatumAreNotTheDatumAgain) {
  FormModel form;
  form.fields.push_back(declaring("dia", "Día", "bday-day", 3));
  form.fields.push_back(declaring("mes", "Mes", "bday-month", 4));
  form.fields.push_back(declaring("anio", "Año", "bday-year", 5));
  form.fields.push_back(declaring("area", "Código de área", "tel-area-code", 6));
  form.fields.push_back(declaring("numero", "Número", "tel-local", 7));
  EXPECT_EQ(run_form_rule("form-no-redundant-entry", std::move(form)).outcome, Outcome::passed);
}

TEST(FormNoRedundantEntry, TheSameDatumWrittenTwoWaysIsRepeated) {
  FormModel form;
  form.fields.push_back(declaring("pais", "País", "country", 3));
  form.fields.push_back(declaring("pais2", "País", "country-name", 9));
  auto bad = not_passed(run_form_rule("form-no-redundant-entry", std::move(form)));
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "failed.repeated");
  EXPECT_EQ(bad[0].args.at("token"), "country");
}

TEST(FormNoRedundantEntry, KindsOfOneDatumAreDifferentData) {
  FormModel form;
  form.fields.push_back(make_field("tel", "Teléfono fijo", Control::tel, 3));
  form.fields.push_back(make_field("cel", "Celular", Control::tel, 4));
  form.fields.push_back(make_field("tel3", "Otro teléfono", Control::tel, 5));
  form.fields.push_back(make_field("ap1", "Apellido paterno", Control::text, 6));
  form.fields.push_back(make_field("ap2", "Apellido materno", Control::text, 7));
  form.fields.push_back(make_field("sobrenome", "Sobrenome", Control::text, 8));
  form.fields.push_back(make_field("ap3", "Segundo apellido", Control::text, 9));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts.size(), 7u);
}

TEST(FormNoRedundantEntry, RepeatsOfOneKindStillFail) {
  FormModel form;
  form.fields.push_back(make_field("cel", "Teléfono celular", Control::tel, 3));
  form.fields.push_back(make_field("cel2", "Confirme su celular", Control::tel, 4));
  auto bad = not_passed(run_form_rule("form-no-redundant-entry", std::move(form)));
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "failed.repeated");
  EXPECT_EQ(bad[0].args.at("token"), "tel (mobile)");
}

TEST(FormNoRedundantEntry, GuessesFromTheKeyAloneTakeNoPart) {
  FormModel form;
  form.fields.push_back(make_field("nombre", "Nombre y apellido", Control::text, 3));
  // name="name" or name="nombre_institucion" with a label in no purpose
  // word: nothing people read says it is the person's name again.
  form.fields.push_back(make_field("fullname", "", Control::text, 9));
  form.fields.push_back(make_field("phone_area", "Característica", Control::text, 10));
  form.fields.push_back(make_field("phone_number", "Número", Control::text, 11));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts.size(), 1u);
}

TEST(FormNoRedundantEntry, ChoicesTakeNoPart) {
  FormModel form;
  auto fijo = declaring("tipo_fijo", "Teléfono fijo", "tel", 3);
  fijo.control = Control::radio;
  auto celular = declaring("tipo_celular", "Teléfono celular", "tel", 4);
  celular.control = Control::radio;
  form.fields.push_back(std::move(fijo));
  form.fields.push_back(std::move(celular));
  form.fields.push_back(make_field("numero", "Número de teléfono", Control::tel, 5));
  auto run = run_form_rule("form-no-redundant-entry", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts.size(), 1u);
}

TEST(FormNoRedundantEntry, AsksWhenTheFieldsAreInNoForm) {
  auto run = rampa::testing::run_rule("form-no-redundant-entry", "cant-tell-ejemplos-sin-formulario.html");
  ASSERT_EQ(run.outcome, Outcome::cant_tell);
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "cant-tell.no-form");
  EXPECT_EQ(run.findings[0].args.at("line"), "7");
  EXPECT_EQ(run.findings[0].at.line, 10u);
}

TEST(FormNoRedundantEntry, LevelsOfTheAddressAreDifferentData) {
  FormModel form;
  form.fields.push_back(make_field("municipio", "Municipio", Control::select, 3));
  form.fields.push_back(make_field("localidad", "Localidad", Control::select, 4));
  form.fields.push_back(make_field("ciudad", "Ciudad", Control::text, 5));
  EXPECT_EQ(run_form_rule("form-no-redundant-entry", std::move(form)).outcome, Outcome::passed);
}

TEST(FormNoRedundantEntry, ExemptsPasswordsDeclaredOnAnyControl) {
  FormModel form;
  form.fields.push_back(declaring("clave", "Clave", "new-password", 3));
  form.fields.push_back(declaring("clave2", "Repita la clave", "new-password", 4));
  EXPECT_EQ(run_form_rule("form-no-redundant-entry", std::move(form)).outcome, Outcome::inapplicable);
}
