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

TEST(FormRequiredFieldIndicated, FailsOnARequiredFieldWithNoVisibleCue) {
  for (RequiredCue cue : {RequiredCue::none, RequiredCue::style_only}) {
    auto f = labelled("nombre", "Nombre");
    f.required = true;
    f.required_cue = cue;
    auto run = run_form_rule(kRule, one_field(f, Origin::html));
    ASSERT_EQ(run.verdicts.size(), 1u);
    EXPECT_EQ(run.verdicts[0].message, "failed.no-cue");
    EXPECT_EQ(run.verdicts[0].args.at("field"), "Nombre");
  }
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

TEST(FormRequiredFieldIndicated, PointsAtTheTitleWithTheUndeclaredAsterisk) {
  auto run = run_rule(kRule, "failed-asterisco-no-declarado.schema.json");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "failed.not-declared");
  EXPECT_EQ(run.findings[0].args.at("field"), "Dirección *");
  EXPECT_EQ(run.findings[0].at, (rampa::SourcePos{.line = 9, .column = 40}));
  EXPECT_EQ(run.findings[0].selector, "/schema/properties/direccion/title");
}
