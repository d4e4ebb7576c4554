#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::forms::Constraint;
using rampa::forms::ConstraintKind;
using rampa::testing::at;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-constrained-field-has-instructions";

rampa::forms::Field constrained(ConstraintKind kind, std::string value, std::string label = "Número de cédula") {
  auto f = field("cedula");
  f.label = text(std::move(label), "/properties/cedula/title");
  f.constraints.push_back(Constraint{kind, std::move(value), at("/properties/cedula/pattern"), {}});
  return f;
}
}  // namespace

TEST(FormConstrainedFieldHasInstructions, FailsAtTheConstraintWithNoHint) {
  auto run = run_form_rule(kRule, one_field(constrained(ConstraintKind::pattern, "^[0-9]{6,10}$")));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.no-instructions");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Número de cédula");
  EXPECT_EQ(run.verdicts[0].args.at("constraint"), "pattern");
  EXPECT_EQ(run.verdicts[0].args.at("value"), "^[0-9]{6,10}$");
  EXPECT_EQ(run.verdicts[0].path, "/properties/cedula/pattern");
}

TEST(FormConstrainedFieldHasInstructions, AHintOrALabelGivingTheFormatPasses) {
  auto f = constrained(ConstraintKind::pattern, "^[0-9]{6,10}$");
  f.hint = text("Solo números, sin puntos", "/properties/cedula/description");
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::passed);
  for (const char* label : {"Cédula (6 a 10 dígitos)", "Fecha de inicio (dd/mm/aaaa)", "CPF, por exemplo 12345678901",
                            "Código, e.g. AB-12", "Senha com letras e números"})
    EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::custom, ". != ''", label))).outcome,
              Outcome::passed)
        << label;
  // A hidden label tells nobody looking at the screen.
  auto hidden = constrained(ConstraintKind::pattern, "^[0-9]{8}$", "Documento (8 dígitos)");
  hidden.label_hidden = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(hidden)).outcome, Outcome::failed);
  // A placeholder example is gone once people type.
  auto example = constrained(ConstraintKind::pattern, "^[0-9]{8}$");
  example.placeholder = text("12345678", "/uiSchema/cedula/ui:placeholder");
  EXPECT_EQ(run_form_rule(kRule, one_field(example)).outcome, Outcome::failed);
}

TEST(FormConstrainedFieldHasInstructions, OnlyRulesPeopleCannotGuess) {
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::format, "email"))).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::format, "date"))).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::maximum, "120"))).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::min_length, "1"))).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::min_length, "8", "Contraseña"))).outcome,
            Outcome::failed);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::format, "ipv4", "Servidor"))).outcome,
            Outcome::failed);
  EXPECT_EQ(run_form_rule(kRule, one_field(constrained(ConstraintKind::input_mask, "99.999.999", "DNI"))).outcome,
            Outcome::failed);
  auto fixed = constrained(ConstraintKind::pattern, "^[0-9]{8}$");
  fixed.read_only = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(fixed)).outcome, Outcome::inapplicable);
}

TEST(FormConstrainedFieldHasInstructions, PointsAtThePatternAndTheXFormsConstraint) {
  auto schema = run_rule(kRule, "failed-patron-sin-descripcion.schema.json");
  ASSERT_EQ(schema.findings.size(), 1u);
  EXPECT_EQ(schema.findings[0].message, "failed.no-instructions");
  EXPECT_EQ(schema.findings[0].args.at("value"), "^[0-9]{6,10}$");
  EXPECT_EQ(schema.findings[0].at, (rampa::SourcePos{.line = 11, .column = 9}));
  EXPECT_EQ(schema.findings[0].selector, "/schema/properties/cedula/pattern");

  auto xform = run_rule(kRule, "failed-restriccion-sin-hint.xform.xml");
  ASSERT_EQ(xform.findings.size(), 1u);
  EXPECT_EQ(xform.findings[0].args.at("field"), "Número de documento");
  EXPECT_EQ(xform.findings[0].at, (rampa::SourcePos{.line = 12, .column = 71}));
  EXPECT_EQ(xform.findings[0].selector, "//*[local-name()='bind'][@nodeset='/data/documento']/@constraint");
}
