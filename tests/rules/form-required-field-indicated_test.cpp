#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::forms::Origin;
using rampa::forms::RequiredCue;
using rampa::testing::at;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-required-field-indicated";

rampa::forms::Field labelled(std::string key, std::string label) {
  auto f = field(key);
  f.label = text(std::move(label), "/properties/" + key + "/title");
  return f;
}
}  // namespace

TEST(FormRequiredFieldIndicated, FailsAtTheLabelOnAMarkTheFormDoesNotDeclare) {
  auto f = labelled("direccion", "Dirección *");
  f.marked_required = true;
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.not-declared");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Dirección *");
  EXPECT_EQ(run.verdicts[0].path, "/properties/direccion/title");
}

rampa::forms::FormModel with_optional(rampa::forms::Field f, rampa::forms::Field optional = labelled("apodo", "Apodo")) {
  auto form = one_field(std::move(f), Origin::html);
  form.fields.push_back(std::move(optional));
  return form;
}

TEST(FormRequiredFieldIndicated, FailsOnARequiredFieldWithNoVisibleCueBesideAnOptionalOne) {
  auto f = labelled("nombre", "Nombre");
  f.required = true;
  auto run = run_form_rule(kRule, with_optional(f));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.no-cue");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Nombre");
}

TEST(FormRequiredFieldIndicated, CannotTellAClassCueNorAFormWhereEveryFieldIsRequired) {
  auto styled = labelled("nombre", "Nombre");
  styled.required = true;
  styled.required_cue = RequiredCue::style_only;
  auto run = run_form_rule(kRule, with_optional(styled));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.style-cue");

  auto user = labelled("usuario", "Usuario");
  user.required = true;
  auto password = labelled("clave", "Contraseña");
  password.required = true;
  run = run_form_rule(kRule, with_optional(user, password));
  ASSERT_EQ(run.verdicts.size(), 2u);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.all-required");
  EXPECT_EQ(run.verdicts[1].message, "cant-tell.all-required");
}

TEST(FormRequiredFieldIndicated, PassesOnANoteForTheWholeFormOrMarkedOptionalFields) {
  auto f = labelled("nombre", "Nombre");
  f.required = true;
  auto noted = with_optional(f);
  noted.required_note = text("Todos los campos son obligatorios.", "/form/p");
  EXPECT_EQ(run_form_rule(kRule, noted).outcome, Outcome::passed);
  EXPECT_EQ(run_form_rule(kRule, with_optional(f, labelled("telefone", "Telefone (opcional)"))).outcome,
            Outcome::passed);
}

TEST(FormRequiredFieldIndicated, PassesOnAnUndeclaredMarkThatIsPartOfTheName) {
  auto f = labelled("direccion", "Dirección (obligatorio)");
  f.marked_required = true;
  f.accessible_name = f.label;
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts[0].message, "passed.mark-in-name");
  for (const char* file : {"passed-asterisco-sin-declarar.html", "passed-asterisco-sin-declarar.schema.json",
                           "passed-asterisco-sin-declarar.xform.xml", "passed-asterisco-sin-declarar.formio.json",
                           "passed-obligatorio-sin-declarar.survey.json"})
    EXPECT_EQ(run_rule(kRule, file).outcome, Outcome::passed) << file;
}

TEST(FormRequiredFieldIndicated, PassesOnATextOrRendererCue) {
  for (RequiredCue cue : {RequiredCue::text, RequiredCue::renderer}) {
    auto f = labelled("nombre", "Nombre");
    f.required = true;
    f.required_cue = cue;
    EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::passed);
  }
  // The label's own mark is a cue even if a builder left the cue unset.
  auto f = labelled("email", "E-mail (obrigatório)");
  f.required = true;
  f.marked_required = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::passed);
}

TEST(FormRequiredFieldIndicated, IsInapplicableOnOptionalUnmarkedFields) {
  EXPECT_EQ(run_form_rule(kRule, one_field(labelled("tema", "Tema"))).outcome, Outcome::inapplicable);
}

TEST(FormRequiredFieldIndicated, FailsAtTheLabelWhoseMarkIsHiddenFromScreenReaders) {
  auto run = run_rule(kRule, "failed-asterisco-oculto-no-declarado.html");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.not-declared");
  EXPECT_EQ(run.findings[0].args.at("field"), "Dirección *");
  EXPECT_EQ(run.findings[0].at, (rampa::SourcePos{.line = 6, .column = 3}));
}

TEST(FormRequiredFieldIndicated, ReadsTheFormsOwnNoteAndItsOptionalMarks) {
  EXPECT_EQ(run_rule(kRule, "passed-nota-todos-obligatorios.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-opcionales-marcados.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-nota-tous-les-champs.html").outcome, Outcome::passed);
  // "No es obligatorio" is an optional mark, not a required one: only the
  // name is judged, and the phone marks the rest as required.
  EXPECT_EQ(run_rule(kRule, "passed-no-es-obligatorio.html").outcome, Outcome::passed);
  EXPECT_FALSE(rampa::forms::says_required("Teléfono (no es obligatorio)"));
  EXPECT_TRUE(rampa::forms::says_optional("Teléfono (no es obligatorio)"));
  EXPECT_TRUE(rampa::forms::says_optional("Celular (não obrigatório)"));
  EXPECT_FALSE(rampa::forms::says_required("Not required: fax"));
  EXPECT_TRUE(rampa::forms::says_required("Este campo es obligatorio"));
  EXPECT_TRUE(rampa::forms::says_required("Correo (obligatorio, no se publica)"));
  auto login = run_rule(kRule, "cant-tell-todos-obligatorios.html");
  ASSERT_EQ(login.findings.size(), 1u);
  EXPECT_EQ(login.findings[0].message, "cant-tell.all-required");
  auto untied = run_rule(kRule, "cant-tell-etiqueta-sin-vincular.html");
  ASSERT_EQ(untied.findings.size(), 1u);
  EXPECT_EQ(untied.findings[0].message, "cant-tell.label-not-tied");
  auto styled = run_rule(kRule, "cant-tell-clase-en-la-etiqueta.html");
  ASSERT_EQ(styled.findings.size(), 1u);
  EXPECT_EQ(styled.findings[0].message, "cant-tell.style-cue");
  auto none = run_rule(kRule, "failed-required-sin-indicacion.html");
  ASSERT_EQ(none.findings.size(), 1u);
  EXPECT_EQ(none.findings[0].message, "failed.no-cue");
  EXPECT_EQ(none.findings[0].args.at("field"), "Nombre");
}
