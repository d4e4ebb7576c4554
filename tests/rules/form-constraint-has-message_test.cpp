#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::forms::Constraint;
using rampa::forms::ConstraintKind;
using rampa::forms::Origin;
using rampa::testing::at;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-constraint-has-message";

rampa::forms::FormModel with(Origin origin, ConstraintKind kind, std::string value, bool native = false) {
  auto f = field("clave");
  f.label = text("Contraseña", "/properties/clave/title");
  f.native_messages = native;
  f.constraints.push_back(Constraint{kind, std::move(value), at("/properties/clave/" + std::string(rampa::forms::to_string(kind))), {}});
  return one_field(std::move(f), origin);
}

Outcome outcome(Origin origin, ConstraintKind kind, std::string value, bool native = false) {
  return run_form_rule(kRule, with(origin, kind, std::move(value), native)).outcome;
}
}  // namespace

TEST(FormConstraintHasMessage, FailsAtAPatternWithNoMessageInEveryFormat) {
  for (Origin o : {Origin::html, Origin::json_schema, Origin::xforms, Origin::surveyjs, Origin::formio}) {
    auto run = run_form_rule(kRule, with(o, ConstraintKind::pattern, "^[0-9]{8}$", true));
    ASSERT_EQ(run.verdicts.size(), 1u) << to_string(o);
    EXPECT_EQ(run.verdicts[0].message, "failed.no-message") << to_string(o);
    EXPECT_EQ(run.verdicts[0].args.at("constraint"), "pattern");
    EXPECT_EQ(run.verdicts[0].args.at("value"), "^[0-9]{8}$");
    EXPECT_EQ(run.verdicts[0].path, "/properties/clave/pattern");
  }
}

TEST(FormConstraintHasMessage, LengthsPassWhereTheDefaultMessageStatesTheBoundInThePersonsLanguage) {
  EXPECT_EQ(outcome(Origin::html, ConstraintKind::min_length, "8", true), Outcome::passed);
  EXPECT_EQ(outcome(Origin::html, ConstraintKind::min_length, "8", false), Outcome::cant_tell);
  EXPECT_EQ(outcome(Origin::surveyjs, ConstraintKind::min_length, "8"), Outcome::passed);
  EXPECT_EQ(outcome(Origin::json_schema, ConstraintKind::min_length, "8"), Outcome::failed);
  EXPECT_EQ(outcome(Origin::formio, ConstraintKind::maximum, "120"), Outcome::failed);
  EXPECT_EQ(outcome(Origin::xforms, ConstraintKind::max_length, "500"), Outcome::failed);
  EXPECT_EQ(run_form_rule(kRule, with(Origin::json_schema, ConstraintKind::format, "email")).verdicts.at(0).message,
            "failed.generic");
}

TEST(FormConstraintHasMessage, OneVerdictPerConstraint) {
  auto form = with(Origin::json_schema, ConstraintKind::min_length, "8");
  form.fields[0].constraints[0].message = text("Al menos 8 caracteres", "/properties/clave/errorMessage/minLength");
  form.fields[0].constraints.push_back(Constraint{ConstraintKind::pattern, ".*[0-9].*", at("/properties/clave/pattern"), {}});
  auto run = run_form_rule(kRule, form);
  ASSERT_EQ(run.verdicts.size(), 2u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::passed);
  EXPECT_EQ(run.verdicts[1].message, "failed.no-message");
  EXPECT_EQ(run.verdicts[1].path, "/properties/clave/pattern");
  EXPECT_EQ(run.outcome, Outcome::failed);
}

TEST(FormConstraintHasMessage, TypesAndPickedDatesCannotBeEnteredWrong) {
  EXPECT_EQ(outcome(Origin::json_schema, ConstraintKind::type, "integer"), Outcome::inapplicable);
  EXPECT_EQ(outcome(Origin::json_schema, ConstraintKind::format, "date"), Outcome::inapplicable);
}

TEST(FormConstraintHasMessage, OneWrittenRuleIsOneFinding) {
  auto form = with(Origin::xforms, ConstraintKind::custom, "regex(., '^[0-9]{8}$')");
  form.fields[0].constraints.push_back(form.fields[0].constraints[0]);
  form.fields[0].constraints[1].kind = ConstraintKind::pattern;
  auto run = run_form_rule(kRule, form);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.no-message");
}

// Through the real builders: the finding lands on the definition's rule.
TEST(FormConstraintHasMessage, PointsAtTheXFormsConstraintOnce) {
  auto run = run_rule(kRule, "failed-restriccion-sin-mensaje.xform.xml");
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.no-message");
  EXPECT_EQ(run.findings[0].args.at("field"), "Número de cédula");
  EXPECT_EQ(run.findings[0].at, (rampa::SourcePos{.line = 12, .column = 50}));
  EXPECT_EQ(run.findings[0].selector, "//*[local-name()='bind'][@nodeset='/data/cedula']/@constraint");
}

TEST(FormConstraintHasMessage, FailsOnAjvsEnglishLengthMessage) {
  auto run = run_rule(kRule, "failed-largo-minimo-sin-mensaje.schema.json");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.generic");
  EXPECT_EQ(run.findings[0].args.at("constraint"), "minLength");
  EXPECT_EQ(run.findings[0].args.at("value"), "8");
  EXPECT_EQ(run.findings[0].at, (rampa::SourcePos{.line = 10, .column = 9}));
  EXPECT_EQ(run.findings[0].selector, "/schema/properties/senha/minLength");
}
