#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-label-not-placeholder-only";
}

TEST(FormLabelNotPlaceholderOnly, FailsAtThePlaceholderWhenItIsTheOnlyLabel) {
  auto f = field("salario");
  f.placeholder = text("Salario pretendido (pesos andalinos)", "/uiSchema/salario/ui:placeholder");
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.placeholder-only");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "salario");
  EXPECT_EQ(run.verdicts[0].args.at("placeholder"), "Salario pretendido (pesos andalinos)");
  EXPECT_EQ(run.verdicts[0].path, "/uiSchema/salario/ui:placeholder");
}

TEST(FormLabelNotPlaceholderOnly, AHiddenLabelOrTheKeyDoesNotCount) {
  auto f = field("salario");
  f.placeholder = text("Salario pretendido", "/uiSchema/salario/ui:placeholder");
  f.label = text("Salario", "/properties/salario/title");
  f.label_hidden = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::failed);
  f.label_hidden = false;
  f.label_is_key = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::failed);
  f.label_is_key = false;
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::passed);
}

TEST(FormLabelNotPlaceholderOnly, IsInapplicableWithoutAPlaceholder) {
  auto f = field("nombre");
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::inapplicable);
  f.placeholder = text("  ", "/uiSchema/nombre/ui:placeholder");
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::inapplicable);
}

TEST(FormLabelNotPlaceholderOnly, PointsAtTheUiPlaceholder) {
  auto run = run_rule(kRule, "failed-solo-placeholder.schema.json");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.placeholder-only");
  EXPECT_EQ(run.findings[0].args.at("placeholder"), "Salario pretendido (pesos andalinos)");
  EXPECT_EQ(run.findings[0].at, (rampa::SourcePos{.line = 12, .column = 7}));
  EXPECT_EQ(run.findings[0].selector, "/uiSchema/salario/ui:placeholder");
}

TEST(FormLabelNotPlaceholderOnly, CannotTellWhenShownTextOrASearchButtonSitsBesideIt) {
  for (const char* file : {"cant-tell-texto-encima.html", "cant-tell-buscador-con-boton.html"}) {
    auto run = rampa::testing::run_rule("form-label-not-placeholder-only", file);
    ASSERT_EQ(run.findings.size(), 1u) << file;
    EXPECT_EQ(run.findings[0].message, "cant-tell.text-nearby") << file;
  }
  // "Enviar" at the end of the form names no field.
  auto run = rampa::testing::run_rule("form-label-not-placeholder-only", "failed-solo-placeholder.html");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.placeholder-only");
  // Nor does "Buscar ofertas" name one filter among several.
  auto filter = rampa::testing::run_rule("form-label-not-placeholder-only", "failed-filtro-antes-del-boton-buscar.html");
  ASSERT_EQ(filter.findings.size(), 1u);
  EXPECT_EQ(filter.findings[0].message, "failed.placeholder-only");
  EXPECT_EQ(rampa::testing::run_rule("form-label-not-placeholder-only", "inapplicable-solo-lectura.html").outcome,
            rampa::Outcome::inapplicable);
}
