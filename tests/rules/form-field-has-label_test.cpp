#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::forms::Origin;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-field-has-label";
}

TEST(FormFieldHasLabel, PassesOnAVisibleLabel) {
  auto f = field("nombres");
  f.label = text("Nombres", "/properties/nombres/title");
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Nombres");
}

TEST(FormFieldHasLabel, FailsOnAHiddenLabelAtTheLabel) {
  auto f = field("cidade");
  f.label = text("Cidade", "/properties/cidade/title");
  f.label_hidden = true;
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.hidden");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Cidade");
  EXPECT_EQ(run.verdicts[0].path, "/properties/cidade/title");
}

TEST(FormFieldHasLabel, FailsOnTheKeyShownAsLabel) {
  auto f = field("fecha_nac");
  f.label = text("fecha_nac", "/properties/fecha_nac");
  f.label_is_key = true;
  auto run = run_form_rule(kRule, one_field(f));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.key");
  EXPECT_EQ(run.verdicts[0].args.at("key"), "fecha_nac");
}

TEST(FormFieldHasLabel, FailsOnNoLabelAtTheField) {
  auto f = field("celular");
  auto run = run_form_rule(kRule, one_field(f, Origin::xforms));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.none");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "celular");
  EXPECT_EQ(run.verdicts[0].path, "/properties/celular");
}

TEST(FormFieldHasLabel, LeavesPlaceholderOnlyAndNamelessHtmlFieldsToOtherRules) {
  auto with_placeholder = field("salario");
  with_placeholder.placeholder = text("Salario pretendido", "/salario/ui:placeholder");
  EXPECT_EQ(run_form_rule(kRule, one_field(with_placeholder)).outcome, Outcome::inapplicable);
  // A hidden label with a placeholder: the placeholder is what people see.
  with_placeholder.label = text("Salario", "/properties/salario/title");
  with_placeholder.label_hidden = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(with_placeholder)).outcome, Outcome::inapplicable);

  auto nameless = field("codigo_postal");
  EXPECT_EQ(run_form_rule(kRule, one_field(nameless, Origin::html)).outcome, Outcome::inapplicable);
  nameless.control = rampa::forms::Control::hidden;
  EXPECT_EQ(run_form_rule(kRule, one_field(nameless)).outcome, Outcome::inapplicable);
}

// Through the real builders.
TEST(FormFieldHasLabel, PointsAtTheUntitledPropertyAndTheUnlabelledControl) {
  auto key = run_rule(kRule, "failed-clave-como-etiqueta.schema.json");
  ASSERT_EQ(key.findings.size(), 1u);
  EXPECT_EQ(key.findings[0].message, "failed.key");
  EXPECT_EQ(key.findings[0].args.at("key"), "fecha_nac");
  EXPECT_EQ(key.findings[0].at, (rampa::SourcePos{.line = 8, .column = 7}));
  EXPECT_EQ(key.findings[0].selector, "/schema/properties/fecha_nac");

  auto none = run_rule(kRule, "failed-control-sin-label.xform.xml");
  ASSERT_EQ(none.findings.size(), 1u);
  EXPECT_EQ(none.findings[0].message, "failed.none");
  EXPECT_EQ(none.findings[0].args.at("field"), "celular");
  EXPECT_EQ(none.findings[0].at, (rampa::SourcePos{.line = 21, .column = 5}));
  EXPECT_EQ(none.findings[0].selector, "//*[local-name()='input'][@ref='/data/celular']");
}

TEST(FormFieldHasLabel, ClaimsOnlyTheVisibleLabelOf332) {
  auto run = run_rule(kRule, "failed-etiqueta-solo-para-lectores.html");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.hidden");
  auto aria = run_rule(kRule, "failed-solo-aria-label.html");
  ASSERT_EQ(aria.findings.size(), 1u);
  EXPECT_EQ(aria.findings[0].message, "failed.name-only");
  EXPECT_EQ(aria.findings[0].args.at("name"), "Número de documento");
  EXPECT_EQ(aria.findings[0].at, (rampa::SourcePos{.line = 8, .column = 3}));
}

TEST(FormFieldHasLabel, CannotTellWhenShownTextBesideTheFieldMayLabelIt) {
  auto group = run_rule(kRule, "cant-tell-leyenda-del-grupo.html");
  ASSERT_EQ(group.findings.size(), 2u);
  EXPECT_EQ(group.findings[0].message, "cant-tell.text-nearby");
  EXPECT_EQ(group.findings[1].message, "cant-tell.text-nearby");
  auto search = run_rule(kRule, "cant-tell-aria-label-y-boton-buscar.html");
  ASSERT_EQ(search.findings.size(), 1u);
  EXPECT_EQ(search.findings[0].message, "cant-tell.text-nearby");

  // A definition field whose hidden title sits in a titled panel.
  auto f = field("celular");
  f.label = text("Celular", "/properties/celular/title");
  f.label_hidden = true;
  f.group = 0;
  auto form = one_field(f);
  form.groups.push_back({});
  form.groups[0].label = text("Teléfonos", "/properties/telefonos/title");
  EXPECT_EQ(run_form_rule(kRule, form).outcome, Outcome::cant_tell);
  form.groups[0].label_hidden = true;
  EXPECT_EQ(run_form_rule(kRule, form).outcome, Outcome::failed);
}

TEST(FormFieldHasLabel, TakesOnlyWidgetsThatCollectAValue) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-pasos-y-carrusel.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "passed-listbox-para-elegir.html").outcome, Outcome::passed);
}
